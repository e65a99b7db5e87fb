import {
  GraphQLError, Kind, SingleFieldSubscriptionsRule, parse, validate,
  type ASTVisitor, type DocumentNode, type GraphQLSchema, type ParseOptions, type SelectionSetNode, type ValidationContext,
} from "graphql";

const conditions = new Set(["skip", "include"]);

/**
 * A subscription's root field may not be `@skip`ped or `@include`d (a rule of the GraphQL
 * specification that graphql 16 does not check): skipped, the operation has no field to
 * subscribe to, and graphql's `subscribe` throws instead of answering.
 */
export function UnconditionalSubscriptionRootRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(operation) {
      if (operation.operation !== "subscription") return;
      const visited = new Set<string>();
      const conditional = (set: SelectionSetNode): boolean =>
        set.selections.some((selection) => {
          if (selection.directives?.some((directive) => conditions.has(directive.name.value))) return true;
          if (selection.kind === Kind.FIELD) return false;
          if (selection.kind === Kind.INLINE_FRAGMENT) return conditional(selection.selectionSet);
          if (visited.has(selection.name.value)) return false;
          visited.add(selection.name.value);
          const fragment = context.getFragment(selection.name.value);
          return fragment ? conditional(fragment.selectionSet) : false;
        });
      if (conditional(operation.selectionSet)) {
        const name = operation.name ? `Subscription "${operation.name.value}"` : "An anonymous subscription";
        context.reportError(new GraphQLError(`${name} uses @skip or @include on its root field, which a subscription may not do`, { nodes: operation }));
      }
    },
  };
}

/**
 * graphql 16's own SingleFieldSubscriptionsRule throws, rather than reports, on `@skip` or
 * `@include` without `if` at a subscription's root, and a throwing validation becomes an internal
 * error: run before validating, this returns what it threw, to be answered as a validation error.
 */
export function subscriptionRootCrash(schema: GraphQLSchema, document: DocumentNode): GraphQLError | undefined {
  if (!document.definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.operation === "subscription")) return undefined;
  try {
    validate(schema, document, [SingleFieldSubscriptionsRule]);
    return undefined;
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
}

/**
 * Over HTTP, Apollo validates before any plugin can answer, and answers a validation that throws
 * with a 500: a document that may hold a subscription (it has the word) is checked first, and
 * refused as invalid when validating it would throw. Returns the body of that 400 answer, if any.
 */
export function subscriptionRootGuard(schema: GraphQLSchema, parseOptions: ParseOptions): (query: string) => object | undefined {
  return (query) => {
    if (!query.includes("subscription")) return undefined;
    let document: DocumentNode;
    try {
      document = parse(query, parseOptions);
    } catch {
      return undefined; // Apollo answers syntax errors.
    }
    const crash = subscriptionRootCrash(schema, document);
    if (!crash) return undefined;
    return { errors: [{ message: crash.message, locations: crash.locations, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }] };
  };
}
