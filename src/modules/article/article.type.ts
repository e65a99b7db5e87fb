import { Field, Int, ObjectType } from "type-graphql";
import { Node, Recorded } from "../../common/node.js";
import { connectionOf } from "../../common/pagination.js";

@ObjectType({ simpleResolvers: true, implements: [Node, Recorded], description: "A news article: the source every fact cites." })
export class Article extends Recorded {
  @Field({ description: "Where the article was published (a URN when the source gave no URL)." })
  url!: string;

  @Field({ description: "Headline or descriptive title." })
  title!: string;

  @Field(() => String, { nullable: true, description: "Who published it, when known." })
  publisher!: string | null;

  @Field(() => Date, { nullable: true, description: "When it was published." })
  publishedAt!: Date | null;

  @Field(() => [String], { description: "The bylines, as the article gives them; empty when unknown." })
  authors!: string[];

  @Field({ description: "The full text; citation offsets point into it." })
  text!: string;
}

@ObjectType({ simpleResolvers: true, implements: [Node, Recorded], description: "Where an article supports a fact: the excerpt, its position in the article text, and to whom the article attributes it." })
export class Citation extends Recorded {
  articleId!: string;
  attributedToId!: string | null;
  roleId!: string | null;
  meetingId!: string | null;
  attendanceId!: string | null;
  unnamedAttendanceId!: string | null;
  quoteId!: string | null;
  incidentId!: string | null;
  figureId!: string | null;

  @Field({ description: "The supporting words, verbatim from the article text." })
  excerpt!: string;

  @Field(() => Int, { description: "Where the excerpt starts in the article text, in Unicode code points from 0 (PostgreSQL's `substr` counts from 1)." })
  startOffset!: number;

  @Field(() => Int, { description: "Where the excerpt ends (exclusive), in Unicode code points." })
  endOffset!: number;

  @Field(() => String, { nullable: true, description: "The article's words for its source: \"per AP\", \"a Ukrainian presidency official speaking on condition of anonymity\"; null when the article states it in its own voice." })
  attribution!: string | null;
}

export const ArticleConnection = connectionOf(Article);
export const CitationConnection = connectionOf(Citation);
