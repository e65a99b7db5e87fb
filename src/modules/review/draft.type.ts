import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLJSONObject } from "graphql-scalars";
import { DraftStatus } from "../../generated/prisma/enums.js";
import type { ExtractionDraft as DraftRow } from "../../generated/prisma/client.js";
import { connectionOf } from "../../common/pagination.js";

registerEnumType(DraftStatus, {
  name: "DraftStatus",
  description: "Where a draft stands in the review queue.",
  valuesConfig: {
    PENDING: { description: "Waiting for an editor's decision." },
    ACCEPTED: { description: "Accepted, whole or in part, and ingested into the graph." },
    REJECTED: { description: "Rejected; nothing of it was ingested." },
  },
});

@ObjectType({ simpleResolvers: true, description: "One entry of a draft (an actor, quote, meeting, figure, …) with the excerpt it was found in." })
export class DraftCandidate {
  @Field({ description: "JSON pointer of the entry in the draft document: /quotes/3, /incidents/0/figures/1. Accept a selection of these." })
  path!: string;

  @Field({ description: "What kind of entry: ACTOR, PLACE, ROLE, MEETING, QUOTE, INCIDENT or FIGURE." })
  kind!: string;

  @Field(() => Float, { description: "How sure the rule that found it is, from 0 to 1." })
  confidence!: number;

  @Field({ description: "The words of the article text it was found in." })
  excerpt!: string;

  @Field(() => Int, { description: "Where the excerpt starts in the article text, in Unicode code points from 0." })
  start!: number;

  @Field(() => Int, { description: "Where the excerpt ends (exclusive), in Unicode code points." })
  end!: number;

  @Field(() => String, { nullable: true, description: "For an actor: how it matched a known actor (WIKIDATA_ID, NAME, ALIAS, ROLE) or NEW when proposed." })
  match!: string | null;

  @Field(() => String, { nullable: true, description: 'For a figure: MORE_THAN, AT_LEAST, AT_MOST, LESS_THAN or ABOUT when the article gives a bound ("more than 400").' })
  bound!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "An article document the extractor drafted from an article's text, in the review queue." })
export class ExtractionDraft implements Pick<DraftRow, "id" | "url" | "title" | "status" | "createdAt" | "decidedAt" | "decisionNote" | "acceptedPaths" | "articleId"> {
  @Field(() => ID, { description: "The draft's id." })
  id!: string;

  @Field({ description: "The article's URL." })
  url!: string;

  @Field({ description: "The article's title." })
  title!: string;

  @Field(() => DraftStatus, { description: "Pending, accepted or rejected." })
  status!: DraftStatus;

  @Field(() => GraphQLJSONObject, { description: "The draft article document (docs/INGEST-FORMAT.md) with its `extraction` section; `ingestArticle` accepts it as it is." })
  document!: Record<string, unknown>;

  @Field(() => [DraftCandidate], { description: "Every entry of the draft with its excerpt, offsets and confidence." })
  candidates!: DraftCandidate[];

  @Field({ description: "When the extractor drafted it." })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: "When an editor accepted or rejected it; null while pending." })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "The editor's note on the decision (why it was rejected)." })
  decisionNote!: string | null;

  @Field(() => [String], { description: "The candidate paths that were accepted; empty unless accepted." })
  acceptedPaths!: string[];

  @Field(() => GraphQLJSONObject, { nullable: true, description: "The document as it was ingested, after the editor's edits and selection; null unless accepted." })
  acceptedDocument!: Record<string, unknown> | null;

  @Field(() => ID, { nullable: true, description: "The global id of the article the accepted draft was ingested as; null unless accepted." })
  articleGlobalId!: string | null;

  articleId!: string | null;
}

export const ExtractionDraftConnection = connectionOf(ExtractionDraft);
