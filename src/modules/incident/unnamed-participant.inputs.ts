import { Field, ID, InputType } from "type-graphql";
import { IncidentRole } from "../../common/enums.js";
import { SHORT_TEXT } from "../../common/formats.js";
import { Text } from "../../common/validation.js";

@InputType({ description: "A participant in an incident the reports do not name." })
export class UnnamedParticipantInput {
  @Field(() => ID, { description: "The incident (an Incident)." })
  incident!: string;

  @Field({ description: "How the reports describe the participant: \"the governor of Magadan\"; once per incident, affiliation and role (compared without case, accents and punctuation)." })
  @Text(SHORT_TEXT)
  description!: string;

  @Field(() => ID, { nullable: true, description: "Whom the participant belongs to (an Actor), when the reports say." })
  affiliation?: string | null;

  @Field(() => IncidentRole, { description: "Their part: perpetrator, target, responder…" })
  role!: IncidentRole;
}
