// Reads the helper from content/help.yaml, applies a trust's help.yaml (change, add, hide by address)
// and checks the tree's shape. Every problem names the file and line it comes from, so the checks and
// the build say the same thing. Nothing is thrown for a mistake in the files: the caller decides.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { z } from 'astro/zod';
import { ContentError, formatIssues, shapeFinder, suggest } from '../../config/errors';
import { readYaml } from '../../config/site';
import { lineOfPath } from '../../config/yaml-lines';
import { shownPath } from '../../content/files';
import {
  END_FIELDS,
  helpOverlaySchema,
  helpSchema,
  type HelpAdditionData,
  type HelpAnswerData,
  type HelpChangeData,
} from '../../schemas/help';
import type { SiteConfig } from '../../schemas/site';
import type { HelpNode, HelpQuestion, Where } from './types';
import { flowPages, MAX_TAPS_FROM_HOME, plainAddress, tapsFromHome } from './walk';

export const HELP_FILE = 'help.yaml';
export const HELP_DOCS = 'see "The Something\'s wrong? helper" in content/README.md';

/** One thing wrong with the helper, with where it is: the checks report it, the build stops on an error. */
export interface HelpProblem {
  severity: 'error' | 'warning';
  file: string;
  line?: number;
  message: string;
  fix: string;
}

export interface LoadedHelp {
  /** The helper as this copy publishes it; undefined when content/help.yaml cannot be read at all. */
  root?: HelpQuestion;
  problems: HelpProblem[];
}

type Path = (string | number)[];

/** One YAML file being turned into nodes: where each path in it is. */
class HelpFile {
  readonly shown: string;
  readonly source: string;
  readonly layer: Where['layer'];
  constructor(shown: string, source: string, layer: Where['layer']) {
    this.shown = shown;
    this.source = source;
    this.layer = layer;
  }

  where(path: Path): Where {
    return { file: this.shown, line: lineOfPath(this.source, path) ?? 1, layer: this.layer };
  }

  problem(path: Path, message: string, fix: string): HelpProblem {
    return { severity: 'error', file: this.shown, line: this.where(path).line, message, fix };
  }

  /** Where each field of an entry is, and each item of its lists. */
  fieldsAt(data: Record<string, unknown>, path: Path): Record<string, Where> {
    const at: Record<string, Where> = {};
    for (const [key, value] of Object.entries(data)) {
      if (key === 'answers' || value === undefined) continue;
      at[key] = this.where([...path, key]);
      if (Array.isArray(value)) value.forEach((_, i) => (at[`${key}.${i}`] = this.where([...path, key, i])));
    }
    return at;
  }

  /** The page an answer opens, and everything under it. */
  node(data: HelpAnswerData | HelpAdditionData, path: Path): HelpNode {
    const at = this.fieldsAt(data, path);
    const where = this.where(path);
    if (data.question !== undefined) {
      const answers = (data.answers ?? []).map((answer, i) => ({
        label: answer.answer,
        next: this.node(answer, [...path, 'answers', i]),
      }));
      return { kind: 'question', slug: data.slug, title: data.question, hint: data.hint, answers, where, at };
    }
    const { title, now, guide, section, notes, moreGuides, contacts, pocketCard } = data;
    // oneKindOfPage in the schema made sure an end page has these.
    return {
      kind: 'end',
      slug: data.slug,
      title: title!,
      now,
      guide: guide!,
      section,
      notes,
      moreGuides,
      contacts: contacts!,
      pocketCard,
      where,
      at,
    };
  }
}

/** A schema's complaint, one problem per line of `formatIssues`. */
function schemaProblems(file: HelpFile, error: z.ZodError, schema: unknown): HelpProblem[] {
  return formatIssues(file.shown, error, { source: file.source, shapeAt: shapeFinder(schema) })
    .split('\n')
    .map((text) => {
      const [, at, message] = /^(.*?) — (.*)$/.exec(text) ?? [text, file.shown, text];
      const line = /:(\d+)$/.exec(at)?.[1];
      return {
        severity: 'error' as const,
        file: file.shown,
        line: line ? Number(line) : undefined,
        message: stepsHint(message),
        fix: HELP_DOCS,
      };
    });
}

