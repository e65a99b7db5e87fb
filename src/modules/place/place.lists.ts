import { Prisma } from "../../generated/prisma/client.js";
import { alphabetical } from "../../common/sort.js";

export const placesByName = alphabetical("name", Prisma.sql`t.name`);
