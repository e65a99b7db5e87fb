import { Field, ObjectType } from "type-graphql";
import { ActorKind } from "../../common/enums.js";
import { Node, Recorded } from "../../common/node.js";
import { connectionOf } from "../../common/pagination.js";

@ObjectType({ simpleResolvers: true, implements: [Node, Recorded], description: "Someone or something that acts in the news: a person, organization, country, coalition, military unit or outlet." })
export class Actor extends Recorded {
  @Field(() => ActorKind, { description: "What sort of actor this is." })
  kind!: ActorKind;

  @Field({ description: "Name as commonly written in English: \"Emmanuel Macron\"." })
  name!: string;

  @Field({ description: "Unique, URL-safe name: \"emmanuel-macron\"." })
  slug!: string;

  @Field(() => [String], { description: "Other names the news uses: \"Macron\", \"the French President\"." })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: "A short description." })
  description!: string | null;

  @Field(() => String, { nullable: true, description: "Wikidata item id (\"Q3052772\"), when known." })
  wikidataId!: string | null;

  countryId!: string | null;
}

export const ActorConnection = connectionOf(Actor);
