import { Field, InputType } from "type-graphql";
import { GraphQLJSONObject } from "graphql-scalars";
import { ARTICLE_TEXT } from "../../common/formats.js";

@InputType({ description: "The article to draft facts from: the `article` part of an article document." })
export class ExtractArticleInput {
  @Field({ description: "The article's URL (or URN); accepting the draft records the article under it." })
  url!: string;

  @Field({ description: "Headline." })
  title!: string;

  @Field(() => String, { nullable: true, description: "Who published it." })
  publisher?: string;

  @Field(() => String, { nullable: true, description: 'When it was published, as an ISO 8601 date or date-time ("2025-09-04"); relative dates ("on Thursday") are resolved against it.' })
  publishedAt?: string;

  @Field({ description: `The full text (English, 1–${ARTICLE_TEXT.toLocaleString("en")} characters).` })
  text!: string;
}

@InputType({ description: "What of a draft to accept: all of it, or the selected candidates, perhaps after edits." })
export class AcceptDraftInput {
  @Field(() => GraphQLJSONObject, { nullable: true, description: "The draft document after the editor's edits (same format); the stored draft when absent." })
  document?: Record<string, unknown>;

  @Field(() => [String], { nullable: true, description: "Paths of the candidates to accept (`candidates[].path`: /quotes/3, /incidents/0/figures/1); every candidate when absent. The actors and places they refer to come along." })
  candidates?: string[];

  @Field(() => String, { nullable: true, description: "A note kept with the decision." })
  note?: string;
}