/** The old flow copied steps into each end page; say where they come from now. */
const stepsHint = (message: string) =>
  /(^|\.)steps: unknown field/.test(message)
    ? `${message.replace(/; .*$/, '')}: an end page shows its guide's own steps (the first <Steps>, or the section: you name), so remove steps:`
    : message;

/** Reads a YAML file, or says why it cannot be read (a syntax error, with its line). */
function readHelpFile(
  path: string,
  root: string,
  layer: Where['layer'],
): { file: HelpFile; data: unknown } | { problems: HelpProblem[] } {
  const shown = shownPath(root, path);
  try {
    const { data, source } = readYaml(path, shown);
    return { file: new HelpFile(shown, source, layer), data: data ?? {} };
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return {
      problems: error.message.split('\n').map((text) => {
        const [, line, message] = /^.*?:(\d+) — (.*)$/.exec(text) ?? [text, '1', text];
        return { severity: 'error' as const, file: shown, line: Number(line), message, fix: HELP_DOCS };
      }),
    };
  }
}

/** Each page by its address ("" for the first question), with the question that leads to it. */
interface Placed {
  node: HelpNode;
  parent?: HelpQuestion;
  answer?: { label: string };
}
function placesOf(root: HelpQuestion): Map<string, Placed> {
  const places = new Map<string, Placed>([['', { node: root }]]);
  const visit = (question: HelpQuestion, path: string) => {
    for (const answer of question.answers) {
      const address = `${path}${answer.next.slug}`;
      places.set(address, { node: answer.next, parent: question, answer });
      if (answer.next.kind === 'question') visit(answer.next, `${address}/`);
    }
  };
  visit(root, '');
  return places;
}

const shown = (address: string) => (address === '' ? '/' : address);
const helpUrl = (address: string) => `help/${address ? `${address}/` : ''}`;
const parentOf = (address: string) => address.split('/').slice(0, -1).join('/');
const ADDRESS_FIX =
  'write the page\'s address as it follows /help/ in the browser, like "lost-a-device/work-device", or "/" for the first question';

/** Fields each kind of page has to change; the first question has no link words. */
function changeable(place: Placed): readonly string[] {
  if (!place.parent) return ['question', 'hint'];
  return place.node.kind === 'question' ? ['answer', 'question', 'hint'] : ['answer', ...END_FIELDS];
}

/**
 * Applies a trust's help.yaml to the central tree, in place: hide, then change, then add, so an added
 * answer may take the slug of one it hides. Returns its problems, and the questions its hide: emptied.
 */
