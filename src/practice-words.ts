// The words the practice scripts show, as data- attributes on their container (see src/search-strings.ts).
import { t } from './ui-strings';

export function practiceWords(): Record<string, string> {
  return {
    'data-right': t('practice.right'),
    'data-wrong': t('practice.wrong'),
    'data-unsure': t('practice.unsureAnswer'),
    'data-score': t('practice.score'),
    'data-score-none': t('practice.scoreNone'),
    'data-question-of': t('practice.questionOf'),
    'data-next': t('practice.next'),
    'data-finish': t('practice.finish'),
    'data-round-score-text': t('practice.roundScore'),
  };
}
