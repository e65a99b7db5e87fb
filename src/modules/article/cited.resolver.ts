import { Args, Ctx, FieldResolver, Resolver, Root, type ClassType } from "type-graphql";
import type { Context } from "../../context.js";
import { NodeResolver, type NodeRow } from "../../common/node.js";
import type { NodeType } from "../../common/node-id.js";
import { PageArgs, parsePageArgs } from "../../common/pagination.js";
import { Prisma } from "../../generated/prisma/client.js";
import { recorded } from "../../common/sort.js";
import { CitationConnection } from "./article.type.js";

/** Citation columns, one per kind of fact a citation can support. */
export const citedBy = {
  Role: "roleId",
  Meeting: "meetingId",
  Attendance: "attendanceId",
  Quote: "quoteId",
  Incident: "incidentId",
  Figure: "figureId",
} as const;
export type FactType = keyof typeof citedBy;

/** The resolvers every fact shares: its global id and the citations that support it. */
export function CitedNodeResolver<T extends NodeRow>(objectType: ClassType<T>, type: FactType) {
  const column = Prisma.raw(`t."${citedBy[type]}"`);
  @Resolver(() => objectType)
  abstract class CitedNodeResolverBase extends NodeResolver(objectType, type as NodeType) {
    @FieldResolver(() => CitationConnection, { description: "The articles and excerpts that report this fact." })
    citations(@Root() row: T, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
      const list = { from: Prisma.sql`"Citation" t`, where: [], sort: recorded, parentColumn: column };
      return loaders.childPage(`citationsOf${type}`, list, parsePageArgs(args, recorded)).load(row.id);
    }
  }
  return CitedNodeResolverBase;
}
