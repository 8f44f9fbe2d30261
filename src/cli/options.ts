/** The value after `--name`, or undefined; an option given without a value is an error the caller reports. */
export function optionValue(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

/** Options in `args` that are not in `known` (values of known options are skipped), for an "unknown option" message. */
export function unknownOptions(args: string[], known: string[], withValue: string[] = []): string[] {
  return args.filter((a, i) => a.startsWith('-') && !known.includes(a) && !withValue.includes(args[i - 1] ?? ''));
}

/** One value from a fixed list, or a problem naming the option, what was found and what is allowed. */
export function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  option: string,
): { value: T } | { problem: string } {
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return { value: value as T };
  return {
    problem: `${option}: expected one of ${allowed.join(', ')}, but found ${value === undefined ? 'nothing' : `"${value}"`}`,
  };
}
