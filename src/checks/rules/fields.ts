import type { z } from 'astro/zod';
import { schemaProblems as problemsOfSchema, shapeFinder, suggest, syntaxErrorProblem } from '../../config/errors';
import { checklistSchema } from '../../schemas/checklist';
import { guideSchema } from '../../schemas/guide';
import { pageSchema, SITE_PAGES } from '../../schemas/page';
import { lineOfPath } from '../../config/yaml-lines';
import { unknownHideProblem } from '../../content/layers';
import { RETIRED_PAGES_FILE } from '../../content/retired-pages';
import { retiredPagesSchema } from '../../schemas/retired-pages';
import { retiredTermsSchema } from '../../schemas/retired-terms';
import { scenarioSchema } from '../../schemas/scenario';
import { synonymsSchema } from '../../schemas/synonyms';
import { tipSchema } from '../../schemas/tip';
import type { ContentSet, MdxFile, YamlSyntaxError } from '../../content/content-set';
import type { Check } from '../types';
import type { Problem } from '../../schemas/problem';

/** Where the editors' guide describes each kind of file. */
const GUIDE_SECTION = {
  guide: 'see "Guide fields" in content/README.md',
  checklist: 'see "Checklists" in content/README.md',
  scenario: 'see "Practice scenarios" in content/README.md',
  tip: 'see "Tips" in content/README.md',
  synonyms: 'see "Synonyms" in content/README.md',
  retiredTerms: 'see "Retired terms" in content/README.md',
  retiredPages: 'see "Removing a page" in content/README.md',
  page: 'see "Site pages" in content/README.md',
};

/** The checklist schema's own duplicate-id message: the duplicates check says it better, with both lines. */
const isDuplicateItemId = (issue: z.core.$ZodIssue) =>
  issue.code === 'custom' && issue.path[0] === 'items' && issue.path[2] === 'id';

function schemaProblems(
  file: string,
  schema: z.ZodType,
  error: z.ZodError,
  source: string,
  lineOffset: number,
  fix: string,
  pathPrefix: PropertyKey[] = [],
): Problem[] {
  const issues = error.issues.filter((issue) => !isDuplicateItemId(issue));
  if (issues.length === 0) return [];
  return problemsOfSchema(file, { issues }, { source, lineOffset, pathPrefix, shapeAt: shapeFinder(schema), fix }).map(
    (problem) => ({ ...problem, check: 'fields' }),
  );
}

const syntaxProblems = (file: string, errors: YamlSyntaxError[], lineOffset: number): Problem[] =>
  errors.map((e) => ({ ...syntaxErrorProblem(file, e, lineOffset), check: 'fields' }));

/** The parser's message in plain words, and what to do about it. */
function mdxSyntaxProblem(message: string): { message: string; fix: string } {
  const tag = /closing tag for `<([^>]+)>`/.exec(message)?.[1];
  if (tag && /^[a-z]/.test(tag)) {
    return {
      message: `the tag <${tag}> is not closed, so the guide cannot be read`,
      fix: `end it with "/>", like <${tag} />, or close it with </${tag}>; to show a "<" as text, write \\<`,
    };
  }
  if (tag)
    return {
      message: `<${tag}> is not closed, so the guide cannot be read`,
      fix: `end it with </${tag}> on its own line, after a blank line, or end the tag with "/>"`,
    };
  const plain = message.replace(/\s*\(\d+:\d+\)/g, '').replace(/\s*\(mdx[^)]*\)$/, '');
  if (/expression/i.test(message))
    return {
      message: `the guide cannot be read: ${plain}`,
      fix: 'curly brackets start code in a guide: to show { or } as text, write \\{ or \\}',
    };
  if (/after `<`/.test(message))
    return {
      message: `the guide cannot be read: ${plain}`,
      fix: 'to show a "<" as text, write \\<; a web address goes in a link, like [text](https://…)',
    };
  return { message: `the guide cannot be read: ${plain}`, fix: 'compare it with the examples in content/README.md' };
}

function mdxProblems(files: MdxFile[], schema: z.ZodType, section: string): Problem[] {
  return files.flatMap((guide): Problem[] => {
    const problems: Problem[] = [];
    if (!guide.hasFrontmatter) {
      problems.push({
        severity: 'error',
        check: 'fields',
        file: guide.file,
        line: 1,
        message: `the ${guide.kind} has no fields at the top`,
        fix: `start the file with a line of ---, the fields, and another line of --- (copy them from another ${guide.kind})`,
      });
    } else {
      problems.push(...syntaxProblems(guide.file, guide.syntaxErrors, guide.lineOffset));
      if (guide.issues)
        problems.push(...schemaProblems(guide.file, schema, guide.issues, guide.yaml, guide.lineOffset, section));
    }
    if (guide.parseError) {
      problems.push({
        severity: 'error',
        check: 'fields',
        file: guide.file,
        line: guide.parseError.line,
        ...mdxSyntaxProblem(guide.parseError.message),
      });
    }
    return problems;
  });
}

