// The words and addresses the search scripts need, as data- attributes on their element: scripts
// carry no text of their own, so a trust can change every word in content/strings.yaml. The words and
// the index are the page's own language's (its header search is Welsh on a Welsh page with English words).
import { href } from '../../utils/paths';
import site from 'virtual:cyber-guide/site';
import { PAGEFIND_FOLDER } from './search-bundle';
import { tCount, tMenu as t } from '../../utils/ui-strings';
import { pageLanguages } from '../../utils/language';

/** Labels for the index's "type" values, set by the page layout from each page's kind, in the page's language. */
export const typeLabels = () =>
  ({
    guide: t('search.type.guide'),
    checklist: t('search.type.checklist'),
    tip: t('search.type.tip'),
    scenario: t('search.type.scenario'),
  }) as const;

export function searchStrings(): Record<string, string> {
  // "{count} results": one set of words in English, as it always was; form by form in Welsh ("3 chanlyniad").
  const results = tCount('search.results', pageLanguages().menus);
  return {
    'data-bundle': href(PAGEFIND_FOLDER),
    'data-base': href(),
    'data-index-tag': site.searchIndexTag,
    // Only on Welsh pages (English pages stay as they were): the Welsh common words and mutations.
    ...(pageLanguages().menus === 'cy' ? { 'data-language': 'cy' } : {}),
    'data-hints': href('search/'),
    'data-types': JSON.stringify(typeLabels()),
    ...(results.single === undefined
      ? { 'data-results-forms': results.forms, 'data-count-lang': results.lang }
      : { 'data-results': results.single }),
    'data-one': t('search.oneResult'),
    'data-none': t('search.none'),
    'data-loading': t('search.loading'),
    'data-unavailable': t('search.unavailable'),
    'data-corrected': t('search.corrected'),
    'data-exactly': t('search.exactly'),
    'data-see-all': t('search.seeAll'),
    'data-urgent-tag': t('search.urgentTag'),
    'data-filtered': t('search.filtered'),
    'data-filter-labels': JSON.stringify({ type: t('search.filter.type'), topic: t('search.filter.topic') }),
  };
}
