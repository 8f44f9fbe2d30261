import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { lineOfPath } from '../../config/yaml-lines';
import { frontmatterOfFile } from '../../content/files';
import { centralHash, parseReplaces } from '../../content/replaces';
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
 * The Welsh guides (content/cy/guides, with languages: [en, cy]): each translates an English guide of
 * the same file name, from a version its `translationOf:` names. A Welsh file with no English guide is
 * an error (it would show nowhere); one whose English guide changed since is a warning, as its words may
 * now say something else; a draft is a notice, so drafts are listed until a Welsh speaker reviews them,
 * and an error with --strict.
 */
function welshGuideProblems({ content, settings }: CheckContext): Problem[] {
  if (!content.site.languages.includes('cy')) return [];
  const folder = resolve(content.site.contentDir, 'cy', 'guides');
  if (!existsSync(folder)) return [];
  const problems: Problem[] = [];
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.mdx'))) {
    const slug = name.slice(0, -'.mdx'.length);
    const path = resolve(folder, name);
    const yaml = frontmatterOfFile(path);
    const data = (parse(yaml) ?? {}) as WelshFrontmatter;
    const file = relative(content.root, path).replaceAll('\\', '/');
    const at = (field: string) => ({ check: 'welsh', file, line: (lineOfPath(yaml, [field]) ?? 0) + 1 });
    const english = resolve(content.site.contentDir, 'guides', name);
    if (!existsSync(english)) {
      problems.push({
        ...at('translationOf'),
        line: 1,
        severity: 'error',
        message: `there is no English guide content/guides/${name} for this Welsh guide to translate`,
        fix: 'give the file the same name as the English guide it translates, or remove it',
      });
      continue;
    }
    const now = centralHash(readFileSync(english, 'utf8'));
    const written = parseReplaces(String(data.translationOf ?? ''));
    if (written && written.slug === slug && written.hash !== now)
      problems.push({
        ...at('translationOf'),
        severity: 'warning',
        message: `the English guide ${slug} has changed since this was translated from it (${written.hash}, now ${now})`,
        fix: `compare with content/guides/${name} (git log -p content/guides/${name} shows what changed), bring the Welsh up to date, set translationOf: ${slug}@${now} and translation: draft`,
      });
    else if (!written || written.slug !== slug)
      problems.push({
        ...at('translationOf'),
        severity: 'error',
        message: `translationOf: expected "${slug}@" and the 12-letter hash of the English file`,
        fix: `write "translationOf: ${slug}@${now}" if the Welsh matches content/guides/${name} as it is now`,
      });
    problems.push(...missingUrgentPhrases(english, data, file, slug));
    // --strict (a copy about to publish) refuses drafts; day to day they are listed, so none is forgotten.
    if (data.translation === 'draft')
      problems.push({
        ...at('translation'),
        severity: settings.strict ? 'error' : 'notice',
        message: 'a draft translation: a Welsh speaker has not yet checked it',
        fix: 'ask a Welsh speaker to review it; they set translation: reviewed, reviewedBy and reviewedOn',
      });
  }
  return problems;
}

/** The Welsh guides: each names an English guide that exists, and the version it translates; urgent ones have Welsh urgent phrases. */
export const welshCheck: Check = { name: 'welsh', run: welshGuideProblems };
