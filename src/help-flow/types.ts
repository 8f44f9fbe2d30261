/**
 * The "Something's wrong" helper as data: a small tree of questions whose answers lead to end pages.
 * Each node is one static page under /help/, so the helper works with no script and offline.
 */

/** Contacts the helper may name; each is a key under `contacts:` in site.yaml. */
export const CONTACT_KEYS = ['serviceDesk', 'informationGovernance', 'reportPhishing', 'nationalPhishing', 'reportFraud', 'counterFraud', 'police', 'csoc', 'securityTeam'] as const;
export type ContactKey = (typeof CONTACT_KEYS)[number];

/** A page that asks one question and offers its answers as links. */
export interface HelpQuestion {
  kind: 'question';
  /** This page's part of the address: /help/<parent slugs>/<slug>/. The first question's slug is "". */
  slug: string;
  /** The question, as the page's h1 and title. @example "What did you lose?" */
  title: string;
  /** One short sentence under the question, to help people choose. */
  hint?: string;
  answers: HelpAnswer[];
}

/** One answer to a question: the words on the link, and the page it leads to. */
export interface HelpAnswer {
  /** @example "A work laptop, phone or tablet" */
  label: string;
  next: HelpNode;
}

/** Where a path ends: what to do first, whom to call, and the guide with the full story. */
export interface HelpEnd {
  kind: 'end';
  slug: string;
  /** The page's h1 and title. @example "You lost a work device" */
  title: string;
  /** The one thing to do right now, shown first. */
  now: string;
  /** The first steps, in order: short sentences from the guide's own steps. */
  steps: string[];
  /** Anything else worth knowing at this moment, such as what to do if a ransom note appears. */
  notes?: string[];
  /** The guide with the full story (its slug in content/guides). */
  guide: string;
  /** Other guides worth reading next. */
  moreGuides?: string[];
  /** Whom to contact, most important first. */
  contacts: ContactKey[];
  /** Also link the printable downtime pocket card. */
  pocketCard?: boolean;
}

export type HelpNode = HelpQuestion | HelpEnd;
