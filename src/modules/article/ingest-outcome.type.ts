import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { Node } from "../../common/node.js";
import { factTables } from "../../graph/fact-types.js";
import { FactType } from "../graph/source.type.js";

@ObjectType({ simpleResolvers: true, description: "How one entry of an ingested document was resolved: created, or matched to a known actor, place or fact, and by what." })
export class IngestResolution {
  id!: string;

  @Field({ description: "The entry's path in the document: \"meetings[0]\", \"meetings[0].attendees[1]\"." })
  path!: string;

  @Field(() => FactType, { description: "What kind of entry." })
  type!: FactType;

  @Field({ description: "The entry's key in the document (for attendees and participants, built from the meeting's or incident's key and the actor's)." })
  key!: string;

  @Field({ description: "\"created\" or \"matched\"." })
  outcome!: string;

  @Field({
    description: "What it was matched by: id, ref, key (an earlier version of this article), wikidataId, slug, name, alias, variant (a spelling variant, kept as a merge candidate), meeting+actor, incident+actor+role, or a rule (\"meeting:same-date-most-attendees\", \"quote:same-speaker-same-text\", \"figure:corroboration\", …); \"created\" when nothing matched.",
  })
  by!: string;
}

@ObjectType("IngestOutcome", { simpleResolvers: true, description: "Whether an ingested article was new, and how each of its entries was resolved." })
export class IngestOutcome {
  @Field(() => Boolean, { nullable: true, description: "Whether the article was new; null when the ingest was refused." })
  created!: boolean | null;

  @Field(() => [IngestResolution], { nullable: true, description: "For every actor, place and fact entry of the document, in document order: created or matched, and by what; null when the ingest was refused." })
  resolutions!: IngestResolution[] | null;
}

@Resolver(() => IngestResolution)
export class IngestResolutionResolver {
  @FieldResolver(() => Node, { nullable: true, description: "The actor, place or fact the entry now is; null if it has since been deleted." })
  node(@Root() resolution: IngestResolution, @Ctx() { loaders }: Context) {
    return loaders.node(factTables[resolution.type].node, resolution.id);
  }
}
