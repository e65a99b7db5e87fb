import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { GraphQLJSONObject } from "graphql-scalars";
import type { Context } from "../../context.js";
import { mutationOf } from "../../common/mutation.js";
import { DeleteMutationResolver } from "../../common/delete-mutation.js";
import { Article, Citation } from "./article.type.js";
import { ArticleInput, CitationInput } from "./article.inputs.js";
import { createArticle, updateArticle } from "./article.service.js";
import { createCitation, updateCitation } from "./citation.service.js";
import { ingestArticle } from "./ingest.service.js";
import { IngestOutcome, type IngestResolution } from "./ingest-outcome.type.js";

const ARTICLE_CODES = ["BLANK", "TOO_LONG", "INVALID", "NOT_FOUND", "DUPLICATE", "EXCERPT_NOT_IN_TEXT"] as const;
const CITATION_CODES = ["BLANK", "TOO_LONG", "INVALID", "NOT_FOUND", "EXCERPT_NOT_IN_TEXT"] as const;
const CreateArticle = mutationOf("CreateArticle", "article", () => Article, ARTICLE_CODES);
const UpdateArticle = mutationOf("UpdateArticle", "article", () => Article, ARTICLE_CODES);
const CreateCitation = mutationOf("CreateCitation", "citation", () => Citation, CITATION_CODES);
const UpdateCitation = mutationOf("UpdateCitation", "citation", () => Citation, CITATION_CODES);
const IngestArticle = mutationOf("IngestArticle", "article", () => Article, ["INVALID", "NOT_FOUND", "DUPLICATE", "END_BEFORE_START", "EXCERPT_NOT_IN_TEXT"], IngestOutcome);

@Resolver()
export class ArticleMutations {
  @Authorized("EDITOR")
  @Mutation(() => CreateArticle.Payload, { description: "Records an article (without facts: cite it with `createCitation`, or use `ingestArticle`)." })
  createArticle(@Arg("input", { description: "The article's fields." }) input: ArticleInput, @Ctx() ctx: Context) {
    return CreateArticle.run(ctx, { input }, (unit) => createArticle(unit, input));
  }

  @Authorized("EDITOR")
  @Mutation(() => UpdateArticle.Payload, { description: "Replaces an article's fields; citations follow their excerpts into a changed text." })
  updateArticle(
    @Arg("id", () => ID, { description: "The article to change." }) id: string,
    @Arg("input", { description: "The article's new fields." }) input: ArticleInput,
    @Ctx() ctx: Context,
  ) {
    return UpdateArticle.run(ctx, { input }, (unit) => updateArticle(unit, id, input));
  }

  @Authorized("EDITOR")
  @Mutation(() => CreateCitation.Payload, { description: "Cites an article for a fact; the offsets are found from the excerpt." })
  createCitation(@Arg("input", { description: "The citation's fields." }) input: CitationInput, @Ctx() ctx: Context) {
    return CreateCitation.run(ctx, { input }, (unit) => createCitation(unit, input));
  }

  @Authorized("EDITOR")
  @Mutation(() => UpdateCitation.Payload, { description: "Replaces a citation's fields." })
  updateCitation(
    @Arg("id", () => ID, { description: "The citation to change." }) id: string,
    @Arg("input", { description: "The citation's new fields." }) input: CitationInput,
    @Ctx() ctx: Context,
  ) {
    return UpdateCitation.run(ctx, { input }, (unit) => updateCitation(unit, id, input));
  }

  @Authorized("EDITOR")
  @Mutation(() => IngestArticle.Payload, {
    description: "Applies an article document (docs/INGEST-FORMAT.md: the article and every fact it reports) in one transaction: all of it, or nothing. Idempotent by article URL.",
  })
  async ingestArticle(
    @Arg("input", () => GraphQLJSONObject, { description: "The article document." }) input: Record<string, unknown>,
    @Ctx() ctx: Context,
  ) {
    let created: boolean | null = null;
    let resolutions: IngestResolution[] | null = null;
    const payload = await IngestArticle.run(ctx, {}, async (unit) => {
      const ingested = await ingestArticle(unit, input);
      ({ created, resolutions } = ingested.result);
      return ingested.article;
    }, { timeout: 60_000 });
    return payload.errors.length ? { ...payload, created: null, resolutions: null } : { ...payload, created, resolutions };
  }
}

export const DeleteArticle = DeleteMutationResolver("Article", "Its citations and mentions go with it, and so do the facts nothing else (another article, an API write) supports; the others stay.");
export const DeleteCitation = DeleteMutationResolver("Citation", "The fact stays.");
