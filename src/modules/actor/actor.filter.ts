import { Field, ID, InputType } from "type-graphql";
import { ActorKind } from "../../common/enums.js";

@InputType({ description: "Which actors to list; the conditions given must all hold." })
export class ActorFilter {
  @Field(() => [ActorKind], { nullable: true, description: "Only actors of these kinds." })
  kind?: ActorKind[] | null;

  @Field(() => String, { nullable: true, description: "Only actors whose name or an alias — or a word of either — starts with this text, ignoring case and accents: \"zelen\", \"ZELENSKYY\" and \"Zélen\" all find Volodymyr Zelenskyy." })
  namePrefix?: string | null;

  @Field(() => ID, { nullable: true, description: "Only actors belonging to this country (an Actor id)." })
  country?: string | null;
}
