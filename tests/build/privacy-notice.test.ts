/**
 * The privacy notice's "What is stored on this device" is content (content/pages/privacy.mdx), but
 * what it names comes from the code: <DeviceKey> shows each name of src/components/page/saved-names.ts as the
 * browser stores it, and the scripts save under no other name. A script that starts saving something
 * new fails here until the notice says so.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { STORE_VERSION } from '../../src/utils/device-store';
import { VISITED_PREFIX } from '../../src/features/offline/visited-key';
import { ROOT } from '../helpers/build';

const prefix = (base: string) => `cyber-guide:v${STORE_VERSION}:${base}:`;

// Where the browser's scripts live: the features, the shared helpers and the page frame.
const SCRIPT_FOLDERS = ['src/features', 'src/utils', 'src/layouts'].map((folder) => join(ROOT, folder));
const scripts = SCRIPT_FOLDERS.flatMap((folder) =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ({
      file: basename(f),
      text: readFileSync(join(folder, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''),
    })),
);

describe('what the privacy notice says is stored on the device', () => {
  it('is every name the scripts save under, and no other', () => {
    // The first argument of every call that reads, writes or removes a saved value.
    const names = scripts.flatMap(({ file, text }) =>
      [...text.matchAll(/\b(?:save|readSaved|forget)\(\s*([A-Za-z_]\w*(?:\([^)]*\))?)/g)]
        .filter(() => file !== 'device-store.ts')
        .map((m) => m[1]!.trim()),
    );
    expect(new Set(names)).toEqual(new Set(['ticksName(slug)', 'PRACTICE_NAME', 'DISMISSED_NAME', 'LANGUAGE_NAME']));
    // saved-names.ts lists exactly those (and the prefix every name shares).
    const registry = readFileSync(join(ROOT, 'src/components/page/saved-names.ts'), 'utf8');
    expect(registry).toContain('checklist: (slug: string) => deviceKey(ticksName(slug))');
    expect(registry).toContain('practice: () => deviceKey(PRACTICE_NAME)');
    expect(registry).toContain('alerts: () => deviceKey(DISMISSED_NAME)');
    expect(registry).toContain('language: () => deviceKey(LANGUAGE_NAME)');
    // Only device-store.ts keeps anything in the browser, and register-sw.ts a note in the tab's session
    // storage, under a name saved-names.ts lists too.
    const storing = scripts.filter(({ text }) => /localStorage|sessionStorage|indexedDB|document\.cookie/.test(text));
    expect(storing.map((s) => s.file).sort()).toEqual(['device-store.ts', 'register-sw.ts']);
    const registerSw = storing.find((s) => s.file === 'register-sw.ts')!.text;
    expect([...registerSw.matchAll(/sessionStorage\.(?:get|set)Item\((\w+)/g)].map((m) => m[1])).toEqual([
      'visitedKey',
      'visitedKey',
    ]);
    expect(registerSw).toContain('const visitedKey = `${VISITED_PREFIX}${scope}`;');
    expect(registry).toContain('visited: () => VISITED_PREFIX');
  });

  it('shows each of them on the built page, as the browser stores it', () => {
    const html = readFileSync(join(inject('siteDir'), 'privacy/index.html'), 'utf8');
    const codes = [...html.matchAll(/<code>([^<]*)<\/code>/g)].map((m) => m[1]);
    expect(codes).toEqual([
      `${prefix('/')}checklist:`,
      `${prefix('/')}checklist:end-of-shift`,
      `${prefix('/')}practice`,
      `${prefix('/')}alerts:dismissed`,
      `${prefix('/')}language`,
      prefix('/'),
      VISITED_PREFIX,
    ]);
  });

  it('names them under the sub-path a copy is served from', () => {
    const html = readFileSync(join(inject('subPathSiteDir'), 'privacy/index.html'), 'utf8');
    expect(html).toContain(`<code>${prefix('/trust/cyber/')}practice</code>`);
  });
});
