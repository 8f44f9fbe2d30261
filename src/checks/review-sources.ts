import { lineOfPath } from '../config/yaml-lines';
import type { GuideFile } from '../content/content-set';
import type { CheckContext } from './types';
import type { Problem } from '../schemas/problem';

/**
 * The sources a page had when its `reviewed` date was set, as far as the reports know: kept from the
 * last report while the date stays the same, and the page's own sources once the date changes.
 */
export function reviewedSourcesOf(
  page: { reviewed?: string; sources?: string[] },
  was: { reviewed?: string; sources?: string[]; reviewedSources?: string[] } | undefined,
): string[] | undefined {
  if (!page.sources) return undefined;
  return was && was.reviewed === page.reviewed ? (was.reviewedSources ?? was.sources ?? page.sources) : page.sources;
}

/**
 * A review date means a person checked the page against its sources. When a guide's sources change
 * and its `reviewed` date does not, nobody has said the page still matches them: a warning, found by
 * comparing with the last build's content report (reports/content.json), which records both.
 */
export function sourcesChangedWithoutReview(guides: GuideFile[], previous: CheckContext['previous']): Problem[] {
  if (!previous) return [];
  const before = new Map(previous.pages.map((page) => [page.path, page]));
  return guides.flatMap((guide): Problem[] => {
    const was = before.get(`/guides/${guide.slug}/`);
    // The sources when the page was last reviewed, carried from report to report until `reviewed` changes.
    const checked = was?.reviewedSources ?? was?.sources;
    if (!guide.data || !checked) return [];
    const now = guide.data.sources.map((source) => source.url);
    const added = now.filter((url) => !checked.includes(url));
    const removed = checked.filter((url) => !now.includes(url));
    const reviewed = guide.data.reviewed.toISOString().slice(0, 10);
    if ((added.length === 0 && removed.length === 0) || reviewed !== was!.reviewed) return [];
    const change = [
      added.length ? `added ${added.join(', ')}` : '',
      removed.length ? `removed ${removed.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    return [
      {
        severity: 'warning',
        check: 'review',
        file: guide.file,
        line: (lineOfPath(guide.yaml, ['reviewed']) ?? 1) + guide.lineOffset,
        message: `"${guide.data.title}" has had new sources since it was reviewed on ${reviewed} (${change})`,
        fix: `ask ${guide.data.owner} to check the page against its sources, then set reviewed to the day they did`,
      },
    ];
  });
}
