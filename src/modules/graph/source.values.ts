import { toGlobalId, type NodeType } from "../../common/node-id.js";
import type { Prisma } from "../../generated/prisma/client.js";

const referenced: Record<string, NodeType> = {
  holderId: "Actor", ofId: "Actor", speakerId: "Actor", speakerAffiliationId: "Actor", claimantId: "Actor", placeId: "Place", meetingId: "Meeting",
  aboutIncidentId: "Incident", aboutMeetingId: "Meeting",
};

/** A mention's stored values as the API shows them: `placeId` → `place` with a global id. */
export function sourceValues(values: Prisma.JsonValue): Record<string, unknown> {
  if (values === null || typeof values !== "object" || Array.isArray(values)) return {};
  return Object.fromEntries(Object.entries(values).map(([column, value]) => {
    const type = referenced[column];
    if (!type) return [column, value];
    return [column.replace(/Id$/, ""), typeof value === "string" ? toGlobalId(type, value) : null];
  }));
}
