import { describe, expect, it } from 'vitest';
import { underContentRoot } from '../../src/cms/content-root';
import { editorConfig } from '../../src/cms/generated-file';
import { ROOT } from '../helpers/build';

const { cmsConfig, overlayFileFields } = editorConfig(ROOT);

const paths = (config: typeof cmsConfig) =>
  config.collections.flatMap((c) => [c.folder, ...(c.files ?? []).map((f) => f.file)]).filter(Boolean);

describe("a trust's overlay folder, edited as its own site (CMS_CONTENT)", () => {
  it('moves every collection from content/ to the overlay folder', () => {
    // The example trust publishes in English only and has no cy/ folder: its editor is English only.
    const trust = editorConfig(ROOT, 'examples/northshire');
    expect(paths(underContentRoot(trust.cmsConfig, 'examples/northshire/', trust.overlayFileFields))).toEqual([
      'examples/northshire/guides',
      'examples/northshire/checklists',
      'examples/northshire/scenarios',
      'examples/northshire/tips.yaml',
      'examples/northshire/alerts.yaml',
      'examples/northshire/site.yaml',
      'examples/northshire/help.yaml',
      'examples/northshire/pages',
    ]);
  });

  it("asks for none of the overlay's site.yaml fields: it lists only what it changes", () => {
    const settings = underContentRoot(cmsConfig, 'examples/northshire', overlayFileFields).collections.find(
      (c) => c.name === 'settings',
    ) as unknown as { files: { name: string; fields: { required: boolean; fields?: { required: boolean }[] }[] }[] };
    const site = settings.files.find((f) => f.name === 'site')!.fields;
    expect(site.filter((f) => f.required)).toEqual([]);
    expect(site.flatMap((f) => f.fields ?? []).filter((f) => f.required)).toEqual([]);
    const central = cmsConfig.collections.find((c) => c.name === 'settings') as unknown as typeof settings;
    expect(central.files.find((f) => f.name === 'site')!.fields.some((f) => f.required)).toBe(true);
  });

  it("shows a trust's help.yaml as its list of changes, additions and hidden pages, not the central tree", () => {
    type Files = { files: { name: string; fields: { name: string; fields?: { name: string }[] }[] }[] };
    const helpIn = (config: unknown) =>
      (
        (config as { collections: unknown[] }).collections.find(
          (c) => (c as { name: string }).name === 'settings',
        ) as Files
      ).files.find((f) => f.name === 'help')!.fields;
    expect(helpIn(cmsConfig).map((f) => f.name)).toEqual(['question', 'hint', 'answers']);
    const overlay = helpIn(underContentRoot(cmsConfig, 'examples/northshire', overlayFileFields));
    expect(overlay.map((f) => f.name)).toEqual(['change', 'add', 'hide']);
    expect(overlay[0].fields?.[0].name).toBe('page');
    expect(overlay[1].fields?.slice(0, 2).map((f) => f.name)).toEqual(['to', 'before']);
  });

  it('leaves content/ as it is by default', () => {
    expect(paths(underContentRoot(cmsConfig, 'content', overlayFileFields))).toEqual(paths(cmsConfig));
  });
});