function applyOverlay(
  root: HelpQuestion,
  file: HelpFile,
  data: z.output<typeof helpOverlaySchema>,
): { problems: HelpProblem[]; emptied: Set<HelpNode> } {
  const problems: HelpProblem[] = [];
  const places = placesOf(root);
  const addresses = [...places.keys()].map(shown);
  const unknown = (path: Path, written: string, what: string) => {
    const plain = plainAddress(written) || '/';
    // A typo, or the start of a longer address ("lost-a-device/smartcard" for "…/smartcard-or-badge").
    const near = suggest(plain, addresses) ?? addresses.find((a) => a.startsWith(plain));
    problems.push(
      file.problem(
        path,
        `${what}: "${written}" is not a page of the helper`,
        near ? `did you mean "${near}"? Or ${ADDRESS_FIX}` : ADDRESS_FIX,
      ),
    );
  };

  // hide: every page under a hidden one goes with it.
  const hidden = new Map<string, Path>();
  data.hide.forEach((written, i) => {
    const address = plainAddress(written);
    if (!places.has(address)) return unknown(['hide', i], written, 'hide');
    if (address === '')
      return problems.push(
        file.problem(
          ['hide', i],
          'hide: the first question cannot be hidden: it is the helper',
          'hide the pages under it instead',
        ),
      );
    hidden.set(address, ['hide', i]);
  });
  const isHidden = (address: string) => [...hidden.keys()].some((h) => address === h || address.startsWith(`${h}/`));
  const lastHideOf = new Map<HelpQuestion, Path>();
  for (const [address, path] of hidden) {
    const place = places.get(address)!;
    place.parent!.answers = place.parent!.answers.filter((a) => a.next !== place.node);
    lastHideOf.set(place.parent!, path);
  }

  data.change.forEach((change: HelpChangeData, i) => {
    const address = plainAddress(change.page);
    const place = places.get(address);
    if (!place) return unknown(['change', i, 'page'], change.page, 'change');
    if (isHidden(address)) {
      return problems.push(
        file.problem(
          ['change', i, 'page'],
          `change: "${change.page}" is hidden (hide:), so the change would show nowhere`,
          'remove the change, or take the page out of hide:',
        ),
      );
    }
    if (data.change.findIndex((c) => plainAddress(c.page) === address) < i) {
      return problems.push(
        file.problem(
          ['change', i, 'page'],
          `change: "${change.page}" is changed twice`,
          'put all its changes in one entry',
        ),
      );
    }
    const allowed = changeable(place);
    const { node } = place;
    for (const [key, value] of Object.entries(change)) {
      if (key === 'page' || value === undefined) continue;
      const path = ['change', i, key];
      if (!allowed.includes(key)) {
        const [message, fix] = !place.parent
          ? [`${key}: the first question has only question: and hint: to change`, 'remove this line']
          : node.kind === 'question'
            ? [
                `${key}: "${shown(address)}" asks a question, so it has no ${key}: to change`,
                `change the pages its answers open by their own addresses, like "${address}/${node.answers[0]?.next.slug ?? 'its-answer'}"`,
              ]
            : [
                `${key}: "${shown(address)}" is an end page, so it has no ${key}: to change`,
                `to ask a question there instead, hide it and add a question to "${shown(parentOf(address))}" under add:`,
              ];
        problems.push(file.problem(path, message, fix));
        continue;
      }
      if (key === 'answer') place.answer!.label = value as string;
      else if (key === 'question') node.title = value as string;
      else (node as unknown as Record<string, unknown>)[key] = value;
      // The central file's lines for this field no longer apply: the trust's do.
      for (const at of Object.keys(node.at)) if (at === key || at.startsWith(`${key}.`)) delete node.at[at];
      Object.assign(node.at, file.fieldsAt({ [key]: value }, ['change', i]));
    }
  });

  data.add.forEach((addition: HelpAdditionData, i) => {
    const address = plainAddress(addition.to);
    const place = places.get(address);
    if (!place) return unknown(['add', i, 'to'], addition.to, 'add');
    if (isHidden(address))
      return problems.push(
        file.problem(
          ['add', i, 'to'],
          `add: "${addition.to}" is hidden (hide:), so its new answer would show nowhere`,
          'add it to a question you keep, or take that question out of hide:',
        ),
      );
    const question = place.node;
    if (question.kind !== 'question') {
      return problems.push(
        file.problem(
          ['add', i, 'to'],
          `add: "${addition.to}" is an end page, so it has no answers to add to`,
          `add to the question that leads to it ("${shown(parentOf(address))}")`,
        ),
      );
    }
    const slugs = question.answers.map((a) => a.next.slug);
    if (slugs.includes(addition.slug)) {
      const there = `${address ? `${address}/` : ''}${addition.slug}`;
      return problems.push(
        file.problem(
          ['add', i, 'slug'],
          `slug: ${helpUrl(there)} is a page already`,
          `pick another slug, or change that page (change: with page: ${there})`,
        ),
      );
    }
    let at = question.answers.length;
    if (addition.before !== undefined) {
      at = slugs.indexOf(addition.before);
      if (at < 0) {
        const near = suggest(addition.before, slugs);
        problems.push(
          file.problem(
            ['add', i, 'before'],
            `before: "${addition.before}" is not an answer of ${helpUrl(address)}`,
            near ? `did you mean "${near}"?` : `use one of ${slugs.join(', ')}, or leave before: out to put it last`,
          ),
        );
        // Checked as if it went last, so its other mistakes show too.
        at = question.answers.length;
      }
    }
    const next = file.node(addition, ['add', i]);
    question.answers.splice(at, 0, { label: addition.answer, next });
    places.set(`${address ? `${address}/` : ''}${addition.slug}`, {
      node: next,
      parent: question,
      answer: question.answers[at],
    });
  });

  // A question whose every answer the trust hid, and added none to, is a dead end of the trust's making.
  const emptied = new Set<HelpNode>();
  for (const [question, path] of lastHideOf) {
    const address = [...places].find(([, p]) => p.node === question)![0];
    if (question.answers.length > 0 || isHidden(address)) continue;
    emptied.add(question);
    problems.push(
      file.problem(
        path,
        `hide: this leaves the question at ${helpUrl(address)} with no answers, a dead end`,
        `hide that question ("${shown(address)}") instead, or add an answer to it under add:`,
      ),
    );
  }
  return { problems, emptied };
}

