import fc from "fast-check";
import {
  getNamedType, isEnumType, isInputObjectType, isInterfaceType, isLeafType, isListType, isNonNullType, isObjectType, isUnionType,
  type GraphQLArgument, type GraphQLField, type GraphQLInputType, type GraphQLNamedType, type GraphQLSchema,
} from "graphql";

/** Takes an arbitrary, returns one value of it. */
type Draw = <T>(arbitrary: fc.Arbitrary<T>) => T;

/** Draws from the generator `fc.gen()` gives a property. */
export const drawFrom = (generator: fc.GeneratorValue): Draw => (arbitrary) => generator(() => arbitrary);

/** One of `items`, drawn by index so that a counterexample stays short. */
const pick = <T>(draw: Draw, items: readonly T[]): T => items[draw(fc.nat(items.length - 1))];

/** One to `most` distinct items of `items`. */
const pickSome = <T>(draw: Draw, items: readonly T[], most: number): T[] =>
  draw(fc.subarray(items.map((_, index) => index), { minLength: 1, maxLength: Math.min(most, items.length) })).map((index) => items[index]);

export interface GeneratedOperation {
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
  /** The root type the operation asks of. */
  root: "query" | "mutation" | "subscription";
}

function nested(depth: number): unknown {
  let value: unknown = "x";
  for (let level = 0; level < depth; level++) value = { a: value };
  return value;
}

/** Text a hostile client might send: any unicode (lone surrogates included), NUL, syntax characters, dates PostgreSQL refuses, huge. */
const hostileText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("", " ", "\u0000", "a\u0000b", "\ud800", "\udfff x", "-".repeat(64), "'\"\\;--", "!&|:*()<->", "Zelenskyy", "macron"),
  fc.constantFrom("0000-01-01T00:00:00Z", "2024-02-30T00:00:00Z", "9999-12-31T23:59:59Z", "-000001-01-01T00:00:00Z", "2025-09-04", "0000-01-01"),
  fc.string({ minLength: 1000, maxLength: 20_000 }).map((text) => text.repeat(3)),
);

/** Values of an input type: mostly of the right shape, often of a wrong one, sometimes huge or deep. */
function inputValue(draw: Draw, type: GraphQLInputType, ids: string[], depth = 0): unknown {
  const roll = draw(fc.integer({ min: 0, max: 99 }));
  if (roll < 4) return null;
  if (roll < 8) return draw(fc.oneof(hostileText, fc.double(), fc.boolean(), fc.constant([]), fc.constant({}), fc.constant(nested(draw(fc.integer({ min: 30, max: 3000 }))))));
  if (isNonNullType(type)) return inputValue(draw, type.ofType, ids, depth);
  if (isListType(type)) {
    const length = draw(fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant(300)));
    return Array.from({ length }, () => inputValue(draw, type.ofType, ids, depth + 1));
  }
  if (isEnumType(type)) return draw(fc.oneof(fc.constantFrom(...type.getValues().map((value) => value.name)), hostileText));
  if (isInputObjectType(type)) {
    if (depth > 4) return {};
    const object: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) ? draw(fc.integer({ min: 0, max: 9 })) > 0 : draw(fc.boolean())) object[field.name] = inputValue(draw, field.type, ids, depth + 1);
    }
    if (draw(fc.integer({ min: 0, max: 9 })) === 0) object[draw(hostileText)] = draw(hostileText);
    return object;
  }
  switch (type.name) {
    case "Int": return draw(fc.oneof(fc.integer({ min: -5, max: 120 }), fc.integer(), fc.constant(2 ** 53), fc.double()));
    case "Float": return draw(fc.oneof(fc.double({ noNaN: true }), fc.constant(1e308), fc.constant(-1e16)));
    case "Boolean": return draw(fc.boolean());
    case "ID": return draw(ids.length ? fc.oneof(fc.constantFrom(...ids), hostileText) : hostileText);
    case "DateTimeISO": return draw(fc.oneof(fc.date({ noInvalidDate: true }).map((date) => date.toISOString()), hostileText));
    case "Date": return draw(fc.oneof(fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)), hostileText));
    case "JSONObject": return draw(fc.oneof(fc.object(), fc.constant(nested(3000))));
    default: return draw(hostileText);
  }
}

/** A GraphQL literal of a JSON value (enum values as bare names where they can be). */
function literal(value: unknown, type: GraphQLInputType): string {
  const named = getNamedType(type);
  if (typeof value === "string" && isEnumType(named) && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value) && !["true", "false", "null"].includes(value)) return value;
  if (Array.isArray(value)) return `[${value.map((item) => literal(item, isListType(type) ? type.ofType : type)).join(", ")}]`;
  if (value && typeof value === "object") {
    const fields = isInputObjectType(named) ? named.getFields() : {};
    return `{ ${Object.entries(value).map(([key, item]) => `${/^[_A-Za-z][_0-9A-Za-z]*$/.test(key) ? key : "bad"}: ${literal(item, fields[key]?.type ?? type)}`).join(", ")} }`;
  }
  return value === undefined ? "null" : JSON.stringify(value) ?? "null";
}

class OperationBuilder {
  private readonly variableDefinitions: string[] = [];
  private readonly fragments: string[] = [];
  readonly variables: Record<string, unknown> = {};

