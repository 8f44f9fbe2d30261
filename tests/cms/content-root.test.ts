import { describe, expect, it } from 'vitest';
import { cmsConfig } from '../../src/cms/cms-config.generated';
import { underContentRoot } from '../../src/cms/content-root';

const paths = (config: typeof cmsConfig) =>
  config.collections.flatMap((c) => [('folder' in c ? c.folder : undefined), ...('files' in c ? c.files.map((f) => f.file) : [])]).filter(Boolean);

describe("a trust's overlay folder, edited as its own site (CMS_CONTENT)", () => {
  it('moves every collection from content/ to the overlay folder', () => {
    expect(paths(underContentRoot(cmsConfig, 'examples/northshire/'))).toEqual([
      'examples/northshire/guides',
      'examples/northshire/checklists',
      'examples/northshire/scenarios',
      'examples/northshire/tips.yaml',
      'examples/northshire/site.yaml',
      'examples/northshire/pages',
    ]);
  });

  it("asks for none of the overlay's site.yaml fields: it lists only what it changes", () => {
    const settings = underContentRoot(cmsConfig, 'examples/northshire').collections.find((c) => c.name === 'settings') as unknown as { files: { name: string; fields: { required: boolean; fields?: { required: boolean }[] }[] }[] };
    const site = settings.files.find((f) => f.name === 'site')!.fields;
    expect(site.filter((f) => f.required)).toEqual([]);
    expect(site.flatMap((f) => f.fields ?? []).filter((f) => f.required)).toEqual([]);
    const central = cmsConfig.collections.find((c) => c.name === 'settings') as unknown as typeof settings;
    expect(central.files.find((f) => f.name === 'site')!.fields.some((f) => f.required)).toBe(true);
  });

  it('leaves content/ as it is by default', () => {
    expect(paths(underContentRoot(cmsConfig, 'content'))).toEqual(paths(cmsConfig));
  });
});
