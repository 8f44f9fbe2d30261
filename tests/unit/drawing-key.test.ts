import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DRAWING_CODE, DRAWING_PACKAGES, drawingKey, packageVersion } from '../../src/integration/guide-html-cache';
import { ROOT } from '../helpers/build';

/**
 * Every file and package a module's code needs at run time, following its own imports. Type-only
 * imports are left out: they change no HTML.
 */
function importsOf(start: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    if (file.endsWith('.json')) return;
    const source = readFileSync(file, 'utf8');
    for (const [, specifier] of source.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+'([^']+)'/gm)) {
      if (specifier.startsWith('node:')) continue;
      if (!specifier.startsWith('.')) {
        packages.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]);
        continue;
      }
      const target = resolve(dirname(file), specifier);
      visit([target, `${target}.ts`, join(target, 'index.ts')].find((candidate) => existsSync(candidate) && statSync(candidate).isFile())!);
    }
  };
  visit(start);
  return { files, packages };
}

describe('the key kept guides are checked against', () => {
  const integration = join(ROOT, 'src/integration');
  const drawing = importsOf(join(integration, 'guide-html.ts'));

  it('covers every file the code that draws a guide runs, en.json\'s words included', () => {
    const listed = DRAWING_CODE.map((file) => relative(ROOT, resolve(integration, file))).sort();
    expect(listed).toEqual([...drawing.files].map((file) => relative(ROOT, file)).sort());
    expect(listed).toContain('src/ui-strings/en.json');
  });

  it('covers the version of every package that code uses', () => {
    expect([...DRAWING_PACKAGES].sort()).toEqual([...drawing.packages].sort());
    for (const name of DRAWING_PACKAGES) {
      const installed = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
      expect(packageVersion(name), name).toBe(installed);
    }
  });

  it('changes with what site.yaml gives the guides', () => {
    expect(drawingKey({ basePath: '/', contacts: {} })).toBe(drawingKey({ basePath: '/', contacts: {} }));
    expect(drawingKey({ basePath: '/', contacts: {} })).not.toBe(drawingKey({ basePath: '/trust/cyber/', contacts: {} }));
  });
});
