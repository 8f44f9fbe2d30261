/**
 * `npm run screenshots`: pictures of every editor component for the editors' guide.
 *
 * It takes each component's example from its folder (src/components/guide/<Name>/<name>.example.mdx,
 * the same text the editors' guide shows under "### <Component>"), builds the site with a temporary overlay holding one guide made of those
 * examples, opens it in Debian's Chromium at phone width, and saves one PNG per component in
 * content/README-images/<component>.png. So each picture shows exactly the example above it.
 *
 *   npm run screenshots              (CHROMIUM_PATH if Chromium is not at /usr/bin/chromium)
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import sharp from 'sharp';
import { buildCommand } from '../config/build-command.ts';
import { resolveExtensionlessTs } from '../utils/resolve-ts.ts';

resolveExtensionlessTs();
const { guideComponentExamples } = await import('../components/guide/examples.ts');

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = join(ROOT, 'content/README-images');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LOCK = join(tmpdir(), 'cyber-guide-build.lock');

/** The guide the pictures are taken from: one "## <Component>" section per example. */
function galleryGuide(examples: Map<string, string>): string {
  const due = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
  const sections = [...examples].map(([name, mdx]) => `## ${name}\n\n<div id="example-${name}">\n\n${mdx}\n\n</div>\n`);
  return `---
title: Examples of the components
summary: Every component an editor can use, as the editors' guide shows it.
topic: working-safely
keywords: [examples]
reviewed: ${new Date().toISOString().slice(0, 10)}
reviewDue: ${due}
owner: Web team
sources:
  - title: Editors' guide
    url: https://www.nhs.uk/
---

${sections.join('\n')}`;
}

/** Builds with the shared build lock that the tests use, so a build here never trips over theirs. */
function build(overlay: string, work: string): string {
  while (true) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (Date.now() - statSync(LOCK, { throwIfNoEntry: false })!.mtimeMs > 180_000)
        rmSync(LOCK, { recursive: true, force: true });
      spawnSync('sleep', ['0.3']);
    }
  }
  try {
    const outDir = join(work, 'dist');
    const env = {
      ...process.env,
      SITE_OVERLAY: overlay,
      SITE_OUT_DIR: outDir,
      SITE_CACHE_DIR: join(work, 'cache'),
      SITE_BASE_PATH: '',
      ASTRO_TELEMETRY_DISABLED: '1',
    };
    const [node, ...args] = buildCommand(ROOT);
    const result = spawnSync(node, args, { cwd: ROOT, env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`the build failed:\n${(result.stdout + result.stderr).slice(-3000)}`);
    return outDir;
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

function serve(dir: string) {
  const server = createServer((req, res) => {
    let file = normalize(join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(dir) || !existsSync(file)) return res.writeHead(404).end();
    const type =
      { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml' }[
        extname(file)
      ] ?? 'application/octet-stream';
    res.writeHead(200, { 'Content-Type': type }).end(readFileSync(file));
  });
  return new Promise<{ origin: string; close: () => void }>((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({ origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() }),
    ),
  );
}

const examples = guideComponentExamples();

const work = mkdtempSync(join(tmpdir(), 'cyber-guide-screenshots-'));
mkdirSync(join(work, 'overlay/guides'), { recursive: true });
writeFileSync(join(work, 'overlay/guides/component-examples.mdx'), galleryGuide(examples));
const site = build(join(work, 'overlay'), work);
const server = await serve(site);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({
    viewport: { width: 400, height: 800 },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
  });
  await page.goto(`${server.origin}/guides/component-examples/`);
  mkdirSync(OUT, { recursive: true });
  for (const name of examples.keys()) {
    const box = await page.locator(`#example-${name}`).boundingBox();
    if (!box) throw new Error(`the example of <${name}> did not appear on the page`);
    const pad = 8;
    const picture = await page.screenshot({
      clip: { x: Math.max(0, box.x - pad), y: box.y - pad, width: box.width + 2 * pad, height: box.height + 2 * pad },
      fullPage: true,
    });
    const file = join(OUT, `${name.toLowerCase()}.png`);
    // A palette keeps each picture to a few kilobytes in the repository.
    await sharp(picture).png({ palette: true, compressionLevel: 9 }).toFile(file);
    console.log(
      `wrote content/README-images/${name.toLowerCase()}.png (${Math.round(statSync(file).size / 1024)} KiB)`,
    );
  }
} finally {
  await browser.close();
  server.close();
  rmSync(work, { recursive: true, force: true });
}
