import { z } from 'astro/zod';
import { slugId } from './common';

// content/help.yaml: the "Something's wrong?" helper, a small tree of questions whose answers lead to
// end pages. Each page is a static page under /help/. A page is a question (question:, answers:) or an
// end page (title:, guide:, contacts:); one list entry describes the answer's words and the page it
// opens, so the tree reads top to bottom as staff walk it.

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const words = (what: string, example: string) => {
  const error = `expected ${what}, like "${example}"`;
  return z.string({ error }).trim().min(1, { error });
};

const guideName = z
  .string({ error: 'expected a guide\'s file name without .mdx, like "lost-or-stolen-device"' })
  .regex(SLUG, {
    error: (issue) =>
      `expected a guide's file name without .mdx, like "lost-or-stolen-device", but found ${JSON.stringify(issue.input)}`,
  });

const contactName = z
  .string({ error: 'expected the name of a contact in site.yaml, like serviceDesk' })
  .regex(/^[A-Za-z][A-Za-z0-9]*$/, {
    error: (issue) =>
      `expected the name of a contact in site.yaml, like serviceDesk, but found ${JSON.stringify(issue.input)}`,
  });

/** A page's address: what follows /help/ in the browser, like "lost-a-device/work-device"; "/" is the first question. */
const helpAddress = z.string({
  error:
    'expected a page\'s address, like "lost-a-device/work-device" (what follows /help/ in the browser), or "/" for the first question',
});

// The fields, one schema each, so the central file, a trust's changes and its additions say the same.
const fields = {
  /** The words on the link that leads to this page. @example "A work laptop" */
  answer: words('the words on the link', 'A work laptop').describe('The words on the link that opens this page.'),
  /** This page's part of its address: /help/<the question's slug>/<slug>/. @example "work-device" */
  slug: slugId.describe("This page's part of its address, in lower-case words joined by hyphens: /help/<slug>/."),
  /** The question this page asks, as its heading. @example "Which device did you lose?" */
  question: words('the question, as its heading', 'Which device did you lose?').describe(
    'The question this page asks, as its heading. A page with a question has answers.',
  ),
  /** One short sentence under the question, to help people choose. @example "Choose the one closest to what happened." */
  hint: words('one short sentence', 'Choose the one closest to what happened.').describe(
    'One short sentence under the question, to help people choose.',
  ),
  /** An end page's heading. @example "You lost a laptop" */
  title: words("the end page's heading", 'You lost a laptop').describe(
    "An end page's heading. An end page has title, guide and contacts.",
  ),
  /**
   * The one thing to do first, in the "Do this now" box. Without it, the box shows the guide's own
   * urgent <Callout>. @example "Call the IT service desk straight away, day or night."
   */
  now: words('the one thing to do first', 'Call the IT service desk straight away.').describe(
    'The one thing to do first, in the "Do this now" box. Leave it out to show the guide\'s urgent Callout.',
  ),
  /** The guide the steps come from (its file name in guides/, without .mdx), linked as the full guide. @example "lost-or-stolen-device" */
  guide: guideName.describe('The guide whose steps this page shows: its file name in guides/, without .mdx.'),
  /**
   * A heading of that guide whose <Steps> to show, when its first <Steps> does not fit this page.
   * @example "What to do"
   */
  section: words('a heading of the guide, as written after ##', 'What to do').describe(
    'A heading of the guide whose Steps to show, instead of its first Steps.',
  ),
  /** Anything else worth knowing at this moment, one short paragraph each. @example ["Write down when it happened."] */
  notes: z
    .array(words('a short note', 'Write down when it happened.'), {
      error: 'expected a list of notes, each one short paragraph',
    })
    .describe('Anything else worth knowing now, one short paragraph each.'),
  /** Other guides worth reading next. @example [personal-phones-and-work-apps] */
  moreGuides: z
    .array(guideName, { error: 'expected a list of guides, like [personal-phones-and-work-apps]' })
    .describe('Other guides worth reading next, by file name.'),
  /** Whom to contact, most important first: names under contacts: in site.yaml. @example [serviceDesk, police] */
  contacts: z
    .array(contactName, { error: 'expected a list of contacts from site.yaml, like [serviceDesk, police]' })
    .min(1, { error: 'expected at least one contact, like [serviceDesk]' })
    .describe('Whom to contact, most important first: names under contacts in site.yaml.'),
  /** true also links the printable downtime pocket card. @example true */
  pocketCard: z.boolean({ error: 'expected true or false' }).describe('Also link the printable downtime pocket card.'),
};

/** Fields only an end page has, and only a question has. */
export const END_FIELDS = [
  'title',
  'now',
  'guide',
  'section',
  'notes',
  'moreGuides',
  'contacts',
  'pocketCard',
] as const;
const END_REQUIRED = ['title', 'guide', 'contacts'] as const;

type PageLike = Partial<Record<(typeof END_FIELDS)[number] | 'question' | 'hint' | 'answers', unknown>>;

