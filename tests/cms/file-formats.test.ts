import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatContentYaml,
  formatGuide,
  formatWelshWords,
  parseContentYaml,
  parseGuide,
  parseWelshWords,
  stringifyContentYaml,
} from '../../src/cms/file-formats';

const read = (folder: string, extension: string) =>
  readdirSync(join(process.cwd(), folder))
    .filter((f) => f.endsWith(extension))
    .map((name) => ({ name: `${folder}/${name}`, text: readFileSync(join(process.cwd(), folder, name), 'utf8') }));

describe("the editor's file formats", () => {
  it('write every guide back byte for byte when nothing changed (inline lists stay inline)', () => {
    const guides = read('content/guides', '.mdx');
    const changed = guides.filter((g) => formatGuide(parseGuide(g.text)) !== g.text).map((g) => g.name);
    expect(changed).toEqual([]);
    expect(guides.length).toBeGreaterThan(30);
  });

  it('write every checklist back byte for byte', () => {
    const checklists = read('content/checklists', '.yaml');
    expect(checklists.filter((c) => formatContentYaml(parseContentYaml(c.text)) !== c.text).map((c) => c.name)).toEqual(
      [],
    );
  });

  it('write a changed field and keep the rest', () => {
    const source = '---\ntitle: Old\nkeywords: [a, "7726"]\nreviewed: 2026-11-20\n---\n\nText.\n';
    const guide = parseGuide(source);
    expect(guide.keywords).toEqual(['a', '7726']);
    expect(formatGuide({ ...guide, title: 'New: better' })).toBe(
      '---\ntitle: "New: better"\nkeywords: [a, "7726"]\nreviewed: 2026-11-20\n---\n\nText.\n',
    );
  });

  it('write a Welsh file over its own text: only the edited values change, comments, quotes and order stay', () => {
    const source = [
      '# Welsh words of content/checklists/x.yaml.',
      'title: "Hen deitl"',
      'translationOf: x@0123456789ab',
      'translation: draft',
      'items:',
      '  # the first',
      '  - id: one',
      '    action: |',
      '      Gwnewch hyn.',
      '',
    ].join('\n');
    const data = parseContentYaml(source);
    expect(data).toMatchObject({ title: 'Hen deitl', translation: 'draft' });
    // Sveltia trims every text it saves: the block's last line break is not an edit.
    const items = [
      { id: 'one', action: 'Gwnewch hyn.' },
      { id: 'two', action: 'A hyn: hefyd.' },
    ];
    expect(formatContentYaml({ ...data, title: 'Teitl: newydd', items })).toBe(
      source.replace('"Hen deitl"', '"Teitl: newydd"') + '  - id: two\n    action: "A hyn: hefyd."\n',
    );
    // A value left out is removed with its line; nothing else moves.
    const { translationOf: _, ...without } = data;
    expect(formatContentYaml(without).split('\n')).toEqual(
      source.split('\n').filter((line) => !line.startsWith('translationOf')),
    );
  });

  it('write an English checklist or example as before: only a Welsh file (one with translation:) keeps its text', () => {
    const source = '# a comment\ntitle: "Old"\nitems: [a, b]\n';
    expect(formatContentYaml({ ...parseContentYaml(source), title: 'New' })).toBe(
      stringifyContentYaml({ title: 'New', items: ['a', 'b'] }),
    );
  });

  it("give cy/strings.yaml's dotted keys to the form with / for the dot, which Sveltia would read as a step, and write them back with dots", () => {
    const source =
      'translation: draft\n# menu\nnav.home: "Hafan"\ntopic.devices: "Dyfeisiau"\ntopic.devices.intro: "Ffonau."\n';
    const data = parseWelshWords(source);
    expect(Object.keys(data).filter((key) => !key.startsWith('__'))).toEqual([
      'translation',
      'nav/home',
      'topic/devices',
      'topic/devices/intro',
    ]);
    expect(formatWelshWords({ ...data, 'nav/home': 'Hafan (newydd)' })).toBe(
      source.replace('"Hafan"', '"Hafan (newydd)"'),
    );
    // A file the editor makes (a trust's first cy/strings.yaml) is written as our files are.
    expect(formatWelshWords({ translation: 'draft', 'nav/home': 'Hafan' })).toBe(
      'translation: draft\nnav.home: Hafan\n',
    );
  });
});
