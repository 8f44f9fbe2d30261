import type { Check } from '../types';
import { alertsCheck } from './alerts';
import { componentsCheck } from './components';
import { consistencyCheck } from './consistency';
import { duplicatesCheck } from './duplicates';
import { fieldsCheck } from './fields';
import { headingsCheck } from './headings';
import { helpCheck } from './help';
import { httpsCheck } from './https';
import { imagesCheck } from './images';
import { linksCheck } from './links';
import { markupCheck } from './markup';
import { namedFactsCheck } from './named-facts';
import { nationsCheck } from './nations';
import { readabilityCheck } from './readability';
import { referencesCheck } from './references';
import { retiredTermsCheck } from './retired-terms';
import { reviewDatesCheck } from './review-dates';
import { staleOverridesCheck } from './stale-overrides';
import { stringsCheck } from './strings';
import { welshCheck } from './welsh';
import { welshAlertsCheck } from './welsh-alerts';
import { welshTermsCheck } from './welsh-terms';
import { welshWordsCheck } from './welsh-words';
import { welshPagesCheck } from './welsh-pages';

/** Every content check, in the order the editors' guide explains them. */
export const CHECKS: Check[] = [
  fieldsCheck,
  stringsCheck,
  helpCheck,
  consistencyCheck,
  alertsCheck,
  staleOverridesCheck,
  welshCheck,
  welshTermsCheck,
  welshWordsCheck,
  welshAlertsCheck,
  welshPagesCheck,
  linksCheck,
  referencesCheck,
  componentsCheck,
  nationsCheck,
  imagesCheck,
  headingsCheck,
  markupCheck,
  httpsCheck,
  retiredTermsCheck,
  namedFactsCheck,
  reviewDatesCheck,
  readabilityCheck,
  duplicatesCheck,
];
