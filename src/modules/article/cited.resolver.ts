import { Args, Ctx, FieldResolver, Resolver, Root, type ClassType } from "type-graphql";
import type { Context } from "../../context.js";
import { NodeResolver, type NodeRow } from "../../common/node.js";
import type { NodeType } from "../../common/node-id.js";
import { PageArgs, parsePageArgs } from "../../common/pagination.js";
import { Prisma } from "../../generated/prisma/client.js";
import { recorded } from "../../common/sort.js";
import { CitationConnection } from "./article.type.js";
import { Corroboration, FactSource } from "../graph/source.type.js";
import { sourceValues } from "../graph/source.values.js";

/** Citation columns, one per kind of fact a citation can support. */
export const citedBy = {
  Role: "roleId",
  Meeting: "meetingId",
  Attendance: "attendanceId",
  UnnamedAttendance: "unnamedAttendanceId",
  Quote: "quoteId",
  Incident: "incidentId",
  Figure: "figureId",
} as const;
export type FactType = keyof typeof citedBy;

/** The resolvers every fact shares: its global id, the citations that support it, each source's version and its corroboration. */
export function CitedNodeResolver<T extends NodeRow>(objectType: ClassType<T>, type: FactType) {
  const column = Prisma.raw(`t."${citedBy[type]}"`);
  @Resolver(() => objectType)
  abstract class CitedNodeResolverBase extends NodeResolver(objectType, type as NodeType) {
    @FieldResolver(() => CitationConnection, { description: "The articles and excerpts that report this fact." })
    citations(@Root() row: T, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
      const list = { from: Prisma.sql`"Citation" t`, where: [], sort: recorded, parentColumn: column };
      return loaders.childPage(`citationsOf${type}`, list, parsePageArgs(args, recorded)).load(row.id);
    }

    @FieldResolver(() => [FactSource], {
      description: "Each source's version of this fact, oldest first: one per article that mentions it (with the values as that article reports them) and one for a direct API write. The fact's own fields are its current value, derived from these (docs/INGEST-FORMAT.md, \"Conflicts\").",
    })
    async sources(@Root() row: T, @Ctx() { loaders }: Context): Promise<FactSource[]> {
      const mentions = await loaders.mentionsOf(citedBy[type]).load(row.id);
      return mentions.map((mention) => ({ ...mention, article: null, values: sourceValues(mention.values) }));
    }

    @FieldResolver(() => Corroboration, { description: "How many distinct articles, and distinct publishers, mention or cite this fact." })
    corroboration(@Root() row: T, @Ctx() { loaders }: Context) {
      return loaders.corroborationOf(citedBy[type]).load(row.id);
    }
  }
  return CitedNodeResolverBase;
}
