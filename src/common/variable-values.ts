/**
 * A key of what a request sends for the variables `names`, for caching what depends on them:
 * `[value]` for a variable sent, `[]` for one left out (its default applies, unlike an explicit null).
 */
export function variableValuesKey(names: readonly string[], values: Record<string, unknown>, ...prefix: unknown[]): string {
  return JSON.stringify([...prefix, ...names.map((name) => (name in values ? [values[name]] : []))]);
}
