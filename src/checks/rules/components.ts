import { describeProblem, readProps, type GuideComponentContext } from '../../components/guide/component-props';
import { GUIDE_COMPONENTS, guideComponentNames } from '../../components/guide/registry';
import { suggest } from '../../config/errors';
import type { MdxFile } from '../../content/content-set';
import { pageComponentSchemas } from '../../components/page/registry';
import type { z } from 'astro/zod';
import { isJsx, lineOf, propsOf, walk } from '../../content/mdx-tree';
import type { Check, CheckContext } from '../types';
import type { Problem } from '../../schemas/problem';

/** The names the components' schemas check against, as this copy of the guide publishes them. */
function componentContext(context: CheckContext): GuideComponentContext {
  const hiddenChecklists = new Map<string, string>();
  for (const [path, hidden] of context.routes.hiddenAt) {
    const name = /^\/checklists\/([^/]+)\/$/.exec(path)?.[1];
    if (name)
      hiddenChecklists.set(
        name,
        `take "${hidden.entry}" out of hide: in ${hidden.file}:${hidden.line}, or remove the component`,
      );
  }
  return {
    contacts: Object.keys(context.content.site.contacts),
    absentContacts: context.content.site.national.absentContacts,
    nationWords: [...Object.keys(context.content.site.national.words), ...context.content.site.national.absentWords],
    checklists: context.content.checklists.map((c) => c.slug),
    hiddenChecklists,
  };
}

function componentProblems(guide: MdxFile, schemas: Map<string, z.ZodType>): Problem[] {
  if (!guide.tree) return [];
  const problems: Problem[] = [];
  walk(guide.tree, (node) => {
    if (!isJsx(node) || !node.name || !/^[A-Z]/.test(node.name)) return;
    const at = { severity: 'error' as const, check: 'components', file: guide.file, line: lineOf(node) };
    const schema = schemas.get(node.name);
    if (!schema) {
      const names = [...schemas.keys()];
      const hint = suggest(node.name, names);
      problems.push({
        ...at,
        message: `<${node.name}> is not a component you can use`,
        fix: hint ? `did you mean <${hint}>?` : `use one of: ${names.map((k) => `<${k}>`).join(', ')}`,
      });
      return;
    }
    // The component's own schema, as the build checks it: a `{…}` value that reads a variable is the build's to check.
    const { props, unread } = propsOf(node);
    const read = readProps(schema, props);
    for (const problem of read.problems ?? []) {
      if (!unread.includes(problem.prop))
        problems.push({ ...at, message: describeProblem(node.name, problem), fix: problem.fix });
    }
  });
  return problems;
}

/** Components must exist and get the props their schemas allow, named things (contacts, checklists) included. */
export const componentsCheck: Check = {
  name: 'components',
  run(context) {
    const names = componentContext(context);
    const guide = new Map<string, z.ZodType>(guideComponentNames.map((name) => [name, GUIDE_COMPONENTS[name](names)]));
    // A site page may also show this copy's own values (content/pages, a trust's pages/).
    const page = new Map(guide);
    for (const [name, schema] of Object.entries(pageComponentSchemas(context.content.site)))
      page.set(name, schema(names));
    return [
      ...context.content.guides.flatMap((file) => componentProblems(file, guide)),
      ...context.content.pages.flatMap((file) => componentProblems(file, page)),
    ];
  },
};
