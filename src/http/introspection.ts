import { NoSchemaIntrospectionCustomRule, specifiedRules, validate } from "graphql";

/**
 * graphql's `validate`, refusing `__schema` and `__type` when introspection is off. Apollo Server
 * enforces its `introspection` option over HTTP only; this gives graphql-ws the same rule.
 */
export function validateIntrospection(allowed: boolean): typeof validate {
  if (allowed) return validate;
  return (schema, document, rules = specifiedRules, ...rest) => validate(schema, document, [...rules, NoSchemaIntrospectionCustomRule], ...rest);
}
