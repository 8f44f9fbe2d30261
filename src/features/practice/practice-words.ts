// The words the practice scripts show, as data- attributes on their container (see src/features/search/search-strings.ts):
// scripts carry no text of their own, so a trust can change every word in content/strings.yaml.
import { t, tCount } from '../../utils/ui-strings';

export function practiceWords(): Record<string, string> {
  return {
    'data-right': t('practice.right'),
    'data-wrong': t('practice.wrong'),
    'data-wrong-scam': t('practice.wrongScam'),
    'data-wrong-genuine': t('practice.wrongGenuine'),
    'data-unsure': t('practice.unsureAnswer'),
    'data-unsure-note': t('practice.unsureNote'),
    'data-flag-number': t('practice.flagNumber'),
    'data-score': tCount('practice.score').forms,
    'data-score-none': t('practice.scoreNone'),
    'data-not-saved': t('practice.notSaved'),
    'data-question-of': t('practice.questionOf'),
    'data-next': t('practice.next'),
    'data-finish': t('practice.finish'),
    'data-round-score-text': tCount('practice.roundScore').forms,
    'data-count-lang': tCount('practice.score').lang,
  };
}
