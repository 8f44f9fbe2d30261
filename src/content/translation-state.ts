// Where a Welsh file stands against the English file it translates: its `translationOf: name@hash`
// names the English version it was made from, and `translation:` says whether a Welsh speaker checked
// it. One reading for every Welsh file, so the checks and the "updated in English" notice agree.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { lineOfPath } from '../config/yaml-lines';
import { frontmatterOfFile } from './files';
import { centralHash, parseReplaces } from './replaces';
import { welshMdxFiles, type WelshFile } from './welsh-mdx-files';
import type { Problem } from '../schemas/problem';
import type { SiteConfig } from '../schemas/site';

/** The English file a Welsh file translates: the name `translationOf:` gives, its text, and its path as shown. */
export interface EnglishSource {
  name: string;
  source: string;
  shown: string;
}

/** A Welsh file as its translation fields are read: the YAML holding them, and where that YAML starts in the file. */
export interface WelshTranslation {
  check: string;
  /** The file as shown to editors. */
  file: string;
  /** The YAML with translationOf and translation: the whole file, or a guide's frontmatter. */
  yaml: string;
  /** Lines before the YAML in the file: 1 for frontmatter (the opening ---), 0 for a YAML file. */
  lineOffset: number;
  data: { translationOf?: unknown; translation?: unknown };
}

type State = { kind: 'current' } | { kind: 'stale'; was: string; now: string } | { kind: 'unnamed'; now: string };

/** current, stale (the English changed since the version named) or unnamed (translationOf not `name@hash` of this English file). */
function translationState(translationOf: unknown, english: Omit<EnglishSource, 'shown'>): State {
  const now = centralHash(english.source);
  const written = parseReplaces(String(translationOf ?? ''));
  if (!written || written.slug !== english.name) return { kind: 'unnamed', now };
  return written.hash === now ? { kind: 'current' } : { kind: 'stale', was: written.hash, now };
}

const REVIEW = 'ask a Welsh speaker to review it; they set translation: reviewed, reviewedBy and reviewedOn';

/**
 * A Welsh file's translation problems: translationOf not in the form name@hash of its English file (an
 * error), the English changed since (a warning, with the hash to write), and a draft: a notice day to day,
 * so none is forgotten, and an error with --strict, which a copy runs before it publishes.
 */
export function translationProblems(
  welsh: WelshTranslation,
  english: EnglishSource | undefined,
  strict: boolean,
): Problem[] {
  const at = (field: 'translationOf' | 'translation') => {
    const line = lineOfPath(welsh.yaml, [field]);
    return { check: welsh.check, file: welsh.file, field, line: line === undefined ? 1 : line + welsh.lineOffset };
  };
  const problems: Problem[] = [];
  const state = english ? translationState(welsh.data.translationOf, english) : undefined;
  if (english && state?.kind === 'unnamed')
    problems.push({
      ...at('translationOf'),
      severity: 'error',
      message: `expected "${english.name}@" and the 12-letter hash of ${english.shown}`,
      fix: `write "translationOf: ${english.name}@${state.now}" if the Welsh matches ${english.shown} as it is now`,
    });
  if (english && state?.kind === 'stale')
    problems.push({
      ...at('translationOf'),
      severity: 'warning',
      message: `the English file ${english.shown} has changed since this was translated from it (${state.was}, now ${state.now})`,
      fix: `compare with ${english.shown} (git log -p ${english.shown} shows what changed), bring the Welsh up to date, set translationOf: ${english.name}@${state.now} and translation: draft`,
    });
  if (welsh.data.translation === 'draft')
    problems.push({
      ...at('translation'),
      severity: strict ? 'error' : 'notice',
      message: strict
        ? 'a draft, and --strict publishes only Welsh a Welsh speaker has checked'
        : 'a draft: a Welsh speaker has not yet checked it',
      fix: REVIEW,
    });
  return problems;
}

/**
 * The English .mdx a Welsh guide or site page translates: the trust's own English file for a Welsh file
 * in its overlay, when it has one, else the central one. Undefined when there is none.
 */
export function englishMdxOf(
  site: Pick<SiteConfig, 'contentDir' | 'overlayDir'>,
  folder: 'guides' | 'pages',
  welsh: WelshFile,
): string | undefined {
  const dirs = [...(welsh.layer === 'overlay' && site.overlayDir ? [site.overlayDir] : []), site.contentDir];
  return dirs.map((dir) => resolve(dir, folder, `${welsh.slug}.mdx`)).find((path) => existsSync(path));
}

/**
 * The Welsh guides, central and a trust's, whose English guide has changed since the version their
 * `translationOf:` names, by slug: their pages tell readers the English may now say more (the welsh
 * check warns the editors).
 */
export function welshGuidesOutOfDate(site: SiteConfig): string[] {
  return welshMdxFiles(site, 'guides')
    .filter((welsh) => {
      const english = englishMdxOf(site, 'guides', welsh);
      if (!english) return false;
      const data = (parse(frontmatterOfFile(welsh.path)) ?? {}) as { translationOf?: unknown };
      const state = translationState(data.translationOf, { name: welsh.slug, source: readFileSync(english, 'utf8') });
      return state.kind === 'stale';
    })
    .map((welsh) => welsh.slug);
}
