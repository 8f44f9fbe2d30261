import { z } from 'astro/zod';

/**
 * The key of every word of the interface. Its words are in content/strings.yaml (the editors' file);
 * this list is what pages may ask t() for, so a mistyped key fails the type check. Adding a word to the
 * interface: add its key here and its words to content/strings.yaml. Removing one: move its key to
 * RETIRED_STRING_KEYS, so a trust whose overlay still sets it is warned, not stopped.
 */
export const STRING_KEYS = [
  'skipLink',
  'nav.home',
  'nav.topics',
  'nav.checklists',
  'nav.tips',
  'nav.practice',
  'nav.az',
  'nav.help',
  'nav.label',
  'nav.progress',
  'help.caption',
  'help.back',
  'help.callNow',
  'help.doThisNow',
  'help.firstSteps',
  'help.whoToContact',
  'help.moreHelp',
  'help.fullGuide',
  'help.pocketCard',
  'help.startAgain',
  'help.noBlame',
  'posters.title',
  'posters.intro',
  'posters.printHint',
  'posters.noUrl',
  'posters.linkSuffix',
  'posters.topicLink',
  'posters.scan',
  'posters.qrLabel',
  'posters.callDesk',
  'pocketCard.title',
  'pocketCard.intro',
  'pocketCard.heading',
  'pocketCard.dont',
  'pocketCard.numbers',
  'pocketCard.fullGuide',
  'pocketCard.postersLink',
  'breadcrumb.label',
  'breadcrumb.backTo',
  'home.urgentHeading',
  'home.urgentIntro',
  'home.helper',
  'home.callServiceDesk',
  'home.topicsHeading',
  'home.moreHeading',
  'alerts.title',
  'alerts.intro',
  'alerts.none',
  'alerts.currentHeading',
  'alerts.endedHeading',
  'alerts.ended',
  'alerts.urgent',
  'alerts.warning',
  'alerts.until',
  'alerts.readGuide',
  'alerts.practise',
  'alerts.dismiss',
  'alerts.dismissed',
  'alerts.seeAll',
  'alerts.feedIntro',
  'alerts.searchLabel',
  'shortcuts.help',
  'shortcuts.alerts',
  'shortcuts.report',
  'guide.lastReviewed',
  'guide.nextReview',
  'guide.sources',
  'guide.related',
  'guide.topic',
  'checklist.whyLabel',
  'checklist.progress',
  'checklist.savedNowhere',
  'checklist.cleared',
  'checklist.reset',
  'checklist.resetConfirm',
  'checklist.resetYes',
  'checklist.resetNo',
  'checklist.onThisDevice',
  'checklist.seeProgress',
  'footer.about',
  'footer.accessibility',
  'footer.privacy',
  'footer.heading',
  'footer.publishedBy',
  'callout.info',
  'callout.warning',
  'callout.urgent',
  'doDont.do',
  'doDont.dont',
  'contact.call',
  'contact.email',
  'contact.hours',
  'contact.moreInfo',
  'search.label',
  'search.button',
  'search.results',
  'search.oneResult',
  'search.none',
  'search.loading',
  'search.unavailable',
  'search.urgent',
  'search.hint',
  'search.suggestions',
  'search.corrected',
  'search.exactly',
  'search.seeAll',
  'search.urgentTag',
  'search.filtered',
  'search.filter.type',
  'search.filter.topic',
  'search.filters',
  'search.type.guide',
  'search.type.checklist',
  'search.type.tip',
  'search.type.scenario',
  'search.more',
  'search.noScript',
  'search.azLink',
  'notFound.title',
  'notFound.intro',
  'notFound.home',
  'notFound.az',
  'notFound.help',
  'topics.title',
  'topic.emailAndPhishing',
  'topic.emailAndPhishing.intro',
  'topic.passwordsAndAccounts',
  'topic.passwordsAndAccounts.intro',
  'topic.devices',
  'topic.devices.intro',
  'topic.dataAndConfidentiality',
  'topic.dataAndConfidentiality.intro',
  'topic.incidentsAndReporting',
  'topic.incidentsAndReporting.intro',
  'topic.downtime',
  'topic.downtime.intro',
  'topic.workingSafely',
  'topic.workingSafely.intro',
  'az.intro',
  'az.checklistTitle',
  'az.letters',
  'tips.passwords',
  'tips.email',
  'tips.devices',
  'tips.data',
  'tips.reporting',
  'tips.workingSafely',
  'offline.ready',
  'offline.offline',
  'offline.offlineNotSaved',
  'offline.imagePlaceholder',
  'offline.unavailable',
  'offline.downloading',
  'offline.saving',
  'offline.coreReady',
  'offline.cleared',
  'offline.clearedOffline',
  'offline.progressLabel',
  'update.message',
  'update.reload',
  'offlinePage.title',
  'offlinePage.body',
  'offlinePage.next',
  'practice.example',
  'practice.channel.email',
  'practice.channel.text',
  'practice.channel.call',
  'practice.channel.qr',
  'practice.channel.inPerson',
  'practice.from',
  'practice.see',
  'practice.subject',
  'practice.question',
  'practice.choice.report',
  'practice.choice.fine',
  'practice.choice.unsure',
  'practice.pickOne',
  'practice.check',
  'practice.showAnswer',
  'practice.verdict.report',
  'practice.verdict.fine',
  'practice.flagsHeading',
  'practice.signsHeading',
  'practice.readMore',
  'practice.right',
  'practice.wrong',
  'practice.unsureAnswer',
  'practice.score',
  'practice.scoreNone',
  'practice.startRound',
  'practice.questionOf',
  'practice.next',
  'practice.finish',
  'practice.roundScore',
  'practice.again',
  'practice.stored',
  'practice.contents',
  'practice.all',
  'practice.title',
  'practice.lede',
  'practice.unsureNote',
  'practice.wrongScam',
  'practice.wrongGenuine',
  'practice.flagNumber',
  'practice.roundEnd',
  'practice.notSaved',
  'progress.title',
  'progress.intro',
  'progress.noScript',
  'progress.printed',
  'progress.checklistsCaption',
  'progress.checklist',
  'progress.done',
  'progress.notStarted',
  'progress.practiceLink',
  'progress.print',
  'progress.clear',
  'progress.clearConfirm',
  'progress.clearYes',
  'progress.cleared',
  'progress.stored',
  'language.fallback',
  'language.fallbackLink',
] as const;

