import {
  GraphQLError, Kind, getNamedType, getOperationAST, getVariableValues, validate, visit,
  type ASTVisitor, type DocumentNode, type GraphQLSchema, type SelectionSetNode, type ValidationContext,
} from "graphql";
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../common/pagination.js";
import { requestError, type RequestErrorCode } from "../common/errors.js";
import type { RequestLimits } from "../config.js";
import { variableValuesKey } from "../common/variable-values.js";

/** Deeper than any input of the schema (an ingested article is about 6); deeper JSON only exhausts the stack. */
const MAX_VARIABLE_DEPTH = 32;

/** The field arguments `pageCost` reads: only variables used in them (or in directives such as @skip) change an operation's cost. */
const COST_ARGUMENTS = new Set(["first", "last", "ids"]);

/** Past this many cost-relevant variable values per document (page sizes, id lists), costs are computed without being kept. */
const MAX_COSTS_PER_DOCUMENT = 64;

const pageCost: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const multiple = getNamedType(field.type).name.endsWith("Connection")
    ? Math.min(args.first ?? args.last ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)
    : Array.isArray(args.ids) ? Math.min(args.ids.length, MAX_PAGE_SIZE) : 1;
  return 1 + multiple * childComplexity;
};

/** How deep a JSON value nests, counted without recursion (the value may be thousands of levels deep). */
function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_VARIABLE_DEPTH) return deepest;
    if (item && typeof item === "object") for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return deepest;
}

function hasNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (Array.isArray(value)) return value.some(hasNul);
  if (value && typeof value === "object") return Object.values(value).some(hasNul);
  return false;
}

// PostgreSQL cannot store the NUL character: say so naming the variable or argument, instead of failing inside the database.
const nulError = (where: string) => requestError("BAD_USER_INPUT", `Invalid ${where}: text must not contain the NUL character (\\u0000)`);

function nulVariableErrors(variables: Record<string, unknown>): GraphQLError[] {
  return Object.entries(variables).filter(([, value]) => hasNul(value)).map(([name]) => nulError(`variable "$${name}"`));
}

function nulArgumentErrors(document: DocumentNode): GraphQLError[] {
  const errors: GraphQLError[] = [];
  const argumentPath: string[] = [];
  const into = { enter: (node: { name: { value: string } }) => void argumentPath.push(node.name.value), leave: () => void argumentPath.pop() };
  visit(document, {
    Argument: into,
    ObjectField: into,
    StringValue: (node) => {
      if (node.value.includes("\u0000")) errors.push(nulError(`argument "${argumentPath.join(".") || "?"}"`));
    },
  });
  return errors;
}

/** The variables of a document that the cost depends on: those inside a page argument or a directive. */
function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  let inside = 0;
  const counting = { enter: () => void inside++, leave: () => void inside-- };
  visit(document, {
    Argument: { enter: (node) => void (COST_ARGUMENTS.has(node.name.value) && inside++), leave: (node) => void (COST_ARGUMENTS.has(node.name.value) && inside--) },
    Directive: counting,
    Variable: (node) => void (inside && names.add(node.name.value)),
  });
  return [...names];
}

/** What the checks of one parsed document found that holds for every request sending it. */
interface DocumentChecks {
  /** The schema the document passed the shape rules and NUL check against. */
  cleanFor?: GraphQLSchema;
  costVariables: string[];
  /** Cost by operation and values of the cost variables, under `cleanFor`. */
  costs: Map<string, number>;
}

/** The fields at the root of a selection set, through fragments, `__typename` and other meta fields left out. */
function rootFieldCount(selectionSet: SelectionSetNode, context: ValidationContext, seen = new Set<string>()): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) count += selection.name.value.startsWith("__") ? 0 : 1;
    else if (selection.kind === Kind.INLINE_FRAGMENT) count += rootFieldCount(selection.selectionSet, context, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = context.getFragment(selection.name.value);
      if (fragment) count += rootFieldCount(fragment.selectionSet, context, seen);
    }
  }
  return count;
}

/** graphql-armor's rules report with a "Syntax Error:" prefix and no code; this gives them ours. */
const coded = (code: RequestErrorCode) => ({
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(requestError(code, error.message.replace(/^Syntax Error: /, "")))],
});

/**
 * What every operation must pass before it runs, over HTTP and graphql-ws alike: variables that
 * fit the operation, a bounded shape (tokens, depth, aliases, root fields, expanded selections)
 * and a bounded cost — each failure a 400 with a code of its own.
 */
