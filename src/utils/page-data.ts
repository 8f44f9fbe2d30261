// Lists and word tables that the build writes into a page's data- attributes. They are ours, but a page
// kept by an older offline copy may carry another shape: read what fits and drop the rest, never throw.

function parsed(text: string | undefined): unknown {
  try {
    return JSON.parse(text ?? 'null');
  } catch {
    return undefined;
  }
}

/** A data- attribute holding a JSON list of strings, e.g. a checklist's item ids; [] when it is not one. */
export function dataList(text: string | undefined): string[] {
  const value = parsed(text);
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** A data- attribute holding a JSON table of words, e.g. result types' labels; {} when it is not one. */
export function dataWords(text: string | undefined): Record<string, string> {
  const value = parsed(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}
