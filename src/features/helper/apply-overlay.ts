// A trust's help.yaml applied to the central helper: hide, change and add, each by a page's address.
import type { z } from 'astro/zod';
import { suggest } from '../../config/errors';
import type { Problem } from '../../schemas/problem';
import { END_FIELDS, type HelpAdditionData, type HelpChangeData, type helpOverlaySchema } from '../../schemas/help';
import type { HelpFile, Path } from './help-file';
import type { HelpNode, HelpQuestion } from './types';
import { plainAddress } from './walk';

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
export function applyOverlay(
  root: HelpQuestion,
  file: HelpFile,
  data: z.output<typeof helpOverlaySchema>,
): { problems: Problem[]; emptied: Set<HelpNode> } {
  const problems: Problem[] = [];
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
