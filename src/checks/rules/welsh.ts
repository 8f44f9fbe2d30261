import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { frontmatterOfFile, shownPath } from '../../content/files';
import { englishMdxOf, translationProblems } from '../../content/translation-state';
import { welshMdxFiles } from '../../content/welsh-mdx-files';
import type { Check, CheckContext } from '../types';
import type { Problem } from '../../schemas/problem';

interface WelshFrontmatter {
  translationOf?: unknown;
  translation?: unknown;
  urgentPhrases?: unknown;
}

/**
 * A Welsh guide whose English guide is urgent needs Welsh urgent phrases: without them a Welsh search
 * never shows it, or the service desk's number, above the results. A warning, as a draft may come first.
 */
function missingUrgentPhrases(english: string, welsh: WelshFrontmatter, file: string, slug: string): Problem[] {
  const source = (parse(frontmatterOfFile(english)) ?? {}) as { urgent?: unknown; urgentPhrases?: unknown };
  if (source.urgent !== true || (Array.isArray(welsh.urgentPhrases) && welsh.urgentPhrases.length > 0)) return [];
  const examples = Array.isArray(source.urgentPhrases) ? source.urgentPhrases.slice(0, 3).map(String) : [];
  return [
    {
      check: 'welsh',
      file,
      line: 1,
      severity: 'warning',
      message: `the English guide ${slug} is urgent, but this Welsh guide has no urgentPhrases, so a Welsh search never shows it in the urgent box`,
      fix: `add urgentPhrases: the Welsh words staff would type when they need it now, like [cliciais ar ddolen, agorais atodiad]${examples.length > 0 ? ` (the English guide has ${examples.join(', ')})` : ''}`,
    },
  ];
}

/**
 * The Welsh guides (content/cy/guides and a trust's cy/guides, with languages: [en, cy]): each translates
 * an English guide of the same file name, from a version its `translationOf:` names. A Welsh file with no
 * English guide is an error (it would show nowhere); the rest is the translation check every Welsh file
 * has (stale, wrong translationOf, drafts refused by --strict).
 */
function welshGuideProblems({ content, settings }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  for (const welsh of welshMdxFiles(content.site, 'guides')) {
    const { slug, path } = welsh;
    const yaml = frontmatterOfFile(path);
    const data = (parse(yaml) ?? {}) as WelshFrontmatter;
    const file = shownPath(content.root, path);
    const english = englishMdxOf(content.site, 'guides', welsh);
    if (!english) {
      problems.push({
        check: 'welsh',
        file,
        line: 1,
        severity: 'error',
        message: `there is no English guide content/guides/${slug}.mdx${welsh.layer === 'overlay' ? " (nor in the trust's guides/)" : ''} for this Welsh guide to translate`,
        fix: 'give the file the same name as the English guide it translates, or remove it',
      });
      continue;
    }
    const source = { name: slug, source: readFileSync(english, 'utf8'), shown: shownPath(content.root, english) };
    problems.push(
      ...translationProblems({ check: 'welsh', file, yaml, lineOffset: 1, data }, source, settings.strict),
      ...missingUrgentPhrases(english, data, file, slug),
    );
  }
  return problems;
}

/** The Welsh guides: each names an English guide that exists, and the version it translates; urgent ones have Welsh urgent phrases. */
export const welshCheck: Check = { name: 'welsh', run: welshGuideProblems };
