const same = (a: unknown, b: unknown): boolean => {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((value, i) => same(value, b[i]));
  return a === b;
};

/**
 * The fields of `desired` whose value differs from the stored row. Only these are written, and
 * nothing when none differ: an update that changes nothing would still move `updatedAt`.
 */
export function changedFields<T extends Record<string, unknown>>(stored: object, desired: T): Partial<T> {
  return Object.fromEntries(Object.entries(desired).filter(([field, value]) => !same((stored as Record<string, unknown>)[field], value))) as Partial<T>;
}

export const isEmpty = (changes: object) => Object.keys(changes).length === 0;
