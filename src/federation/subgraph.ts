import { buildSubgraphSchema } from "@apollo/subgraph";
import { getDocumentNodeFromSchema } from "@graphql-tools/utils";
import { Kind, parse, type DocumentNode, type GraphQLSchema, type ObjectTypeDefinitionNode } from "graphql";
import { createResolversMap } from "type-graphql";
import type { Context } from "../context.js";
import { parseIdOf, type NodeType } from "../common/node-id.js";

/** The types other subgraphs can reference and extend, each keyed by its global id. */
const entityTypes = ["Actor", "Meeting", "Quote", "Incident", "Article", "Place"] as const satisfies readonly NodeType[];

type SubgraphResolvers = NonNullable<Extract<Parameters<typeof buildSubgraphSchema>[0], { typeDefs: unknown }>["resolvers"]>;

const federationLink = parse(`extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])`);
const [keyById] = (parse(`type Entity @key(fields: "id")`).definitions[0] as ObjectTypeDefinitionNode).directives!;

/** The SDL of `schema` with `@key(fields: "id")` on every entity type and the federation `@link`. */
function subgraphTypeDefs(schema: GraphQLSchema): DocumentNode {
  const document = getDocumentNodeFromSchema(schema);
  const definitions = document.definitions.map((definition) =>
    definition.kind === Kind.OBJECT_TYPE_DEFINITION && (entityTypes as readonly string[]).includes(definition.name.value)
      ? { ...definition, directives: [...(definition.directives ?? []), keyById] }
      : definition,
  );
  return { ...document, definitions: [...federationLink.definitions, ...definitions] };
}

/**
 * Dossier as an Apollo Federation 2 subgraph: the same types and resolvers, plus `_service` and
 * `_entities`. A reference `{ __typename, id }` carries the global id and loads through the
 * request's loaders, so a gateway's batch of references is one query per type.
 */
export function createSubgraphSchema(schema: GraphQLSchema): GraphQLSchema {
  const resolvers = createResolversMap(schema) as SubgraphResolvers;
  for (const type of entityTypes) {
    Object.assign(resolvers[type], {
      __resolveReference: ({ id }: { id: string }, { loaders }: Context) => loaders.byId(type).load(parseIdOf(type, id, "id")),
    });
  }
  return buildSubgraphSchema({ typeDefs: subgraphTypeDefs(schema), resolvers });
}