export class RequestLimiter {
  private readonly shapeRules;
  private readonly documentChecks = new WeakMap<DocumentNode, DocumentChecks>();

  constructor(readonly limits: RequestLimits) {
    const rootFieldsRule = (context: ValidationContext): ASTVisitor => ({
      OperationDefinition: (operation) => {
        const count = rootFieldCount(operation.selectionSet, context);
        if (count > limits.rootFields) {
          context.reportError(requestError("TOO_MANY_ROOT_FIELDS", `Root field limit of ${limits.rootFields} exceeded, found ${count}. Split the request.`));
        }
      },
    });
    this.shapeRules = [
      maxDepthRule({ n: limits.depth, flattenFragments: true, ...coded("QUERY_TOO_DEEP") }),
      maxAliasesRule({ n: limits.aliases, ...coded("TOO_MANY_ALIASES") }),
      rootFieldsRule,
    ];
  }

  /** For graphql's `parse`: documents past the token limit stop parsing early. */
  get parseOptions() {
    return { maxTokens: this.limits.tokens };
  }

  /** The errors refusing an operation of a valid document, or its cost. */
  check(
    schema: GraphQLSchema,
    document: DocumentNode,
    variables: unknown,
    operationName: string | null | undefined,
  ): { errors: readonly GraphQLError[] } | { cost: number } {
    if (variables != null && (typeof variables !== "object" || Array.isArray(variables))) {
      return { errors: [requestError("BAD_REQUEST", "Variables must be a JSON object")] };
    }
    const values = (variables ?? {}) as Record<string, unknown>;
    const deep = Object.keys(values).find((name) => depthOf(values[name]) > MAX_VARIABLE_DEPTH);
    if (deep) {
      return { errors: [requestError("VARIABLES_TOO_DEEP", `Variable "$${deep}" nests deeper than ${MAX_VARIABLE_DEPTH} levels; no input of this schema does`)] };
    }
    const checks = this.checksOf(document);
    const clean = checks.cleanFor === schema;
    const nul = [...nulVariableErrors(values), ...(clean ? [] : nulArgumentErrors(document))];
    if (nul.length) return { errors: nul };
    const operation = getOperationAST(document, operationName);
    if (!operation) return { errors: [requestError("BAD_REQUEST", operationName ? `No operation named "${operationName}" in the document` : "The document has several operations: name one in operationName")] };
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], values, { maxErrors: 10 });
    if (coerced.errors) {
      return { errors: coerced.errors.map((error) => requestError("BAD_USER_INPUT", error.message, { nodes: error.nodes })) };
    }
    if (!clean) {
      const shape = validate(schema, document, this.shapeRules);
      if (shape.length) return { errors: shape };
      checks.cleanFor = schema;
      checks.costs.clear();
    }
    return this.cost(schema, document, values, operation.name?.value, checks);
  }

  /**
   * Apollo Server keeps each parsed document and hands the same object to every request sending its
   * text: what depends on the document alone is checked once per document.
   */
  private checksOf(document: DocumentNode): DocumentChecks {
    let checks = this.documentChecks.get(document);
    if (!checks) this.documentChecks.set(document, (checks = { costVariables: costVariables(document), costs: new Map() }));
    return checks;
  }

  private cost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined, checks: DocumentChecks) {
    const key = variableValuesKey(checks.costVariables, variables, operationName ?? null);
    let cost = checks.costs.get(key);
    try {
      cost ??= getComplexity({ schema, query: document, variables, operationName, estimators: [pageCost], maxQueryNodes: this.limits.queryNodes });
    } catch (error) {
      if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) {
        return { errors: [requestError("TOO_MANY_QUERY_NODES", `Query node limit of ${this.limits.queryNodes} exceeded: the operation selects more fields than that once its fragments are expanded`)] };
      }
      throw error;
    }
    if (checks.costs.size < MAX_COSTS_PER_DOCUMENT) checks.costs.set(key, cost);
    if (cost <= this.limits.cost) return { cost };
    return {
      errors: [requestError(
        "QUERY_TOO_COMPLEX",
        `Query is too complex: it could fetch about ${cost.toLocaleString("en")} objects, more than the ${this.limits.cost.toLocaleString("en")} allowed. Ask for smaller pages (first/last) or nest fewer connections.`,
        { extensions: { complexity: cost, maximumComplexity: this.limits.cost } },
      )],
    };
  }
}
