import { Field, ObjectType } from "type-graphql";
import { IncidentRole } from "../../common/enums.js";
import { Node, Recorded } from "../../common/node.js";
import { connectionOf } from "../../common/pagination.js";

@ObjectType({
  implements: [Node, Recorded],
  description: "A participant in an incident the reports do not name, known by how they describe it (\"the governor of Magadan\") and, when given, whom it belongs to. One per incident, description (compared without case, accents and punctuation), affiliation and role.",
})
export class UnnamedParticipant extends Recorded {
  incidentId!: string;
  affiliationId!: string | null;

  @Field({ description: "How the reports describe the participant: \"the governor of Magadan\" (the latest report's wording)." })
  description!: string;

  @Field(() => IncidentRole, { description: "The participant's part: perpetrator, target, responder…" })
  role!: IncidentRole;
}

export const UnnamedParticipantConnection = connectionOf(UnnamedParticipant);
