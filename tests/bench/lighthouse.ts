// Lighthouse 12.2.3 (the pinned devDependency), mobile, on Debian's Chromium: four category scores.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/build.ts';
import { CHROMIUM } from '../helpers/browser.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Scores = Record<(typeof CATEGORIES)[number], number>;

/** What Lighthouse said about one page, besides the scores: the audits that cost points. */
export interface LighthouseResult {
  scores: Scores;
  /** Failing audits that weigh on a score, "category: audit title", for finding why a score is not 100. */
  lost: string[];
}

/**
 * Runs Lighthouse's own CLI in a child process (as a person would, with its default mobile settings:
 * simulated slow 4G and a 4× slower CPU) and reads its JSON report.
 */
export async function lighthouse(url: string): Promise<LighthouseResult> {
  const work = mkdtempSync(join(tmpdir(), 'cyber-guide-lighthouse-'));
  const report = join(work, 'report.json');
  try {
    const args = [
      join(ROOT, 'node_modules/lighthouse/cli/index.js'),
      url,
      '--quiet',
      '--output=json',
      `--output-path=${report}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      '--form-factor=mobile',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
    ];
    const output = await new Promise<string>((done, fail) => {
      const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, CHROME_PATH: CHROMIUM } });
      let text = '';
      child.stdout.on('data', (chunk) => (text += chunk));
      child.stderr.on('data', (chunk) => (text += chunk));
      child.on('error', fail);
      child.on('close', (code) =>
        code === 0 ? done(text) : fail(new Error(`lighthouse ${url} exited ${code}:\n${text.slice(-2000)}`)),
      );
    });
    const json = JSON.parse(readFileSync(report, 'utf8')) as {
      runtimeError?: { message: string };
      categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
      audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string }>;
    };
    if (json.runtimeError) throw new Error(`lighthouse ${url}: ${json.runtimeError.message}\n${output.slice(-1000)}`);
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => [c, Math.round((json.categories[c]?.score ?? 0) * 100)]),
    ) as Scores;
    const lost = CATEGORIES.flatMap((c) =>
      json.categories[c].auditRefs
        .filter((ref) => ref.weight > 0)
        .map((ref) => json.audits[ref.id])
        .filter((audit) => audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative')
        .map((audit) => `${c}: ${audit.title} (${Math.round((audit.score ?? 0) * 100)})`),
    );
    return { scores, lost };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