  constructor(private readonly draw: Draw, private readonly schema: GraphQLSchema, private readonly ids: string[]) {}

  argument(argument: GraphQLArgument): string | undefined {
    const { draw } = this;
    if (!isNonNullType(argument.type) && draw(fc.integer({ min: 0, max: 2 })) > 0) return undefined;
    const value = inputValue(draw, argument.type, this.ids);
    const small = (JSON.stringify(value) ?? "").length < 2000;
    if (small && draw(fc.integer({ min: 0, max: 3 })) === 0) return `${argument.name}: ${literal(value, argument.type)}`;
    const name = `v${this.variableDefinitions.length}`;
    // Sometimes a variable declared with another type than the argument's.
    const declared = draw(fc.integer({ min: 0, max: 19 })) === 0 ? draw(fc.constantFrom("String", "Int!", "[ID!]", "Boolean")) : argument.type.toString();
    this.variableDefinitions.push(`$${name}: ${declared}`);
    if (draw(fc.integer({ min: 0, max: 19 })) > 0) this.variables[name] = value;
    return `${argument.name}: $${name}`;
  }

  private field(field: GraphQLField<unknown, unknown>, depth: number): string {
    const { draw } = this;
    const alias = draw(fc.integer({ min: 0, max: 9 })) === 0 ? `a${draw(fc.integer({ min: 0, max: 999 }))}: ` : "";
    const args = field.args.map((argument) => this.argument(argument)).filter(Boolean);
    const head = `${alias}${field.name}${args.length ? `(${args.join(", ")})` : ""}`;
    const type = getNamedType(field.type);
    if (isLeafType(type)) return head;
    return `${head} ${this.selectionSet(type, depth + 1)}`;
  }

  selectionSet(type: GraphQLNamedType, depth: number, forceErrors = false): string {
    const { draw } = this;
    const selections: string[] = [];
    if (isObjectType(type) || isInterfaceType(type)) {
      const fields = Object.values(type.getFields());
      const deep = depth > draw(fc.integer({ min: 2, max: 6 }));
      const leaves = fields.filter((field) => isLeafType(getNamedType(field.type)));
      const chosen = deep ? [pick(draw, leaves.length ? leaves : fields)] : pickSome(draw, fields, 4);
      for (const field of chosen) selections.push(this.field(field, depth));
      if (forceErrors && type.getFields().errors) selections.push(`errors { __typename message field }`);
      if (draw(fc.integer({ min: 0, max: 49 })) === 0) {
        const count = draw(fc.integer({ min: 20, max: 60 }));
        for (let index = 0; index < count; index++) selections.push(`x${index}: __typename`);
      }
    }
    if (isInterfaceType(type) || isUnionType(type)) {
      const possible = this.schema.getPossibleTypes(type);
      selections.push(`__typename`, `... on ${pick(draw, possible).name} { __typename }`);
    }
    const body = `{ ${selections.join(" ")} }`;
    if (draw(fc.integer({ min: 0, max: 9 })) > 0 || !isObjectType(type)) return body;
    const name = `F${this.fragments.length}`;
    this.fragments.push(`fragment ${name} on ${type.name} ${body}`);
    return `{ ...${name} }`;
  }

  document(keyword: string, selection: string): string {
    const variables = this.variableDefinitions.length ? `(${this.variableDefinitions.join(", ")})` : "";
    return `${keyword} Fuzzed${variables} { ${selection} } ${this.fragments.join(" ")}`;
  }
}

/** Corrupts a document now and then: cut short, a character inserted, or a second operation. */
function corrupt(draw: Draw, query: string): string {
  switch (draw(fc.integer({ min: 0, max: 29 }))) {
    case 0: return query.slice(0, draw(fc.integer({ min: 0, max: query.length })));
    case 1: {
      const at = draw(fc.integer({ min: 0, max: query.length }));
      return query.slice(0, at) + draw(fc.constantFrom("{", "}", "(", "$", "\"", "...", "@skip", "\u0000", "#")) + query.slice(at);
    }
    case 2: return `${query} query Other { __typename }`;
    default: return query;
  }
}

/** An operation generated from the schema: one root field of `root` (with mutations, exactly one), arguments and selections drawn from their types. */
export function generateOperation(draw: Draw, schema: GraphQLSchema, root: GeneratedOperation["root"], ids: string[]): GeneratedOperation {
  const rootType = root === "query" ? schema.getQueryType()! : root === "mutation" ? schema.getMutationType()! : schema.getSubscriptionType()!;
  const builder = new OperationBuilder(draw, schema, ids);
  const fields = Object.values(rootType.getFields());
  const chosen = root === "query" ? pickSome(draw, fields, 3) : [pick(draw, fields)];
  const selection = chosen.map((field) => {
    const args = field.args.map((argument) => builder.argument(argument)).filter(Boolean);
    const type = getNamedType(field.type);
    const head = `${field.name}${args.length ? `(${args.join(", ")})` : ""}`;
    return isLeafType(type) ? head : `${head} ${builder.selectionSet(type, 1, root === "mutation")}`;
  }).join(" ");
  const query = corrupt(draw, builder.document(root, selection));
  const operationName = draw(fc.integer({ min: 0, max: 19 })) === 0 ? draw(fc.constantFrom("Fuzzed", "Other", "Missing")) : undefined;
  return { query, variables: builder.variables, operationName, root };
}
