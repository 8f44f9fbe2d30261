import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { relative, resolve } from 'node:path';
import { suggest } from '../../config/errors';
import { lineOfPath } from '../../config/yaml-lines';
import { shownPath, splitFrontmatter } from '../../content/files';
import { englishMdxOf, translationProblems, type WelshTranslation } from '../../content/translation-state';
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
const shownAddress = (address: string) => (address === '' ? '/' : address);

/** Welsh files of words that translate no one English file, so they name no translationOf. */
const WORD_FILES = ['site.yaml', 'strings.yaml', 'synonyms.yaml'];

/** Fields of a Welsh help page that only one kind of page has. */
const QUESTION_ONLY = ['question', 'hint'];
const END_ONLY = ['title', 'now', 'section', 'notes'];

/** content/cy/pages: each file is a site page, translated from the English page as it is now. */
function sitePageProblems({ content, settings }: CheckContext): Problem[] {
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
    // A trust's Welsh page may translate the central English page, when the trust has no English one of its own.
    const path = englishMdxOf(content.site, 'pages', page);
    const yaml = splitFrontmatter(readFileSync(page.path, 'utf8')).frontmatter ?? '';
    const data = (parseYaml(yaml) ?? {}) as Record<string, unknown>;
    const english = path
      ? { name: page.slug, source: readFileSync(path, 'utf8'), shown: shownPath(content.root, path) }
      : undefined;
    problems.push(...translationProblems({ check: CHECK, file, yaml, lineOffset: 1, data }, english, settings.strict));
  }
  return problems;
}

/** The Welsh helper: its addresses are the English helper's, every English page has Welsh words, and a
 * section it names is a heading of the Welsh guide. */
function helpProblems({ content, settings }: CheckContext): Problem[] {
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
    problems.push(...helpTranslation(file, content.root, content.site.contentDir, settings.strict));
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

/**
 * The Welsh files of words with no one English file to name (cy/site.yaml, cy/strings.yaml and
 * cy/synonyms.yaml, central and the trust's): a draft is listed until a Welsh speaker reviews it.
 */
function siteWordsProblems({ content, settings }: CheckContext): Problem[] {
  if (!content.site.languages.includes('cy')) return [];
  const dirs = [content.site.contentDir, ...(content.site.overlayDir ? [content.site.overlayDir] : [])];
  return dirs
    .flatMap((dir) => WORD_FILES.map((name) => resolve(dir, 'cy', name)))
    .filter((path) => existsSync(path))
    .flatMap((path) => {
      const yaml = readFileSync(path, 'utf8');
      const data = (parseYaml(yaml) ?? {}) as WelshTranslation['data'];
      const file = shownPath(content.root, path);
      return translationProblems({ check: CHECK, file, yaml, lineOffset: 0, data }, undefined, settings.strict);
    });
}

/**
 * translationOf and the draft of content/cy/help.yaml, against content/help.yaml; a trust's cy/help.yaml
 * adds words to the central ones, from no one English file, so only its draft is read.
 */
function helpTranslation(file: WelshHelpFile, root: string, contentDir: string, strict: boolean): Problem[] {
  const path = resolve(contentDir, 'help.yaml');
  const english = file.central
    ? { name: 'help', source: readFileSync(path, 'utf8'), shown: shownPath(root, path) }
    : undefined;
  return translationProblems(
    { check: CHECK, file: file.shown, yaml: file.source, lineOffset: 0, data: file.data },
    english,
    strict,
  );
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
