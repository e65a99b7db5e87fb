import { NoSchemaIntrospectionCustomRule, specifiedRules, validate } from "graphql";
import { UnconditionalSubscriptionRootRule } from "./subscription-root.js";

/**
 * graphql's `validate` for graphql-ws, with the specification's rule against conditional
 * subscription root fields, refusing `__schema` and `__type` when introspection is off. Apollo
 * Server enforces its `introspection` option over HTTP only; this gives graphql-ws the same rule.
 */
export function validateIntrospection(allowed: boolean): typeof validate {
  const extra = allowed ? [UnconditionalSubscriptionRootRule] : [UnconditionalSubscriptionRootRule, NoSchemaIntrospectionCustomRule];
  return (schema, document, rules = specifiedRules, ...rest) => validate(schema, document, [...rules, ...extra], ...rest);
}