/** A page is a question or an end page, never both: say which field is out of place, or missing. */
function oneKindOfPage(page: PageLike, context: z.RefinementCtx): void {
  const asks = page.question !== undefined || page.answers !== undefined;
  if (asks) {
    if (page.question === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['question'],
        message: 'is missing; a page with answers: asks a question, so add question:',
      });
    }
    for (const field of END_FIELDS) {
      if (page[field] !== undefined) {
        context.addIssue({
          code: 'custom',
          path: [field],
          message:
            'a page asks a question (question:, answers:) or is an end page (title:, guide:, contacts:), not both; remove this, or the question',
        });
      }
    }
    return;
  }
  for (const field of END_REQUIRED) {
    if (page[field] === undefined) {
      context.addIssue({
        code: 'custom',
        path: [field],
        message:
          'is missing; an end page needs title:, guide: and contacts: (or question: and answers:, to ask another question)',
      });
    }
  }
}

const ANSWERS_ERROR = { error: 'expected a list of answers, each with answer: and slug:' };

/** One answer of a question, and the page it opens: a question of its own, or an end page. */
export const helpAnswerSchema = z
  .strictObject({
    answer: fields.answer,
    slug: fields.slug,
    question: fields.question.optional(),
    hint: fields.hint.optional(),
    /** The answers to this page's question. */
    get answers(): z.ZodOptional<z.ZodArray<typeof helpAnswerSchema>> {
      return z.array(helpAnswerSchema, ANSWERS_ERROR).optional();
    },
    title: fields.title.optional(),
    now: fields.now.optional(),
    guide: fields.guide.optional(),
    section: fields.section.optional(),
    notes: fields.notes.optional(),
    moreGuides: fields.moreGuides.optional(),
    contacts: fields.contacts.optional(),
    pocketCard: fields.pocketCard.optional(),
  })
  .superRefine(oneKindOfPage);
export type HelpAnswerData = z.output<typeof helpAnswerSchema>;

/** content/help.yaml: the first question, at /help/, and everything under it. */
export const helpSchema = z.strictObject({
  /** The first question. @example "What went wrong?" */
  question: fields.question,
  hint: fields.hint.optional(),
  answers: z.array(helpAnswerSchema, ANSWERS_ERROR),
});

// A trust's change or addition may set any of an end page's fields. (The central answer schema spells
// them out: TypeScript loses its recursive type when they are spread in beside its answers getter.)
const optionalEndFields = {
  title: fields.title.optional(),
  now: fields.now.optional(),
  guide: fields.guide.optional(),
  section: fields.section.optional(),
  notes: fields.notes.optional(),
  moreGuides: fields.moreGuides.optional(),
  contacts: fields.contacts.optional(),
  pocketCard: fields.pocketCard.optional(),
};

/** A trust's change to one page: the fields it lists replace the central ones; the rest stay. */
const helpChangeSchema = z.strictObject({
  /** The page's address. @example "lost-a-device/smartcard-or-badge" */
  page: helpAddress.describe('The page to change, by its address: what follows /help/ in the browser.'),
  answer: fields.answer.optional(),
  question: fields.question.optional(),
  hint: fields.hint.optional(),
  ...optionalEndFields,
});
export type HelpChangeData = z.output<typeof helpChangeSchema>;

/** A trust's new answer to a question, with the page it opens. */
const helpAdditionSchema = z
  .strictObject({
    /** The question it answers, by its address. @example "lost-a-device" */
    to: helpAddress.describe('The question the new answer goes on, by its address; "/" is the first question.'),
    /** The answer it goes before, by its slug; without it, it goes last. @example "smartcard-or-badge" */
    before: slugId.describe('The slug of the answer it goes before; without it, it goes last.').optional(),
    answer: fields.answer,
    slug: fields.slug,
    question: fields.question.optional(),
    hint: fields.hint.optional(),
    answers: z.array(helpAnswerSchema, ANSWERS_ERROR).optional(),
    ...optionalEndFields,
  })
  .superRefine(oneKindOfPage);
export type HelpAdditionData = z.output<typeof helpAdditionSchema>;

/**
 * A trust overlay's help.yaml: only what differs from content/help.yaml. Pages are named by their
 * address, what follows /help/ in the browser ("lost-a-device/work-device"; "/" is the first question).
 */
export const helpOverlaySchema = z.strictObject({
  /** Pages to change: each names a page and the fields that replace the central ones. */
  change: z.array(helpChangeSchema, { error: 'expected a list of changes, each starting with page:' }).default([]),
  /** New answers: each names the question it answers (to:) and the page it opens. */
  add: z.array(helpAdditionSchema, { error: 'expected a list of new answers, each starting with to:' }).default([]),
  /** Pages to leave out, with everything under them. @example ["something-else/someone-out-of-place"] */
  hide: z
    .array(helpAddress, { error: 'expected a list of addresses, like ["something-else/someone-out-of-place"]' })
    .default([]),
});
