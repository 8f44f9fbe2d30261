import { join } from 'node:path';
import { ESLint } from 'eslint';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build';

// `npm run lint` runs both tools over the tree; these prove each one still catches what it is there for,
// with the project's own configuration, so a config change that switches a check off fails here.

const SCRIPT = join(ROOT, 'src/utils/page-data.ts');

// One instance: its type-aware parser loads the TypeScript project once.
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: join(ROOT, '.eslint.config.mjs') });

async function ruleIds(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: SCRIPT });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

describe('npm run lint', () => {
  it('fails on a floating promise in a browser script, and passes once it is awaited', async () => {
    const save = 'async function save(): Promise<void> {}\n';
    expect(await ruleIds(`${save}export function onTick(): void {\n  save();\n}\n`)).toContain(
      '@typescript-eslint/no-floating-promises',
    );
    expect(await ruleIds(`${save}export async function onTick(): Promise<void> {\n  await save();\n}\n`)).toEqual([]);
  }, 60_000);

  it('fails on an unchecked any in a browser script (saved data must be checked before use)', async () => {
    expect(await ruleIds(`export const ids: string[] = JSON.parse('[]');\n`)).toContain(
      '@typescript-eslint/no-unsafe-assignment',
    );
  }, 60_000);

  it('fails on a misformatted file, and passes on the same file formatted', async () => {
    const options = { ...(await prettier.resolveConfig(SCRIPT)), filepath: SCRIPT };
    const misformatted = 'export const words = {a:"one",   b : "two"}\n';
    expect(await prettier.check(misformatted, options)).toBe(false);
    expect(await prettier.check(await prettier.format(misformatted, options), options)).toBe(true);
  });

  it("formats code and leaves the comms team's content alone", async () => {
    const ignored = async (file: string) =>
      (await prettier.getFileInfo(join(ROOT, file), { ignorePath: join(ROOT, '.prettierignore') })).ignored;
    expect(await ignored('src/utils/page-data.ts')).toBe(false);
    expect(await ignored('src/components/guide/Callout/Callout.astro')).toBe(false);
    expect(await ignored('content/guides/clicked-a-link.mdx')).toBe(true);
    // The editors' folder is /content/ at the top, not src/content/ (the loaders are code).
    expect(await ignored('src/content/loaders.ts')).toBe(false);
  });
});
