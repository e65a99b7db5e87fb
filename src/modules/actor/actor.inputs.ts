import { Field, ID, InputType } from "type-graphql";
import { ActorKind } from "../../common/enums.js";
import { formats, LONG_TEXT, SHORT_TEXT, SLUG_LENGTH } from "../../common/formats.js";
import { OptionalText, Shaped, Text } from "../../common/validation.js";

@InputType({ description: "An actor's fields. `updateActor` replaces all of them: an optional field left out is cleared." })
export class ActorInput {
  @Field(() => ActorKind, { description: "What sort of actor this is." })
  kind!: ActorKind;

  @Field({ description: "Name as commonly written in English: \"Emmanuel Macron\"." })
  @Text(SHORT_TEXT)
  name!: string;

  @Field({ description: "Unique, URL-safe name: \"emmanuel-macron\"." })
  @Text(SLUG_LENGTH)
  @Shaped(formats.slug)
  slug!: string;

  @Field(() => [String], { nullable: true, description: "Other names the news uses: \"Macron\", \"the French President\"." })
  @OptionalText(SHORT_TEXT, { each: true })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: "A short description." })
  @OptionalText(LONG_TEXT)
  description?: string | null;

  @Field(() => String, { nullable: true, description: "Wikidata item id, e.g. \"Q3052772\"; unique." })
  @Shaped(formats.wikidataId)
  wikidataId?: string | null;

  @Field(() => ID, { nullable: true, description: "The country (an Actor) this actor belongs to." })
  country?: string | null;
}

@InputType({ description: "Two records of the same actor to make one." })
export class MergeActorsInput {
  @Field(() => ID, { description: "The actor that stays." })
  keep!: string;

  @Field(() => ID, { description: "The actor merged into `keep` and then deleted; its name, slug and aliases become aliases of `keep`." })
  merge!: string;
}
