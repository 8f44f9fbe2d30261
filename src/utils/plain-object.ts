// One test for "a map of names to values", as YAML and JSON give them: not null, not a list.

/** A map of names to values. */
export type Plain = Record<PropertyKey, unknown>;

/** Whether `value` is a map of names to values (an object that is not null and not a list). */
export const isPlainObject = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
