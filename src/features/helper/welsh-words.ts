// The helper's pages in Welsh: the words of content/cy/help.yaml by the page's address, and the steps of
// the Welsh guide the page names. A word with no Welsh yet shows in English, marked as English, so a
// screen reader reads it as English; the checks (welsh-help) list what is missing.
import { getCollection } from 'astro:content';
import site from 'virtual:cyber-guide/site';
import { HTML_LANG, pageLanguages } from '../../utils/language';
import { firstSteps, sectionSteps, urgentCallout } from './guide-facts';
import type { EndPage, QuestionPage } from './resolve';
import { plainAddress } from './walk';
import type { WelshHelpPage } from '../../schemas/welsh-help';

/** Words in Welsh, or in English with the lang attribute that says so. */
export interface Shown {
  text: string;
  lang?: string;
}
const welshOr = (welsh: string | undefined, english: string): Shown =>
  welsh !== undefined ? { text: welsh } : { text: english, lang: HTML_LANG.en };

/** The Welsh words of a helper page, when the page being made is Welsh and has them. */
const wordsOf = (path: string): WelshHelpPage | undefined =>
  pageLanguages().words === 'cy' ? site.welsh?.help[plainAddress(path)] : undefined;

/** A question page's words in Welsh; undefined on an English page. */
export function welshQuestion(page: QuestionPage): { title: Shown; hint?: Shown; answers: Shown[] } | undefined {
  const words = wordsOf(page.path);
  if (!words) return undefined;
  const { node } = page;
  return {
    title: welshOr(words.question, node.title),
    hint: node.hint === undefined ? undefined : welshOr(words.hint, node.hint),
    answers: node.answers.map((answer) =>
      welshOr(site.welsh?.help[plainAddress(`${page.path}${answer.next.slug}`)]?.answer, answer.label),
    ),
  };
}

/** A Welsh guide's words, by the English guide's slug. */
async function welshGuide(slug: string): Promise<{ title: string; body: string } | undefined> {
  const guide = (await getCollection('welshGuides')).find((g) => g.id === slug);
  return guide && { title: guide.data.title, body: guide.body ?? '' };
}

/**
 * The Welsh steps of an end page: the Welsh guide's <Steps> under the heading the Welsh helper names,
 * or its first <Steps> when the English page names no section; undefined when there are none in Welsh.
 */
function welshSteps(body: string, english: { section?: string }, words: WelshHelpPage): string[] | undefined {
  const steps =
    words.section !== undefined
      ? sectionSteps(body, words.section)
      : english.section === undefined
        ? firstSteps(body)
        : undefined;
  return steps?.length ? steps : undefined;
}

/** An end page's words in Welsh; undefined on an English page. */
export async function welshEnd(page: EndPage) {
  const words = wordsOf(page.path);
  if (!words) return undefined;
  const { node } = page;
  const guide = await welshGuide(node.guide);
  const steps = guide && welshSteps(guide.body, node, words);
  const titles = new Map<string, Shown>();
  for (const link of [...(node.guideLink ? [node.guideLink] : []), ...node.moreLinks])
    titles.set(link.slug, welshOr((await welshGuide(link.slug))?.title, link.title));
  return {
    title: welshOr(words.title, node.title),
    now: welshOr(words.now ?? (guide && urgentCallout(guide.body)), node.now),
    steps: steps ? { list: steps } : { list: node.steps, lang: HTML_LANG.en },
    notes: words.notes?.map((text) => ({ text })) ?? node.notes?.map((text) => welshOr(undefined, text)),
    titles,
  };
}
