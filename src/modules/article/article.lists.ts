import { Prisma } from "../../generated/prisma/client.js";
import { chronological } from "../../common/sort.js";

export const articlesByPublication = chronological("publishedAt", Prisma.sql`t."publishedAt"`);
