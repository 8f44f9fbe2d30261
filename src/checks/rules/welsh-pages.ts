import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { relative, resolve } from 'node:path';
import { suggest } from '../../config/errors';
import { lineOfPath } from '../../config/yaml-lines';
import { splitFrontmatter } from '../../content/files';
import { centralHash, parseReplaces } from '../../content/replaces';
import { welshMdxFiles } from '../../content/welsh-mdx-files';
import { headingsOf, sectionSteps } from '../../features/helper/guide-facts';
import { loadHelp } from '../../features/helper/load';
import type { HelpEnd, HelpNode } from '../../features/helper/types';
import { flowPages, plainAddress } from '../../features/helper/walk';
import { readWelshHelpFiles, welshHelpWords, type WelshHelpFile } from '../../features/helper/welsh-help';
import type { Problem } from '../../schemas/problem';
import { SITE_PAGES } from '../../schemas/page';
import type { Check, CheckContext } from '../types';
import { contactNameProblems } from './welsh-contact-names';

const CHECK = 'welsh pages';
const REVIEW = 'ask a Welsh speaker to review it; they set translation: reviewed, reviewedBy and reviewedOn';
const shownAddress = (address: string) => (address === '' ? '/' : address);

/** Fields of a Welsh help page that only one kind of page has. */
const QUESTION_ONLY = ['question', 'hint'];
const END_ONLY = ['title', 'now', 'section', 'notes'];

/** translationOf: stale (a warning, with the new hash) or not in the form name@hash (an error); a draft is a notice. */
function translationProblems(
  file: string,
  yaml: string,
  lineOffset: number,
  data: { translationOf?: unknown; translation?: unknown },
  english: { name: string; path: string; shown: string },
): Problem[] {
  const at = (field: string) => ({ check: CHECK, file, line: (lineOfPath(yaml, [field]) ?? 0) + lineOffset });
  const problems: Problem[] = [];
  const now = centralHash(readFileSync(english.path, 'utf8'));
  const written = parseReplaces(String(data.translationOf ?? ''));
  if (written && written.slug === english.name && written.hash !== now)
    problems.push({
      ...at('translationOf'),
      severity: 'warning',
      message: `${english.shown} has changed since this was translated from it (${written.hash}, now ${now})`,
      fix: `compare with ${english.shown} (git log -p ${english.shown} shows what changed), bring the Welsh up to date, set translationOf: ${english.name}@${now} and translation: draft`,
    });
  else if (!written || written.slug !== english.name)
    problems.push({
      ...at('translationOf'),
      severity: 'error',
      message: `translationOf: expected "${english.name}@" and the 12-letter hash of ${english.shown}`,
      fix: `write "translationOf: ${english.name}@${now}" if the Welsh matches ${english.shown} as it is now`,
    });
  if (data.translation === 'draft')
    problems.push({
      ...at('translation'),
      severity: 'notice',
      message: 'a draft translation: a Welsh speaker has not yet checked it',
      fix: REVIEW,
    });
  return problems;
}

/** content/cy/pages: each file is a site page, translated from the English page as it is now. */
function sitePageProblems({ content }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  for (const page of welshMdxFiles(content.site, 'pages')) {
    const file = relative(content.root, page.path).replaceAll('\\', '/');
    if (!(SITE_PAGES as readonly string[]).includes(page.slug)) {
      const near = suggest(page.slug, SITE_PAGES);
      problems.push({
        check: CHECK,
        severity: 'error',
        file,
        line: 1,
        message: `cy/pages holds only the Welsh ${SITE_PAGES.map((p) => `${p}.mdx`).join(', ')}, so this page shows nowhere`,
        fix: near ? `did you mean ${near}.mdx?` : 'rename it to the English page it translates, or remove it',
      });
      continue;
    }
    const dir = page.layer === 'overlay' && content.site.overlayDir ? content.site.overlayDir : content.site.contentDir;
    const englishPath = resolve(dir, 'pages', `${page.slug}.mdx`);
    // A trust's Welsh page may translate the central English page, when the trust has no English one of its own.
    const path = existsSync(englishPath) ? englishPath : resolve(content.site.contentDir, 'pages', `${page.slug}.mdx`);
    const yaml = splitFrontmatter(readFileSync(page.path, 'utf8')).frontmatter ?? '';
    const data = (parseYaml(yaml) ?? {}) as Record<string, unknown>;
    problems.push(
      ...translationProblems(file, yaml, 1, data, {
        name: page.slug,
        path,
        shown: relative(content.root, path).replaceAll('\\', '/'),
      }),
    );
  }
  return problems;
}

/** The Welsh helper: its addresses are the English helper's, every English page has Welsh words, and a
 * section it names is a heading of the Welsh guide. */
