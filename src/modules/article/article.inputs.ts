import { Field, ID, InputType, Int } from "type-graphql";
import { Min, ValidateIf } from "class-validator";
import { formats, ARTICLE_TEXT, LONG_TEXT, SHORT_TEXT, URL_LENGTH } from "../../common/formats.js";
import { OptionalText, Shaped, Text } from "../../common/validation.js";

@InputType({ description: "An article's fields. `updateArticle` replaces all of them; when the text changes, every citation is found again in the new text (or the update is refused)." })
export class ArticleInput {
  @Field({ description: "Where the article was published: a URL, or a URN when there is none. Unique." })
  @Text(URL_LENGTH)
  @Shaped(formats.url)
  url!: string;

  @Field({ description: "Headline or descriptive title." })
  @Text(SHORT_TEXT)
  title!: string;

  @Field(() => String, { nullable: true, description: "Who published it." })
  @OptionalText(SHORT_TEXT)
  publisher?: string | null;

  @Field(() => Date, { nullable: true, description: "When it was published." })
  publishedAt?: Date | null;

  @Field(() => [String], { nullable: true, description: "The bylines; `updateArticle` clears them when left out." })
  @OptionalText(SHORT_TEXT, { each: true })
  authors?: string[] | null;

  @Field({ description: `The full text, verbatim (at most ${ARTICLE_TEXT.toLocaleString("en")} characters); citation excerpts are found in it.` })
  @Text(ARTICLE_TEXT)
  text!: string;
}

@InputType({ description: "Where an article supports a fact. The offsets are computed from the excerpt. `updateCitation` replaces all fields." })
export class CitationInput {
  @Field(() => ID, { description: "The article cited (an Article)." })
  article!: string;

  @Field(() => ID, { description: "The fact supported: a Role, Meeting, Attendance, Quote, Incident or Figure." })
  fact!: string;

  @Field({ description: "The supporting words, verbatim from the article text." })
  @Text(LONG_TEXT)
  excerpt!: string;

  @Field(() => Int, { nullable: true, description: "Which occurrence of the excerpt in the text is meant, from 1 (the default)." })
  @ValidateIf((_, value) => value != null)
  @Min(1, { message: "must be 1 or more", context: { code: "INVALID" } })
  occurrence?: number | null;

  @Field(() => String, { nullable: true, description: "The article's words for its source: \"per AP\"." })
  @OptionalText(SHORT_TEXT)
  attribution?: string | null;

  @Field(() => ID, { nullable: true, description: "The actor the article attributes the fact to (an Actor), e.g. the news agency." })
  attributedTo?: string | null;
}
