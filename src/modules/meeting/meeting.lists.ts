import { Prisma } from "../../generated/prisma/client.js";
import { chronological } from "../../common/sort.js";

export const meetingsByStart = chronological("startsAt", Prisma.sql`t."startsAt"`);
