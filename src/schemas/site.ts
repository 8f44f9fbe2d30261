import { z } from 'astro/zod';
import { hexColour } from './colour';
import { contactSchema, ukPhone } from './contact';
import { contrastRatio } from './contrast';
import { nation, type NationContent } from './nation';
import type { Problem } from './problem';

const WHITE = '#ffffff';
const AA_TEXT = 4.5;

const basePath = z.string({ error: 'expected a path like "/" or "/trust/cyber/"' }).regex(/^\/([A-Za-z0-9._~-]+\/)*$/, {
  error: (issue) =>
    `expected a path that starts and ends with "/", like "/trust/cyber/", but found ${JSON.stringify(issue.input)}`,
});

/** A central page by collection and slug, as `hide:` and content/retired-pages.yaml name it. */
export const hideEntry = z.string().regex(/^(guides|checklists|tips|scenarios)\/[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: (issue) =>
    `expected "<collection>/<slug>", like "guides/public-wifi" (collections: guides, checklists, tips, scenarios), but found ${JSON.stringify(issue.input)}`,
});

const securityContact = z.string().regex(/^(mailto:[^@\s]+@[^@\s]+\.[^@\s]+|https:\/\/\S+)$/, {
  error: (issue) =>
    `expected "mailto:" and an email address, like "mailto:security@example.nhs.uk", or an https:// address, but found ${JSON.stringify(issue.input)}`,
});

/** The numbers on the downtime pocket card, when site.yaml pocketCard.contacts does not list its own. */
export const POCKET_CARD_CONTACTS = ['serviceDesk', 'informationGovernance', 'securityTeam'];

