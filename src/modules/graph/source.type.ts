import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLJSONObject } from "graphql-scalars";
import { FactType } from "../../generated/prisma/enums.js";
import { Node } from "../../common/node.js";
import { Article } from "../article/article.type.js";

registerEnumType(FactType, {
  name: "FactType",
  description: "The kinds of things a source mentions: the facts of the graph, and the actors and places it names.",
  valuesConfig: {
    ROLE: { description: "A role." },
    MEETING: { description: "A meeting." },
    ATTENDANCE: { description: "An actor at a meeting." },
    QUOTE: { description: "A quote." },
    INCIDENT: { description: "An incident." },
    PARTICIPANT: { description: "An actor's part in an incident." },
    FIGURE: { description: "A figure claimed about an incident." },
    ACTOR: { description: "An actor (merge candidates: a spelling of a known actor's name)." },
    PLACE: { description: "A place." },
    UNNAMED_ATTENDANCE: { description: "An attendee of a meeting known only by a description (\"European leaders\")." },
    UNNAMED_PARTICIPANT: { description: "A participant in an incident known only by a description (\"the governor of Magadan\")." },
  },
});

export { FactType };

@ObjectType({ simpleResolvers: true, description: "One source's version of a fact: what one article (or a direct API write) says about it." })
export class FactSource {
  articleId!: string | null;

  @Field(() => Article, { nullable: true, description: "The article; null for a write made directly through the API." })
  article!: Article | null;

  @Field({ description: "The key the article's document gives the fact (\"meeting-coalition-paris\"); \"api\" for an API write." })
  key!: string;

  @Field({ description: "How ingesting found the fact: created, key, id, ref, meeting+actor, incident+actor+role, meeting+description+affiliation, incident+description+affiliation+role, or the rule that matched (\"meeting:same-date-most-attendees\")." })
  matchedBy!: string;

  @Field(() => GraphQLJSONObject, {
    description: "The fact's fields as this source reports them (references as global ids: place, speaker, claimant, …); empty when the source reports the fact as stored (an API write, or a mention recorded before sources were kept).",
  })
  values!: Record<string, unknown>;

  @Field({ description: "When this source's version was last recorded." })
  updatedAt!: Date;
}

@ObjectType({ simpleResolvers: true, description: "How well a fact is supported: the distinct articles that mention or cite it, and their distinct publishers." })
export class Corroboration {
  @Field(() => Int, { description: "Distinct articles that mention or cite the fact." })
  articles!: number;

  @Field(() => Int, { description: "Distinct publishers of those articles (articles without a publisher are not counted)." })
  publishers!: number;
}

@ObjectType({ simpleResolvers: true, description: "A near match the resolution rules did not take: two facts (or a known actor and a spelling of its name) that may be one, for an editor to merge or leave apart." })
export class MergeCandidate {
  articleId!: string | null;

  @Field(() => FactType, { description: "What kind of fact." })
  type!: FactType;

  @Field(() => Node, { nullable: true, description: "The fact that was known first; null when it has since been deleted." })
  known!: Node | null;

  @Field(() => Node, { nullable: true, description: "The fact recorded beside it; null for an actor's spelling variant (see `evidence.variant`) or when it has been deleted." })
  other!: Node | null;

  @Field(() => Float, { description: "How alike the two are, 0–1." })
  score!: number;

  @Field(() => GraphQLJSONObject, { description: "What the rules saw: shared attendees, same date or place, shared words, the two values…" })
  evidence!: Record<string, unknown>;

  @Field(() => Article, { nullable: true, description: "The article whose ingest found the near match." })
  article!: Article | null;

  @Field({ description: "When the near match was found." })
  createdAt!: Date;
}
