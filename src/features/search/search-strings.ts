// The words and addresses the search scripts need, as data- attributes on their element: scripts
// carry no text of their own, so a trust can change every word in content/strings.yaml. The words and
// the index are the page's own language's (its header search is Welsh on a Welsh page with English words).
import { href } from '../../utils/paths';
import site from 'virtual:cyber-guide/site';
import { PAGEFIND_FOLDER } from './search-bundle';
import { tCount, tMenu as t } from '../../utils/ui-strings';
import { pageLanguages } from '../../utils/language';
import type { PluralForms } from '../../schemas/strings';

/** Labels for the index's "type" values, set by the page layout from each page's kind, in the page's language. */
export const typeLabels = () =>
  ({
    guide: t('search.type.guide'),
    checklist: t('search.type.checklist'),
    tip: t('search.type.tip'),
    scenario: t('search.type.scenario'),
  }) as const;

export function searchStrings(): Record<string, string> {
  // "{count} results": one set of words in English, as it always was. Where a language's words change
  // with the number (Welsh "2 ganlyniad", "3 chanlyniad"), the forms that differ from `other` go too:
  // every page carries them, for its header's search, so no form is carried twice.
  const { forms, single } = tCount('search.results', pageLanguages().menus);
  const { other, ...byForm } = JSON.parse(forms) as PluralForms;
  const differ = Object.fromEntries(Object.entries(byForm).filter(([, words]) => words !== other));
  return {
    'data-bundle': href(PAGEFIND_FOLDER),
    'data-base': href(),
    'data-index-tag': site.searchIndexTag,
    // Only on Welsh pages (English pages stay as they were): the Welsh common words and mutations.
    ...(pageLanguages().menus === 'cy' ? { 'data-language': 'cy' } : {}),
    'data-hints': href('search/'),
    'data-types': JSON.stringify(typeLabels()),
    'data-results': single ?? other,
    ...(Object.keys(differ).length > 0 ? { 'data-results-forms': JSON.stringify(differ) } : {}),
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