/** content/site.yaml: who publishes this copy of the guide, how it looks and whom staff call. */
export const siteSchema = z
  .strictObject({
    /** The full name, on the home screen and in titles. @example "Cyber Pocket Guide" */
    name: z.string({ error: 'expected the full name of the guide, like "Cyber Pocket Guide"' }).min(2).max(60),
    /** Under the icon on a phone; 12 characters or fewer fit. @example "Cyber Guide" */
    shortName: z.string({ error: 'expected a short name for under the icon, like "Cyber Guide"' }).min(2).max(30),
    /** Shown in the header and footer. @example "Example NHS Trust" */
    organisation: z.string({ error: 'expected your organisation name, like "Example NHS Trust"' }).min(2),
    /** One sentence for the home page, the app manifest and search engines. */
    description: z
      .string()
      .min(10)
      .default('Short, plain answers to keep patients, colleagues and systems safe from cyber attacks.'),
    /**
     * The UK nation this copy serves: its national contacts and sentences come from
     * content/nations/<nation>.yaml (overlaid like everything else). One of england (the default), wales, scotland or northern-ireland.
     * @example "scotland"
     */
    nation: nation.default('england'),
    /** Where the guide is published, for canonical links and poster QR codes. @example "https://cyber.example.org" */
    url: z.url({ protocol: /^https?$/, error: 'expected a full address, like "https://cyber.example.org"' }).optional(),
    /** The sub-path the site is served under. @example "/trust/cyber/" */
    basePath: basePath.default('/'),
    /** Your logo, relative to site.yaml: SVG, or a square PNG at least 512 px. @example "brand/logo.svg" */
    logo: z
      .string({ error: 'expected the path of your logo relative to site.yaml, like "brand/logo.svg"' })
      .regex(/\.(svg|png)$/i, {
        error: (issue) => `expected an .svg or .png file, but found ${JSON.stringify(issue.input)}`,
      }),
    colours: z.strictObject(
      {
        /** Header, buttons and links. Must reach 4.5:1 contrast with white. @example "#005eb8" */
        primary: hexColour.refine((hex) => contrastRatio(hex, WHITE) >= AA_TEXT, {
          error: (issue) =>
            `expected a colour dark enough for white text and for links on white (contrast at least ${AA_TEXT}:1), but ${String(issue.input)} gives ${contrastRatio(String(issue.input), WHITE).toFixed(2)}:1; try a darker shade`,
        }),
      },
      { error: 'expected colours with a primary colour, like { primary: "#005eb8" }' },
    ),
    contacts: z
      .object(
        {
          serviceDesk: contactSchema.extend({ phone: ukPhone }),
        },
        { error: 'expected contacts, with at least serviceDesk' },
      )
      .catchall(contactSchema),
    /**
     * The offline copy every visitor's device keeps (the service worker's precache).
     * @example { precacheBudgetKiB: 2048, retire: false }
     */
    offline: z
      .strictObject(
        {
          /**
           * The most the offline copy may weigh, in KiB: the build reports its size and fails above this.
           * Staff download all of it on their first visit. @example 3072
           */
          precacheBudgetKiB: z.number({ error: 'expected a number of KiB, like 2048' }).int().positive().default(2048),
          /**
           * true ships a worker that removes the guide from devices and deletes its offline copy, for a
           * trust that stops hosting it (SITE_RETIRE=1 does the same for one build). @example false
           */
          retire: z.boolean({ error: 'expected true or false' }).default(false),
          /**
           * Which languages each device saves: `own`, the shared files and the language it uses (each
           * within the budget), or `all`, every language, for shared ward devices used in both. @example all
           */
          languages: z
            .enum(['own', 'all'], {
              error: (issue) =>
                `expected own (each device saves its own language) or all (every device saves every language, for shared ward devices), but found ${JSON.stringify(issue.input)}; write languages: all, or leave it out`,
            })
            .default('own'),
        },
        { error: 'expected offline settings, like { precacheBudgetKiB: 2048, retire: false }' },
      )
      .prefault({}),
    /**
     * How people report a security problem with this site, published as /.well-known/security.txt
     * (RFC 9116). Without a contact, the service desk's email is used (or its phone).
     * @example { contact: "mailto:security@example.nhs.uk", policy: "https://example.nhs.uk/security", expiresInDays: 365 }
     */
    security: z
      .strictObject({
        /** Where to report: a mailto: address or an https:// page. @example "mailto:security@example.nhs.uk" */
        contact: securityContact.optional(),
        /** Your vulnerability disclosure policy, if you have one. @example "https://example.nhs.uk/security" */
        policy: z
          .url({
            protocol: /^https$/,
            error:
              'expected the full https:// address of your disclosure policy, like "https://example.nhs.uk/security"',
          })
          .optional(),
        /** security.txt expires this many days after the build; rebuild before then. At most 365. @example 365 */
        expiresInDays: z
          .number({ error: 'expected a number of days, like 365' })
          .int()
          .min(1)
          .max(365, { error: 'expected at most 365 days: RFC 9116 asks for an expiry within a year' })
          .default(365),
      })
      .prefault({}),
    /**
     * The downtime pocket card (/pocket-card/): it shows this guide's "Do this now" box, first <Steps> and
     * don't list, with the phone numbers of these contacts.
     * @example { guide: "systems-are-down", contacts: [serviceDesk, informationGovernance, securityTeam] }
     */
    pocketCard: z
      .strictObject(
        {
          /** The guide the card is made from (its file name in guides/, without .mdx). @example "systems-are-down" */
          guide: z
            .string()
            .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
              error: 'expected a guide\'s file name without .mdx, like "systems-are-down"',
            })
            .default('systems-are-down'),
          /**
           * Keys under contacts: whose phone numbers the card lists, in this order. Without it, the card lists
           * POCKET_CARD_CONTACTS that this copy has. @example [serviceDesk, securityTeam]
           */
          contacts: z
            .array(z.string(), { error: 'expected a list of contacts, like [serviceDesk, securityTeam]' })
            .min(1)
            .optional(),
        },
        { error: 'expected pocket card settings, like { guide: systems-are-down, contacts: [serviceDesk] }' },
      )
      .prefault({}),
    /**
     * The languages this copy is published in: English at the site's own address, and with cy, Cymraeg
     * (Welsh) at /cy/ with the same page names. English always comes first. @example [en, cy]
     */
    languages: z
      .array(
        z.enum(['en', 'cy'], {
          error: (issue) =>
            `expected en (English) or cy (Cymraeg), but found ${JSON.stringify(issue.input)}; write languages: [en, cy]`,
        }),
        { error: 'expected a list of languages, like [en] or [en, cy]' },
      )
      .refine((list) => list[0] === 'en', {
        error: "expected English first, like [en, cy]: the English pages stay at the site's own address",
      })
      .refine((list) => new Set(list).size === list.length, {
        error: 'expected each language once, like [en, cy]',
      })
      .default(['en']),
    /** Entries from the central guidance to leave out of this copy. @example ["guides/public-wifi"] */
    hide: z.array(hideEntry).default([]),
    /**
     * Settings for the content checks (`npm run check`, and every build).
     * @example { readingAgeMax: 11, longSentenceWords: 25, reviewSoonDays: 30 }
     */
    checks: z
      .strictObject(
        {
          /**
           * A page whose reading age (Flesch-Kincaid grade + 5) is above this gets a warning.
           * NHS content aims for a reading age of about 9. @example 11
           */
          readingAgeMax: z.number({ error: 'expected a reading age in years, like 11' }).min(5).max(25).default(11),
          /** A sentence with more words than this is pointed out, with its line. @example 25 */
          longSentenceWords: z.number({ error: 'expected a number of words, like 25' }).int().min(8).default(25),
          /** A page whose review falls due within this many days gets a notice. @example 30 */
          reviewSoonDays: z.number({ error: 'expected a number of days, like 30' }).int().min(1).max(365).default(30),
        },
        { error: 'expected check settings, like { readingAgeMax: 11, longSentenceWords: 25 }' },
      )
      .prefault({}),
  })
  .superRefine((site, context) => {
    // The card lists contacts by their key, so each must be one this copy has.
    site.pocketCard.contacts?.forEach((key, index) => {
      if (!(key in site.contacts)) {
        context.addIssue({
          code: 'custom',
          path: ['pocketCard', 'contacts', index],
          input: key,
          message: `"${key}" is not under contacts; use one of ${Object.keys(site.contacts).join(', ')}`,
        });
      }
    });
  });
export type SiteConfig = z.output<typeof siteSchema> & {
  /** Absolute path of the logo file after resolving against the file that named it. */
  logoFile: string;
  /** Absolute path of the overlay folder, if one was used. */
  overlayDir?: string;
  /** Absolute path of the base content folder. */
  contentDir: string;
  /** Problems that do not stop the build, such as a short name too long for a phone's home screen. */
  warnings: Problem[];
  /** This copy's nation file (content/nations/<nation>.yaml, the overlay's over it); its contacts are in `contacts`. */
  national: NationContent;
};
