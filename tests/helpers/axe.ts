import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Puts axe-core in every page of `context` as it opens, for a test that checks many pages in turn: the
 * browser then reads axe's half megabyte of script while the page loads, instead of after it, once
 * per page (about a third of each page's check).
 */
export async function preloadAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: axeSource });
}

/**
 * Runs axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules on the page as it is now, or only on the part
 * matching `within` (a CSS selector): after something changed there, on a page already checked whole.
 */
export async function axeViolations(page: Page, within?: string): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, so the page's CSP does not block it; once per page.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (within) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(within ? { include: [within] } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      // Only the violations are read: axe then skips the details of every passing node (its own advice
      // for a faster run), which on a long page is most of the work.
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, within);
}
