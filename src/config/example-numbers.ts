import type { Problem } from '../schemas/problem';
import { lineOfPath } from './yaml-lines';

/**
 * Ofcom keeps these ranges for TV, radio and examples, so a number in them rings no real line:
 * 0306 999 0xxx, 020 7946 0xxx, 01632 960xxx and 07700 900xxx. The central content's own numbers
 * come from them.
 */
const DRAMA_RANGES = [/^03069990\d{3}$/, /^02079460\d{3}$/, /^01632960\d{3}$/, /^07700900\d{3}$/];

/** True for a number in one of Ofcom's ranges for drama and examples, however it is spaced. */
export function isExampleNumber(phone: string): boolean {
  const digits = phone.replace(/[\s()-]/g, '').replace(/^\+44/, '0');
  return DRAMA_RANGES.some((range) => range.test(digits));
}

type Contacts = Record<string, { phone?: string } | undefined>;

/**
 * For a trust's copy: every contact whose phone is still the central content's example number, as a
 * warning naming where that number is written (content/site.yaml and its line) and where to set the trust's own.
 */
export function unchangedExampleNumbers(
  central: { contacts?: Contacts; source: string; file: string },
  published: Contacts,
  overlaySiteFile: string,
): Problem[] {
  return Object.entries(central.contacts ?? {}).flatMap(([name, contact]) => {
    const phone = contact?.phone;
    if (!phone || !isExampleNumber(phone) || published[name]?.phone !== phone) return [];
    const line = lineOfPath(central.source, ['contacts', name, 'phone']);
    return [
      {
        severity: 'warning' as const,
        file: central.file,
        line,
        field: `contacts.${name}.phone`,
        message: `"${phone}" is the central content's example number, which rings no real line, and this copy publishes it unchanged; set your own number under contacts.${name} in ${overlaySiteFile}`,
      },
    ];
  });
}
