import { getNamedType, isObjectType, visit, type ASTNode, type GraphQLObjectType, type GraphQLOutputType, type GraphQLResolveInfo, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import { parseResolveInfo, type ResolveTree } from "graphql-parse-resolve-info";
import { Prisma } from "../generated/prisma/client.js";
import type { ChildListQuery, Table } from "../common/lists.js";
import { parsePageArgs, type PageRequest } from "../common/pagination.js";
import { fallbackColumns, relationOf, type OneRelation } from "./relations.js";
import { variableValuesKey } from "../common/variable-values.js";

/** What one object type's selection reads: columns of its row and the relations joined to it. */
export interface NodePlan {
  table: Table;
  /** The columns the row's JSON holds: those its fields read (`id` only when one does, or a cursor). */
  columns: string[];
  /** The columns of `columns` that GraphQL serialises as dates: read as ISO text, turned into Dates. */
  dates: string[];
  relations: RelationPlan[];
}

/** A page of a list and what its selection reads. */
export interface PagePlan {
  node: NodePlan;
  totalCount: boolean;
  /** Whether `pageInfo` is asked for: only then is the row after the page read, to tell whether more follow. */
  pageInfo: boolean;
  /** Whether a cursor is asked for (an edge's, `startCursor`, `endCursor`): only then is each row's sort value read. */
  cursors: boolean;
}

/** A relation field joined in SQL, under its response key (the alias, when one is given). */
export type RelationPlan =
  | { key: string; kind: "one"; relation: OneRelation; node: NodePlan }
  | ({ key: string; kind: "many"; list: ChildListQuery; page: PageRequest } & PagePlan);

const dateScalars = new Set(["DateTimeISO", "Date"]);

/** The columns of `table` Prisma reads (`Prisma.<Table>ScalarFieldEnum`). */
function columnsOf(table: Table): string[] {
  return Object.values(Prisma[`${table}ScalarFieldEnum`] as Record<string, string>);
}

function objectType(schema: GraphQLSchema, name: string): GraphQLObjectType {
  const type = schema.getType(name);
  if (!isObjectType(type)) throw new Error(`${name} is not an object type`);
  return type;
}

/** The fields selected on `type` across `trees` (fragments on its interfaces included), by response key. */
function fieldsOn(trees: ResolveTree[], type: GraphQLObjectType): Map<string, ResolveTree[]> {
  const names = new Set([type.name, ...type.getInterfaces().map((face) => face.name)]);
  const fields = new Map<string, ResolveTree[]>();
  for (const tree of trees) {
    for (const [typeName, byKey] of Object.entries(tree.fieldsByTypeName)) {
      if (!names.has(typeName)) continue;
      for (const [key, field] of Object.entries(byKey)) fields.set(key, [...(fields.get(key) ?? []), field]);
    }
  }
  return fields;
}

/** The selections of field `name` among `fields`, whatever their aliases. */
function selectionsOf(fields: Map<string, ResolveTree[]>, name: string): ResolveTree[] {
  return [...fields.values()].flat().filter((field) => field.name === name);
}

function nodePlan(schema: GraphQLSchema, table: Table, trees: ResolveTree[], needed: string[] = []): NodePlan {
  const type = objectType(schema, table);
  const readable = columnsOf(table);
  const columns = new Set(needed);
  const relations: RelationPlan[] = [];
  for (const [key, group] of fieldsOn(trees, type)) {
    const name = group[0].name;
    const relation = relationOf(table, name);
    // One response key under several paths (two aliases of `edges`) with different arguments: left to the resolvers.
    const sameArguments = group.every((field) => JSON.stringify(field.args) === JSON.stringify(group[0].args));
    if (relation) {
      const plan = !sameArguments ? undefined : relation.kind === "one"
        ? { key, kind: "one" as const, relation, node: nodePlan(schema, relation.table, group) }
        : manyPlan(schema, key, type.getFields()[name].type, relation.table, () => relation.list(group[0].args), group);
      if (plan) relations.push(plan);
      // Not joined: its resolver loads it, by the row's column naming it or by the row's id.
      else columns.add(relation.kind === "one" ? relation.column : "id");
    } else if (readable.includes(name)) {
      columns.add(name);
    } else {
      for (const column of fallbackColumns[name] ?? readable) columns.add(column);
    }
  }
  const fields = type.getFields();
  const dates = [...columns].filter((column) => fields[column] && dateScalars.has(getNamedType(fields[column].type).name));
  return { table, columns: [...columns], dates, relations };
}

/** The fields selected on the type of field `name` of `connection`, under the selections of it among `fields`. */
function fieldsUnder(schema: GraphQLSchema, connection: GraphQLObjectType, fields: Map<string, ResolveTree[]>, name: "edges" | "pageInfo"): Map<string, ResolveTree[]> {
  return fieldsOn(selectionsOf(fields, name), objectType(schema, getNamedType(connection.getFields()[name].type).name));
}

/** The node selections, and which of `totalCount`, `pageInfo` and cursors are asked for, of selections of a connection type. */
function pagePlan(schema: GraphQLSchema, connection: GraphQLObjectType, table: Table, trees: ResolveTree[]): PagePlan {
  const fields = fieldsOn(trees, connection);
  const edges = fieldsUnder(schema, connection, fields, "edges");
  const pageInfo = fieldsUnder(schema, connection, fields, "pageInfo");
  const asked = (among: Map<string, ResolveTree[]>, name: string) => selectionsOf(among, name).length > 0;
  const cursors = asked(edges, "cursor") || asked(pageInfo, "startCursor") || asked(pageInfo, "endCursor");
  return {
    // A cursor encodes the row's id.
    node: nodePlan(schema, table, selectionsOf(edges, "node"), cursors ? ["id"] : []),
    totalCount: asked(fields, "totalCount"),
    pageInfo: asked(fields, "pageInfo"),
    cursors,
  };
}

function manyPlan(schema: GraphQLSchema, key: string, fieldType: GraphQLOutputType, table: Table, listOf: () => ChildListQuery, group: ResolveTree[]): RelationPlan | undefined {
  let list: ChildListQuery;
  let page: PageRequest;
  try {
    list = listOf();
    page = parsePageArgs(group[0].args, list.sort);
  } catch {
    // Bad arguments: the field resolver reports them, at the field's own path.
    return undefined;
  }
  const connection = objectType(schema, getNamedType(fieldType).name);
  return { key, kind: "many", list, page, ...pagePlan(schema, connection, table, group) };
}

/** The names of the variables the selection under the root field of `info` reads, fragments it spreads included. */
function selectionVariables(info: GraphQLResolveInfo): string[] {
  const names = new Set<string>();
  const spread = new Set<string>();
  const pending: ASTNode[] = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  while (pending.length) {
    visit(pending.pop()!, {
      Variable: (variable) => void names.add(variable.name.value),
      FragmentSpread: (fragment) => {
        const name = fragment.name.value;
        if (spread.has(name) || !info.fragments[name]) return;
        spread.add(name);
        pending.push(info.fragments[name].selectionSet);
      },
    });
  }
  return [...names];
}

interface FieldPlans {
  variables: string[];
  plans: Map<string, PagePlan | NodePlan>;
}

/** Plans kept per root field and the variable values they read; beyond this many the field's plans start afresh. */
const plansPerField = 64;
const plansByOperation = new WeakMap<OperationDefinitionNode, Map<string, FieldPlans>>();

/**
 * The plan of the root field of `info` for `table`, built once per operation (Apollo's document store
 * hands every request of one text the same parsed document), root field and values of the variables
 * its selection reads (arguments, @skip/@include): a repeated request skips parseResolveInfo and planning.
 */
function cachedPlan<P extends PagePlan | NodePlan>(info: GraphQLResolveInfo, table: Table, build: (tree: ResolveTree) => P): P {
  let byField = plansByOperation.get(info.operation);
  if (!byField) plansByOperation.set(info.operation, (byField = new Map()));
  const field = `${table}:${info.path.key}`;
  let entry = byField.get(field);
  if (!entry) byField.set(field, (entry = { variables: selectionVariables(info), plans: new Map() }));
  const key = variableValuesKey(entry.variables, info.variableValues);
  const cached = entry.plans.get(key);
  if (cached) return cached as P;
  const plan = build(parseResolveInfo(info) as ResolveTree);
  if (entry.plans.size >= plansPerField) entry.plans.clear();
  entry.plans.set(key, plan);
  return plan;
}

/** What the selection of a root connection field (`meetings`) reads of each row of `table`. */
export function rootPagePlan(info: GraphQLResolveInfo, table: Table): PagePlan {
  return cachedPlan(info, table, (tree) => pagePlan(info.schema, objectType(info.schema, getNamedType(info.returnType).name), table, [tree]));
}

/** What the selection of a root field returning one object (`meeting(id)`, `node(id)`) reads of its row of `table`. */
export function rootNodePlan(info: GraphQLResolveInfo, table: Table): NodePlan {
  return cachedPlan(info, table, (tree) => nodePlan(info.schema, table, [tree]));
}