/** Problems with the tree's shape alone: dead ends, too many taps, two answers to one address. */
export function shapeProblems(root: HelpQuestion, reported: ReadonlySet<HelpNode> = new Set()): HelpProblem[] {
  const problems: HelpProblem[] = [];
  const at = (node: HelpNode, message: string, fix: string) =>
    problems.push({ severity: 'error', file: node.where.file, line: node.where.line, message, fix });
  for (const page of flowPages(root)) {
    const { node } = page;
    const taps = tapsFromHome(page);
    if (taps > MAX_TAPS_FROM_HOME) {
      at(
        node,
        `help/${page.path} is ${taps} taps from the home page; the most is ${MAX_TAPS_FROM_HOME}`,
        'ask fewer questions: give this answer to the question above, or make that question an end page',
      );
    }
    if (node.kind !== 'question') continue;
    if (node.answers.length === 0 && !reported.has(node)) {
      at(
        node,
        `help/${page.path} asks "${node.title}" with no answers, a dead end`,
        'add answers: under it, or make it an end page (title:, guide:, contacts:)',
      );
    }
    const seen = new Set<string>();
    for (const answer of node.answers) {
      if (seen.has(answer.next.slug))
        at(
          answer.next,
          `help/${page.path}${answer.next.slug}/ is the address of two answers of help/${page.path}`,
          'give each answer its own slug',
        );
      seen.add(answer.next.slug);
    }
  }
  return problems;
}

/**
 * The helper for a copy of the guide: content/help.yaml with the overlay's help.yaml applied, and every
 * problem found in either, with its file and line. `root` is the project root, for the paths shown.
 */
export function loadHelp(
  site: Pick<SiteConfig, 'contentDir' | 'overlayDir'>,
  root = dirname(site.contentDir),
): LoadedHelp {
  const central = readHelpFile(resolve(site.contentDir, HELP_FILE), root, 'central');
  if ('problems' in central) return { problems: central.problems };
  const parsed = helpSchema.safeParse(central.data, { reportInput: true });
  if (!parsed.success) return { problems: byLine(schemaProblems(central.file, parsed.error, helpSchema)) };
  const first = central.file.node({ ...parsed.data, answer: '', slug: '' } as HelpAnswerData, []) as HelpQuestion;

  const problems: HelpProblem[] = [];
  let reported = new Set<HelpNode>();
  const overlayPath = site.overlayDir && resolve(site.overlayDir, HELP_FILE);
  if (overlayPath && existsSync(overlayPath)) {
    const overlay = readHelpFile(overlayPath, root, 'overlay');
    if ('problems' in overlay) problems.push(...overlay.problems);
    else {
      const changes = helpOverlaySchema.safeParse(overlay.data, { reportInput: true });
      if (!changes.success) problems.push(...schemaProblems(overlay.file, changes.error, helpOverlaySchema));
      else {
        const applied = applyOverlay(first, overlay.file, changes.data);
        problems.push(...applied.problems);
        reported = applied.emptied;
      }
    }
  }
  problems.push(...shapeProblems(first, reported));
  return { root: first, problems: byLine(problems) };
}

/** Problems in reading order: by file, then line. */
const byLine = (problems: HelpProblem[]) =>
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));

/** A problem as the build and the checks print it: `file:line — what is wrong — how to fix it`. */
export const formatHelpProblem = (p: HelpProblem) => `${p.file}${p.line ? `:${p.line}` : ''} — ${p.message} — ${p.fix}`;
