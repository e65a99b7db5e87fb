import { Prisma } from "../../generated/prisma/client.js";
import { chronological } from "../../common/sort.js";

export const quotesBySaidAt = chronological("saidAt", Prisma.sql`t."saidAt"`);