/**
 * Keys the interface no longer uses. A trust's strings.yaml that still sets one gets a warning (its
 * words show nowhere), where a key that never existed is an error (most likely a typo).
 */
export const RETIRED_STRING_KEYS: readonly string[] = [];

export type UiKey = (typeof STRING_KEYS)[number];

/**
 * Words with a count, and the {placeholder} whose number picks the form: each may be one set of words
 * or one per plural form of the language (English one and other; Welsh zero, one, two, few, many and
 * other, as Intl.PluralRules names them). See src/config/plural-forms.ts.
 */
export const COUNT_KEYS = {
  'checklist.progress': 'done',
  'practice.score': 'answered',
  'practice.roundScore': 'right',
} as const;
export type CountKey = keyof typeof COUNT_KEYS;
/** Every key whose words are one set of words. */
export type WordKey = Exclude<UiKey, CountKey>;
/** The words for each plural form; `other` is always there. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Strings = { [K in UiKey]: K extends CountKey ? string | PluralForms : string };

/** The {placeholders} a page fills in, like {count} in "{count} results". */
export const placeholdersOf = (words: string): string[] =>
  [...new Set([...words.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

/** @example "Skip to main content" */
const words = z
  .string({ error: 'expected the words to show, like "Skip to main content"' })
  .trim()
  .min(1, { error: 'expected some words; a trust that wants the central words leaves the key out' });

/** @example { one: "{done} of {total} done", other: "{done} of {total} done" } */
const pluralForms = z.strictObject(
  {
    zero: words.optional(),
    one: words.optional(),
    two: words.optional(),
    few: words.optional(),
    many: words.optional(),
    other: words,
  },
  { error: 'expected words, or words for each plural form (one: …, other: …)' },
);
const countWords = z.union([words, pluralForms], {
  error: 'expected words, or words for each plural form (one: …, other: …)',
});

/** content/strings.yaml: every word of the interface, by key ("nav.home: Home"). */
export const stringsSchema = z.strictObject(
  Object.fromEntries(STRING_KEYS.map((key) => [key, key in COUNT_KEYS ? countWords : words])) as {
    [K in UiKey]: K extends CountKey ? typeof countWords : typeof words;
  },
);

/** A trust's strings.yaml: only the keys it changes. */
export const stringsOverlaySchema = stringsSchema.partial();