function helpProblems({ content }: CheckContext): Problem[] {
  if (!content.site.languages.includes('cy')) return [];
  const { root } = loadHelp(content.site, content.root);
  // A broken English helper is the help check's to report.
  if (!root) return [];
  const { files, problems: read } = readWelshHelpFiles(content.site, content.root);
  const problems: Problem[] = read.map((p) => ({ ...p, check: CHECK }));
  const pages = new Map<string, HelpNode>(flowPages(root).map((page) => [plainAddress(page.path), page.node]));
  const addresses = [...pages.keys()].map(shownAddress);
  const guides = new Map(welshMdxFiles(content.site, 'guides').map((g) => [g.slug, g]));

  for (const file of files) {
    const line = (path: PropertyKey[]) => lineOfPath(file.source, path);
    const problem = (severity: Problem['severity'], path: PropertyKey[], message: string, fix: string) =>
      problems.push({ check: CHECK, severity, file: file.shown, line: line(path), message, fix });
    if (file.central) problems.push(...helpTranslation(file, content.root, content.site.contentDir));
    for (const [written, words] of Object.entries(file.data.pages)) {
      const address = plainAddress(written);
      const node = pages.get(address);
      if (!node) {
        const near = suggest(shownAddress(address), addresses);
        problem(
          'error',
          ['pages', written],
          `"${written}" is not a page of the English helper, so these words show nowhere`,
          near
            ? `did you mean "${near}"? The addresses are those of help.yaml (see /help/ in the browser)`
            : 'use the address of a page of help.yaml, as it follows /help/ in the browser, or remove it',
        );
        continue;
      }
      const wrong = Object.keys(words).filter((field) =>
        node.kind === 'end'
          ? QUESTION_ONLY.includes(field)
          : END_ONLY.includes(field) || (field === 'answer' && address === ''),
      );
      for (const field of wrong)
        problem(
          'error',
          ['pages', written, field],
          `${field}: "${shownAddress(address)}" is ${node.kind === 'end' ? 'an end page' : address === '' ? 'the first question' : 'a question'}, which has no ${field}:`,
          node.kind === 'end'
            ? 'an end page has answer:, title:, now:, section: and notes:'
            : address === ''
              ? 'the first question has question: and hint:'
              : 'a question page has answer:, question: and hint:',
        );
      if (node.kind === 'end') sectionProblem(node, words.section, guides.get(node.guide)?.path, written, problem);
    }
  }

  // Every English page in Welsh: a page without is shown in English on the Welsh site.
  const words = welshHelpWords(files);
  const central = relative(content.root, resolve(content.site.contentDir, 'cy', 'help.yaml')).replaceAll('\\', '/');
  for (const [address, node] of pages) {
    if (words[address]) continue;
    problems.push({
      check: CHECK,
      severity: 'warning',
      file: files[0]?.shown ?? central,
      message: `the helper page "${shownAddress(address)}" ("${node.title}") has no Welsh words, so /cy/help/ shows it in English`,
      fix: `add "${shownAddress(address)}:" under pages: with its Welsh words`,
    });
  }
  return problems;
}

/** cy/site.yaml, central and the trust's: a draft is listed until a Welsh speaker reviews it. */
function siteWordsProblems({ content }: CheckContext): Problem[] {
  if (!content.site.languages.includes('cy')) return [];
  const dirs = [content.site.contentDir, ...(content.site.overlayDir ? [content.site.overlayDir] : [])];
  return dirs
    .map((dir) => resolve(dir, 'cy', 'site.yaml'))
    .filter((path) => existsSync(path))
    .flatMap((path) => {
      const yaml = readFileSync(path, 'utf8');
      if ((parseYaml(yaml) as { translation?: unknown } | null)?.translation !== 'draft') return [];
      return [
        {
          check: CHECK,
          severity: 'notice' as const,
          file: relative(content.root, path).replaceAll('\\', '/'),
          line: lineOfPath(yaml, ['translation']),
          message: 'a draft translation: a Welsh speaker has not yet checked it',
          fix: REVIEW,
        },
      ];
    });
}

/** translationOf and the draft notice of content/cy/help.yaml, against content/help.yaml. */
function helpTranslation(file: WelshHelpFile, root: string, contentDir: string): Problem[] {
  const path = resolve(contentDir, 'help.yaml');
  const yaml = file.source;
  return translationProblems(file.shown, yaml, 0, file.data, {
    name: 'help',
    path,
    shown: relative(root, path).replaceAll('\\', '/'),
  });
}

/** A Welsh end page's section: a heading of the Welsh guide with <Steps> under it. */
function sectionProblem(
  node: HelpEnd,
  section: string | undefined,
  welshGuide: string | undefined,
  written: string,
  problem: (severity: Problem['severity'], path: PropertyKey[], message: string, fix: string) => void,
): void {
  if (!welshGuide) return;
  const body = splitFrontmatter(readFileSync(welshGuide, 'utf8')).body;
  const withSteps = headingsOf(body)
    .map((h) => h.text)
    .filter((heading) => sectionSteps(body, heading)?.length);
  const choose = withSteps.length
    ? `name a heading of it with <Steps> under it (${withSteps.map((h) => `"${h}"`).join(', ')})`
    : 'add a <Steps> list under a ## heading of the Welsh guide';
  if (section === undefined) {
    if (node.section !== undefined)
      problem(
        'warning',
        ['pages', written],
        `"${written}" shows the steps under "${node.section}" in English, and names no heading of the Welsh guide cy/guides/${node.guide}.mdx, so its Welsh page shows the English steps`,
        `add section: with the Welsh heading: ${choose}`,
      );
    return;
  }
  if (sectionSteps(body, section)?.length) return;
  const near = suggest(section, withSteps);
  problem(
    'error',
    ['pages', written, 'section'],
    `section: "${section}" is not a heading of the Welsh guide cy/guides/${node.guide}.mdx with steps under it`,
    near ? `did you mean "${near}"?` : choose,
  );
}

/**
 * The Welsh helper (cy/help.yaml), site pages (cy/pages) and site words (cy/site.yaml): each names a page of the English helper or
 * an English site page, from a version it names; a draft is listed until a Welsh speaker reviews it. A
 * contact's name in a Welsh page stands where no word before it would mutate it.
 */
export const welshPagesCheck: Check = {
  name: CHECK,
  run: (context) => [
    ...sitePageProblems(context),
    ...siteWordsProblems(context),
    ...helpProblems(context),
    ...contactNameProblems(context, CHECK),
  ],
};
