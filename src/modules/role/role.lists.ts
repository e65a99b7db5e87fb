import { Prisma } from "../../generated/prisma/client.js";
import { chronological } from "../../common/sort.js";

export const rolesByStart = chronological("startDate", Prisma.sql`t."startDate"`);
