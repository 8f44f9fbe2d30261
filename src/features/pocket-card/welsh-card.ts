// The downtime pocket card in Welsh: made from the Welsh guide of the card's guide (content/cy/guides,
// or a trust's), as the English card is from the English one. Until that guide has Welsh words, its
// "Do this now" comes from the Welsh helper page made from the same guide, and its steps and don't
// list stay English, marked as English.
import { getCollection } from 'astro:content';
import help from 'virtual:cyber-guide/help';
import site from 'virtual:cyber-guide/site';
import { pageLanguages } from '../../utils/language';
import { flowPages, plainAddress } from '../helper/walk';
import { pocketCardFrom, type PocketCard } from './pocket-card';

/** A card to show, and which of its parts are still in English. */
export interface ShownCard {
  card: PocketCard;
  english: { now: boolean; lists: boolean };
}

/** The "Do this now" words of the Welsh helper's end page made from this guide, if it has some. */
function helperNow(guide: string): string | undefined {
  for (const page of flowPages(help)) {
    if (page.node.kind !== 'end' || page.node.guide !== guide) continue;
    const now = site.welsh?.help[plainAddress(page.path)]?.now;
    if (now) return now;
  }
  return undefined;
}

/** The card for the page being made: the English card on an English page. */
export async function cardInPageLanguage(english: PocketCard, guide: string): Promise<ShownCard> {
  const none = { card: english, english: { now: false, lists: false } };
  if (pageLanguages().words !== 'cy') return none;
  const welsh = (await getCollection('welshGuides')).find((g) => g.id === guide);
  const card = welsh && pocketCardFrom(welsh.body ?? '');
  if (card) return { card: { ...card, now: card.now ?? helperNow(guide) }, english: { now: false, lists: false } };
  const now = helperNow(guide);
  return {
    card: { ...english, now: now ?? english.now },
    english: { now: now === undefined && english.now !== undefined, lists: true },
  };
}
