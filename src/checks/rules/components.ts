import { suggest } from '../../integration/errors';
import { CALLOUT_TYPES } from '../../mdx/callout-types';
import type { GuideFile } from '../content-set';
import { mdxComponentNames } from '../mdx-components';
import { attribute, isJsx, lineOf, walk, type MdNode } from '../mdx-tree';
import type { Check, CheckContext, Problem } from '../types';

type PropCheck = (node: MdNode, context: CheckContext) => { message: string; fix: string } | undefined;

/** 'type="info", type="warning" or type="urgent"': what a Callout's fix offers, from the kinds it draws. */
const calloutChoices = (() => {
  const choices = CALLOUT_TYPES.map((kind) => `type="${kind}"`);
  return `${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}`;
})();

const text = (node: MdNode, name: string) => {
  const value = attribute(node, name);
  if (typeof value === 'string') return value;
  return value && value !== true ? /^\s*(["'])(.*)\1\s*$/.exec(value.expression)?.[2] : undefined;
};

/** What each component needs, mirroring the checks in src/mdx/markup.ts so every mistake shows at once. */
const PROP_CHECKS: Record<string, PropCheck> = {
  Callout: (node) => {
    const type = text(node, 'type');
    return type === undefined || (CALLOUT_TYPES as readonly string[]).includes(type)
      ? undefined
      : { message: `<Callout type="${type}"> is not a kind of callout`, fix: `use ${calloutChoices}` };
  },
  Details: (node) => (text(node, 'summary')?.trim() ? undefined : { message: '<Details> has no summary', fix: 'add the text people tap to open it, like <Details summary="Why does this matter?">' }),
  DoDont: (node) => {
    const missing = ['do', 'dont'].filter((prop) => attribute(node, prop) === undefined);
    return missing.length ? { message: `<DoDont> has no ${missing.join(' or ')} list`, fix: 'give both lists, like <DoDont do={["Check the sender"]} dont={["Reply with your password"]} />' } : undefined;
  },
  ContactCard: (node, context) => {
    const name = text(node, 'name');
    const contacts = Object.keys(context.content.site.contacts);
    if (name !== undefined && contacts.includes(name)) return undefined;
    const hint = name === undefined ? undefined : suggest(name, contacts);
    return {
      message: name === undefined ? '<ContactCard> has no name' : `<ContactCard name="${name}"> is not a contact in site.yaml`,
      fix: hint ? `did you mean name="${hint}"?` : `use one of: ${contacts.join(', ')}`,
    };
  },
  Checklist: (node, context) => {
    const name = text(node, 'name');
    const checklists = context.content.checklists.map((c) => c.slug);
    if (name !== undefined && checklists.includes(name)) return undefined;
    const hidden = name === undefined ? undefined : context.routes.hiddenAt.get(`/checklists/${name}/`);
    if (hidden) return { message: `<Checklist name="${name}"> shows a checklist this copy hides`, fix: `take "${hidden.entry}" out of hide: in ${hidden.file}:${hidden.line}, or remove the component` };
    const hint = name === undefined ? undefined : suggest(name, checklists);
    return {
      message: name === undefined ? '<Checklist> has no name' : `<Checklist name="${name}"> is not a checklist`,
      fix: hint ? `did you mean name="${hint}"?` : `use the file name of a checklist in checklists/, without .yaml: ${checklists.join(', ')}`,
    };
  },
};

function componentProblems(guide: GuideFile, context: CheckContext, known: string[]): Problem[] {
  if (!guide.tree) return [];
  const problems: Problem[] = [];
  walk(guide.tree, (node) => {
    if (!isJsx(node) || !node.name || !/^[A-Z]/.test(node.name)) return;
    const at = { severity: 'error' as const, check: 'components', file: guide.file, line: lineOf(node) };
    if (!known.includes(node.name)) {
      const hint = suggest(node.name, known);
      problems.push({ ...at, message: `<${node.name}> is not a component you can use`, fix: hint ? `did you mean <${hint}>?` : `use one of: ${known.map((k) => `<${k}>`).join(', ')}` });
      return;
    }
    const problem = PROP_CHECKS[node.name]?.(node, context);
    if (problem) problems.push({ ...at, ...problem });
  });
  return problems;
}

/** Components must exist and get the props they need, named things (contacts, checklists) included. */
export const componentsCheck: Check = {
  name: 'components',
  run(context) {
    const known = mdxComponentNames();
    return context.content.guides.flatMap((guide) => componentProblems(guide, context, known));
  },
};
