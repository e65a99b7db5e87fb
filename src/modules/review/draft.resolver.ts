import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { Prisma } from "../../generated/prisma/client.js";
import { DraftStatus } from "../../generated/prisma/enums.js";
import type { Context } from "../../context.js";
import { mutationOf } from "../../common/mutation.js";
import { PageArgs, parsePageArgs } from "../../common/pagination.js";
import { findPage } from "../../common/lists.js";
import { recorded } from "../../common/sort.js";
import { UUID } from "../../common/node-id.js";
import { badUserInput, quoted } from "../../common/errors.js";
import { ExtractionDraft, ExtractionDraftConnection } from "./draft.type.js";
import { AcceptDraftInput, ExtractArticleInput } from "./draft.inputs.js";
import { acceptDraft, createDraft, rejectDraft, toDraft } from "./draft.service.js";

const ExtractArticle = mutationOf("ExtractArticle", "draft", () => ExtractionDraft, ["BLANK", "TOO_LONG", "INVALID", "NOT_TEXT", "UNSUPPORTED_LANGUAGE"]);
const AcceptDraft = mutationOf("AcceptDraft", "draft", () => ExtractionDraft, ["INVALID", "NOT_FOUND", "DUPLICATE", "END_BEFORE_START", "EXCERPT_NOT_IN_TEXT", "STALE_CANDIDATE", "ALREADY_DECIDED"]);
const RejectDraft = mutationOf("RejectDraft", "draft", () => ExtractionDraft, ["INVALID", "NOT_FOUND", "ALREADY_DECIDED"]);

function draftId(id: string): string {
  if (!UUID.test(id)) throw badUserInput("id", `${quoted(id)} is not a draft id`);
  return id;
}

@Resolver(() => ExtractionDraft)
export class ReviewResolver {
  @Authorized("EDITOR")
  @Query(() => ExtractionDraftConnection, { description: "The review queue: drafts in the order they were made, optionally only those of one status." })
  async extractionDrafts(
    @Arg("status", () => DraftStatus, { nullable: true, description: "Only drafts with this status." }) status: DraftStatus | undefined,
    @Args() args: PageArgs,
    @Ctx() { prisma }: Context,
  ) {
    const where = status ? [Prisma.sql`t.status = ${status}::"DraftStatus"`] : [];
    const page = await findPage<Parameters<typeof toDraft>[0] & { __sort: unknown }>(prisma, { from: Prisma.sql`"ExtractionDraft" t`, where, sort: recorded }, parsePageArgs(args, recorded));
    for (const edge of page.edges) edge.node = toDraft(edge.node) as never;
    return page;
  }

  @Authorized("EDITOR")
  @Query(() => ExtractionDraft, { nullable: true, description: "A draft by id; null when there is none." })
  async extractionDraft(@Arg("id", () => ID, { description: "The draft's id." }) id: string, @Ctx() { prisma }: Context) {
    const row = await prisma.extractionDraft.findUnique({ where: { id: draftId(id) } });
    return row && toDraft(row);
  }

  @Authorized("EDITOR")
  @Mutation(() => ExtractArticle.Payload, {
    description: "Drafts an article document from an article's text (candidate actors, quotes with speakers, meetings, incidents and figures, each with its excerpt, offsets and confidence) and puts it in the review queue. Writes nothing to the graph itself.",
  })
  async extractArticle(@Arg("input", { description: "The article." }) input: ExtractArticleInput, @Ctx() ctx: Context) {
    const editor = await ctx.auth.editor();
    return ExtractArticle.run(ctx, {}, async ({ tx }) => toDraft(await createDraft(tx, input, editor?.id)), { timeout: 60_000 });
  }

  @Authorized("EDITOR")
  @Mutation(() => AcceptDraft.Payload, {
    description: "Accepts a pending draft, whole or the selected candidates, perhaps edited: they are ingested like `ingestArticle` (matching known actors, meetings and quotes), in one transaction. Refused, naming the candidate, when a candidate no longer matches the article text.",
  })
  async acceptDraft(
    @Arg("id", () => ID, { description: "The draft to accept." }) id: string,
    @Arg("input", () => AcceptDraftInput, { nullable: true, description: "What to accept; all of the draft when absent." }) input: AcceptDraftInput | undefined,
    @Ctx() ctx: Context,
  ) {
    const editor = await ctx.auth.editor();
    return AcceptDraft.run(ctx, {}, async (unit) => toDraft(await acceptDraft(unit, draftId(id), input ?? {}, editor?.id)), { timeout: 60_000 });
  }

  @Authorized("EDITOR")
  @Mutation(() => RejectDraft.Payload, { description: "Rejects a pending draft; nothing of it reaches the graph, and the decision is kept." })
  rejectDraft(
    @Arg("id", () => ID, { description: "The draft to reject." }) id: string,
    @Arg("note", () => String, { nullable: true, description: "Why it was rejected." }) note: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return RejectDraft.run(ctx, {}, async ({ tx }) => toDraft(await rejectDraft(tx, draftId(id), note, (await ctx.auth.editor())?.id)));
  }
}
