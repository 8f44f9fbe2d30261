import { toTelUri } from '../../schemas/contact';
import type { SiteConfig } from '../../schemas/site';
import type { GuideFile } from '../../content/content-set';
import { urlsIn } from '../guide-urls';
import { guideProse } from '../prose';
import type { Check } from '../types';
import type { Problem } from '../../schemas/problem';

/** A phone number or email address that staff could dial or write to, and the contact it belongs to. */
interface NamedFact {
  /** The number as tel: gives it, or the address in lower case, so "0300 123 2040" and "03001232040" are one. */
  key: string;
  contact: string;
}

// A UK number of 10 or 11 digits, written with spaces or hyphens, from 0 or +44.
const LONG_NUMBER = /(?<![\d+])(?:\+44[\s-]?(?:\(0\)[\s-]?)?|0)\d(?:[\s-]?\d){8,9}(?!\d)/g;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/** 999 and 112 never change and belong to no one's site.yaml; a guide may always say them. */
const EVERYONE_KNOWS = new Set(['tel:999', 'tel:112']);

const phoneKey = (text: string) => toTelUri(text) ?? `tel:${text.replace(/\D/g, '')}`;

/** Every number and address in site.yaml's contacts (the overlay's merged in), by how it is dialled or written. */
function namedFacts(site: SiteConfig): NamedFact[] {
  return Object.entries(site.contacts).flatMap(([contact, c]) => [
    ...(c.phone ? [{ key: phoneKey(c.phone), contact }] : []),
    ...(c.email ? [{ key: c.email.toLowerCase(), contact }] : []),
  ]);
}

interface Found {
  text: string;
  key: string;
  line: number;
}

/** Numbers and addresses in what staff read (prose and tel:/mailto: links), with their lines. */
function foundIn(guide: GuideFile, shortNumbers: string[]): Found[] {
  const found: Found[] = [];
  const shortPattern = shortNumbers.length
    ? new RegExp(`(?<![\\d\\p{L}])(?:${shortNumbers.join('|')})(?![\\d\\p{L}])`, 'gu')
    : undefined;
  for (const block of guideProse(guide)) {
    for (const m of block.text.matchAll(LONG_NUMBER))
      found.push({ text: m[0], key: phoneKey(m[0]), line: block.lineAt(m.index) });
    for (const m of shortPattern ? block.text.matchAll(shortPattern) : [])
      found.push({ text: m[0], key: `tel:${m[0]}`, line: block.lineAt(m.index) });
    for (const m of block.text.matchAll(EMAIL))
      found.push({ text: m[0], key: m[0].toLowerCase(), line: block.lineAt(m.index) });
  }
  for (const { url, line } of guide.tree ? urlsIn(guide.tree) : []) {
    const tel = /^tel:(.+)$/i.exec(url)?.[1];
    const mail = /^mailto:([^?]+)/i.exec(url)?.[1];
    if (tel) found.push({ text: url, key: phoneKey(decodeURIComponent(tel)), line });
    if (mail) found.push({ text: url, key: decodeURIComponent(mail).toLowerCase(), line });
  }
  return found;
}

function guideProblems(guide: GuideFile, facts: NamedFact[], shortNumbers: string[]): Problem[] {
  const byKey = new Map(facts.map((f) => [f.key, f.contact]));
  return foundIn(guide, shortNumbers)
    .filter((f) => !EVERYONE_KNOWS.has(f.key))
    .map(({ text, key, line }): Problem => {
      const contact = byKey.get(key);
      const at = { check: 'named facts', file: guide.file, line };
      return contact
        ? {
            ...at,
            severity: 'warning',
            message: `${text} is typed into the guide; it is contacts.${contact} in site.yaml, and a change there (or in a trust's copy) would not reach this line`,
            fix: `show it with <ContactCard name="${contact}" />, and point to the card in the text instead of repeating it`,
          }
        : {
            ...at,
            severity: 'error',
            message: `${text} is not a number or address from site.yaml's contacts, so nobody can check it or change it in one place`,
            fix: `add it to contacts in site.yaml (or your overlay's) and show it with <ContactCard name="…" />${key.startsWith('tel:') ? "; an example number must come from Ofcom's drama ranges, like 0306 999 0000" : ''}`,
          };
    });
}

/**
 * Phone numbers and email addresses live once, in site.yaml's contacts, and guides show them with
 * <ContactCard>: a number retyped in a guide goes stale when the service or a trust changes it.
 */
export const namedFactsCheck: Check = {
  name: 'named facts',
  run: ({ content }) => {
    const facts = namedFacts(content.site);
    // Short numbers (7726, 101) are only looked for when they are a contact's, or every year and count would match.
    const shortNumbers = [...new Set(facts.map((f) => f.key.slice(4)).filter((digits) => /^\d{3,5}$/.test(digits)))];
    return content.guides.flatMap((guide) => guideProblems(guide, facts, shortNumbers));
  },
};