function yamlProblems(content: ContentSet): Problem[] {
  const files = [
    ...content.checklists.map((f) => ({ f, schema: checklistSchema as z.ZodType, fix: GUIDE_SECTION.checklist })),
    ...content.scenarios.map((f) => ({ f, schema: scenarioSchema as z.ZodType, fix: GUIDE_SECTION.scenario })),
    ...content.synonyms.map((f) => ({ f, schema: synonymsSchema as z.ZodType, fix: GUIDE_SECTION.synonyms })),
    ...content.retiredTerms.map((f) => ({
      f,
      schema: retiredTermsSchema as z.ZodType,
      fix: GUIDE_SECTION.retiredTerms,
    })),
  ];
  const problems = files.flatMap(({ f, schema, fix }) => [
    ...syntaxProblems(f.file, f.syntaxErrors, 0),
    ...(f.issues ? schemaProblems(f.file, schema, f.issues, f.source, 0, fix) : []),
  ]);
  for (const tips of content.tips) {
    problems.push(...syntaxProblems(tips.file, tips.syntaxErrors, 0));
    if (!tips.syntaxErrors.length && !Array.isArray(tips.raw)) {
      problems.push({
        severity: 'error',
        check: 'fields',
        file: tips.file,
        line: 1,
        message: 'expected a list of tips',
        fix: 'start each tip with "- id: …"',
      });
    }
    for (const entry of tips.entries)
      if (entry.issues)
        problems.push(
          ...schemaProblems(tips.file, tipSchema, entry.issues, tips.source, 0, GUIDE_SECTION.tip, [entry.index]),
        );
  }
  return problems;
}

/** content/pages holds the site pages the footer links to, each of them and nothing else (as the build's loader insists). */
function sitePageNameProblems(content: ContentSet): Problem[] {
  const problems: Problem[] = content.pages
    .filter((page) => !(SITE_PAGES as readonly string[]).includes(page.slug))
    .map((page) => {
      const near = suggest(page.slug, SITE_PAGES);
      return {
        severity: 'error',
        check: 'fields',
        file: page.file,
        line: 1,
        message: `content/pages holds only ${SITE_PAGES.map((n) => `${n}.mdx`).join(', ')}`,
        fix: near ? `did you mean ${near}.mdx?` : 'rename the file to one of them',
      };
    });
  const central = new Set(content.pages.filter((p) => p.layer === 'central').map((p) => p.slug));
  const overlaid = new Set(content.pages.filter((p) => p.layer === 'overlay').map((p) => p.slug));
  for (const name of SITE_PAGES) {
    if (central.has(name) || overlaid.has(name)) continue;
    problems.push({
      severity: 'error',
      check: 'fields',
      file: `content/pages/${name}.mdx`,
      message: 'this page is missing, and the footer links to it',
      fix: `put it back (git checkout -- content/pages/${name}.mdx)`,
    });
  }
  return problems;
}

/**
 * Every `hide:` entry must name something in content/, or a trust thinks a page is gone when it is not.
 * A page central removed (content/retired-pages.yaml) is the stale check's warning instead.
 */
function hideProblems(content: ContentSet): Problem[] {
  return content.hidden.flatMap((hide): Problem[] => {
    const [collection, slug] = hide.entry.split('/') as [keyof ContentSet['centralSlugs'], string];
    if (content.centralSlugs[collection]?.has(slug) || content.retiredPages.has(hide.entry)) return [];
    return [
      {
        severity: 'error',
        check: 'fields',
        file: hide.file,
        line: hide.line,
        ...unknownHideProblem(collection, slug, content.centralSlugs[collection] ?? []),
      },
    ];
  });
}

/** content/retired-pages.yaml lists only pages that are gone: one still in content/ would hide a typo in hide:. */
function retiredPagesProblems(content: ContentSet): Problem[] {
  const file = content.retiredPagesFile;
  if (!file) return [];
  const problems = [
    ...syntaxProblems(file.file, file.syntaxErrors, 0),
    ...(file.issues
      ? schemaProblems(file.file, retiredPagesSchema, file.issues, file.source, 0, GUIDE_SECTION.retiredPages)
      : []),
  ];
  const listed = (file.raw as { pages?: unknown } | undefined)?.pages;
  for (const [index, entry] of (Array.isArray(listed) ? listed : []).entries()) {
    const [collection, slug] = String(entry).split('/') as [keyof ContentSet['centralSlugs'], string];
    if (!content.centralSlugs[collection]?.has(slug)) continue;
    problems.push({
      severity: 'error',
      check: 'fields',
      file: file.file,
      line: lineOfPath(file.source, ['pages', index]) ?? 1,
      message: `"${entry}" is listed as removed, but it is still in content/${collection}`,
      fix: `take it out of ${RETIRED_PAGES_FILE}, or delete the page`,
    });
  }
  return problems;
}

/** Every field in every file, as the build's schemas want it; the build itself stops at the first file with a problem. */
export const fieldsCheck: Check = {
  name: 'fields',
  run: ({ content }) => [
    ...mdxProblems(content.guides, guideSchema, GUIDE_SECTION.guide),
    ...mdxProblems(content.pages, pageSchema, GUIDE_SECTION.page),
    ...sitePageNameProblems(content),
    ...yamlProblems(content),
    ...hideProblems(content),
    ...retiredPagesProblems(content),
  ],
};
