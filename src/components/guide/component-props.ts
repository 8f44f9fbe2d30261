// What every guide component shares: the names its schema checks against, and one way of turning a
// schema's complaint into words. The component (at build) and `npm run check` both use it, so they
// can never disagree about a prop.
import type { z } from 'astro/zod';

/** The names a guide's components may point to, from site.yaml and the published checklists. */
export interface GuideComponentContext {
  /** Contact names in site.yaml (serviceDesk, …). */
  contacts: readonly string[];
  /** Checklist file names without .yaml, as published. */
  checklists: readonly string[];
  /** A checklist site.yaml hides → where to take it out of `hide:` (the fix an editor needs). */
  hiddenChecklists?: ReadonlyMap<string, string>;
  /** Contacts this copy's nation file marks `none`: a card for one is allowed and shows nothing. */
  absentContacts?: readonly string[];
  /** Sentence names in this copy's nation file (content/nations/<nation>.yaml), `none` ones included. */
  nationWords?: readonly string[];
}

/** A component's props schema, made for the names of this copy of the guide. */
export type PropsSchema = (context: GuideComponentContext) => z.ZodType;

/** One wrong prop: which, what was written (undefined when missing), and the fix. */
export interface PropProblem {
  prop: string;
  found: unknown;
  fix: string;
}

/** The props as the component uses them (defaults filled in), or every wrong prop. */
export function readProps(
  schema: z.ZodType,
  props: Record<string, unknown>,
): { data: unknown; problems?: undefined } | { data?: undefined; problems: PropProblem[] } {
  const result = schema.safeParse(props);
  if (result.success) return { data: result.data };
  const seen = new Set<string>();
  const problems: PropProblem[] = [];
  for (const issue of result.error.issues) {
    const prop = String(issue.path[0] ?? '');
    if (seen.has(prop)) continue;
    seen.add(prop);
    problems.push({ prop, found: props[prop], fix: issue.message });
  }
  return { problems };
}

/** `<DoDont> dont is [1,2]` or `<DoDont> has no dont`: the first half of every message about a prop. */
export function describeProblem(component: string, { prop, found }: PropProblem): string {
  return found === undefined ? `<${component}> has no ${prop}` : `<${component}> ${prop} is ${JSON.stringify(found)}`;
}

/** A guide used a component with a wrong prop: names the component, the guide's file, the prop and the fix. */
class ComponentPropError extends Error {
  constructor(component: string, file: string, problems: PropProblem[]) {
    super(`${file} — ${problems.map((p) => `${describeProblem(component, p)} — ${p.fix}`).join('; ')}`);
    this.name = 'ComponentPropError';
  }
}

/** For a component at build: its props checked by its schema, or a ComponentPropError naming the guide's file. */
export function checkedProps<T>(
  component: string,
  schema: z.ZodType<T>,
  props: Record<string, unknown>,
  file: string,
): T {
  const read = readProps(schema, props);
  if (read.problems) throw new ComponentPropError(component, file, read.problems);
  return read.data as T;
}
