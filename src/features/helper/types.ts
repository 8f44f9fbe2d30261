/**
 * The "Something's wrong" helper as data: a small tree of questions whose answers lead to end pages,
 * read from content/help.yaml with a trust's help.yaml applied (load.ts). Each node is one static page
 * under /help/, so the helper works with no script and offline. The words are content; nothing here is.
 */

/** Where something was written: the file shown to editors, its line, and whether a trust wrote it. */
export interface Where {
  file: string;
  line: number;
  layer: 'central' | 'overlay';
}

/** Every node remembers where it and its fields were written, so a problem names the right line. */
interface Located {
  /** This page's part of the address: /help/<parent slugs>/<slug>/. The first question's slug is "". */
  slug: string;
  where: Where;
  /** Where each field was written: "guide", "now", "contacts.0", "moreGuides.1"… */
  at: Record<string, Where>;
}

/** A page that asks one question and offers its answers as links. */
export interface HelpQuestion extends Located {
  kind: 'question';
  /** The question, as the page's h1 and title. */
  title: string;
  /** One short sentence under the question, to help people choose. */
  hint?: string;
  answers: HelpAnswer[];
}

/** One answer to a question: the words on the link, and the page it leads to. */
interface HelpAnswer {
  label: string;
  next: HelpNode;
}

/** Where a path ends: what to do first, whom to call, and the guide whose steps it shows. */
export interface HelpEnd extends Located {
  kind: 'end';
  /** The page's h1 and title. */
  title: string;
  /** The one thing to do right now; without it, the guide's urgent callout. */
  now?: string;
  /** The guide the steps come from, and the full story (its slug in guides/). */
  guide: string;
  /** A heading of the guide whose <Steps> to show, instead of its first. */
  section?: string;
  /** Anything else worth knowing at this moment. */
  notes?: string[];
  /** Other guides worth reading next. */
  moreGuides?: string[];
  /** Whom to contact, most important first: names under contacts: in site.yaml. */
  contacts: string[];
  /** Also link the printable downtime pocket card. */
  pocketCard?: boolean;
}

export type HelpNode = HelpQuestion | HelpEnd;
