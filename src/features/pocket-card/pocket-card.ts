// The downtime pocket card is made from a guide (site.yaml pocketCard.guide, systems-are-down unless a
// trust says otherwise): its "Do this now" box, its first <Steps> and its don't list. So the card says
// what the guide says, and a trust that replaces the guide gets its own card with nothing to copy.
import { stringsInExpression } from '../../content/mdx-tree';
import { firstSteps, plainText, urgentCallout } from '../helper/guide-facts';

/** Copies of the card on one A4 sheet, to cut out. */
export const POCKET_CARD_COPIES = 2;

/** What one pocket card shows, all from the guide's own text. */
export interface PocketCard {
  now?: string;
  steps: string[];
  donts: string[];
}

/** The `dont` list of the guide's first <DoDont>, as plain text; [] when it has none. */
export function dontList(body: string): string[] {
  const expression = /<DoDont\b[^>]*?\bdont=\{(\[[\s\S]*?\])\}/.exec(body)?.[1];
  return expression ? stringsInExpression(expression).map(plainText).filter(Boolean) : [];
}

/** The card for a guide's MDX text; undefined when the guide has no <Steps> to put on it. */
export function pocketCardFrom(body: string): PocketCard | undefined {
  const steps = firstSteps(body);
  return steps.length > 0 ? { now: urgentCallout(body), steps, donts: dontList(body) } : undefined;
}
