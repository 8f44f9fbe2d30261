import type { ContactKey } from './types';

/** The helper's end page whose steps the downtime pocket card shows, so both say the same. */
export const POCKET_CARD_END = 'systems-are-down/';

/** What not to do while systems are down, from the systems-are-down guide's "Don't" list, shortened. */
export const POCKET_CARD_DONTS = [
  'Try to fix the computer yourself, or switch it off and on.',
  'Plug in your own phone, laptop or USB stick to get round the problem.',
  'Send patient details by personal email or messaging apps.',
];

/** The phone numbers on the card, in this order; a contact without a phone number is left off. */
export const POCKET_CARD_CONTACTS: ContactKey[] = ['serviceDesk', 'informationGovernance', 'securityTeam'];

/** Copies of the card on one A4 sheet, to cut out. */
export const POCKET_CARD_COPIES = 2;
