import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "Which places to list; the conditions given must all hold." })
export class PlaceFilter {
  @Field(() => String, { nullable: true, description: "Only places whose name — or a word of it — starts with this text, ignoring case and accents: \"wash\" finds \"White House, Washington\"." })
  namePrefix?: string | null;

  @Field(() => ID, { nullable: true, description: "Only places in this country (an Actor id)." })
  country?: string | null;
}
