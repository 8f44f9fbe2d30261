// Sveltia's stylesheet asks a CDN for its three fonts (text, code and icons). The editor serves the
// same files from its own folder instead, copied from the @fontsource packages: no request leaves for
// another host, and the icons still draw when the policy allows fonts from 'self' only.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** CDN address (without version) → the file in node_modules that holds the same font. */
const FONTS: { cdn: RegExp; file: string }[] = [
  {
    cdn: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/source-sans-3:vf@[\d.]+\/latin-wght-normal\.woff2/g,
    file: '@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
  },
  {
    cdn: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/noto-mono@[\d.]+\/latin-400-normal\.woff2/g,
    file: '@fontsource/noto-mono/files/noto-mono-latin-400-normal.woff2',
  },
  {
    cdn: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/material-symbols-outlined:vf@[\d.]+\/latin-wght-normal\.woff2/g,
    file: '@fontsource-variable/material-symbols-outlined/files/material-symbols-outlined-latin-wght-normal.woff2',
  },
];

/** Copies the fonts into <out>/fonts/ and returns the rewrite that points Sveltia's stylesheet at them. */
export function localFonts(root: string, out: string): { rewrite(bundle: string): string } {
  mkdirSync(join(out, 'fonts'), { recursive: true });
  for (const font of FONTS)
    copyFileSync(resolve(root, 'node_modules', font.file), join(out, 'fonts', font.file.split('/').pop()!));
  return {
    rewrite(bundle) {
      let text = bundle;
      for (const font of FONTS) {
        const before = text;
        // Relative to the editor's page, wherever a trust hosts it.
        text = text.replace(font.cdn, `fonts/${font.file.split('/').pop()}`);
        if (text === before)
          throw new Error(
            `src/cms/fonts.ts — Sveltia no longer asks for ${font.cdn.source}; update FONTS for its new version`,
          );
      }
      return text;
    },
  };
}
