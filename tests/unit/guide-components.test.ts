import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkedProps, type GuideComponentContext } from '../../src/components/guide/component-props';
import { partFile } from '../../src/components/guide/examples';
import { GUIDE_COMPONENTS, guideComponentNames, partsOf } from '../../src/components/guide/registry';
import { ROOT } from '../helpers/build';

const FOLDER = join(ROOT, 'src/components/guide');
const CONTEXT: GuideComponentContext = {
  contacts: ['serviceDesk', 'csoc'],
  checklists: ['end-of-shift'],
  hiddenChecklists: new Map([
    ['lost-device', 'take "checklists/lost-device" out of hide: in site.yaml, or remove the component'],
  ]),
};
const props = (name: keyof typeof GUIDE_COMPONENTS, written: Record<string, unknown>) => () =>
  checkedProps(name, GUIDE_COMPONENTS[name](CONTEXT), written, 'content/guides/x.mdx');

// That each component checks its own props as it is drawn is tested by drawing them, with wrong props,
// in tests/build/dev-reload.test.ts.
describe('the guide components (src/components/guide/)', () => {
  it('registers every folder, and every registered component has its markup, its schema and its example', () => {
    const folders = readdirSync(FOLDER, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(folders).toEqual([...guideComponentNames].sort());
    for (const name of guideComponentNames) {
      for (const part of Object.values(partsOf(name))) expect(existsSync(partFile(part)), part).toBe(true);
    }
  });

  it('fails on a wrong prop naming the guide file, the prop, what was written and what is allowed', () => {
    expect(props('DoDont', { do: [1, 2], dont: ['No'] })).toThrowErrorMatchingInlineSnapshot(
      `[ComponentPropError: content/guides/x.mdx — <DoDont> do is [1,2] — use a list of sentences in double quotes, like do={["Check the sender"]}]`,
    );
    expect(props('DoDont', { do: ['Yes'] })).toThrowErrorMatchingInlineSnapshot(
      `[ComponentPropError: content/guides/x.mdx — <DoDont> has no dont — use a list of sentences in double quotes, like dont={["Reply with your password"]}]`,
    );
    expect(props('Callout', { type: 'loud' })).toThrowErrorMatchingInlineSnapshot(
      `[ComponentPropError: content/guides/x.mdx — <Callout> type is "loud" — use type="info", type="warning" or type="urgent"]`,
    );
    expect(props('Details', { summary: '  ' })).toThrowErrorMatchingInlineSnapshot(
      `[ComponentPropError: content/guides/x.mdx — <Details> summary is "  " — add the text people tap to open it, like summary="Why does this matter?"]`,
    );
    expect(props('ContactCard', { name: 'serviceDsk' })).toThrowErrorMatchingInlineSnapshot(
      `[ComponentPropError: content/guides/x.mdx — <ContactCard> name is "serviceDsk" — did you mean name="serviceDesk"?]`,
    );
    expect(props('ContactCard', { name: 'serviceDesk', headingLevel: 5 })).toThrowErrorMatchingInlineSnapshot(
      `[ComponentPropError: content/guides/x.mdx — <ContactCard> headingLevel is 5 — use headingLevel={2}, {3} or {4}]`,
    );
    expect(props('Checklist', { name: 'lost-device' })).toThrowErrorMatchingInlineSnapshot(
      `[ComponentPropError: content/guides/x.mdx — <Checklist> name is "lost-device" — take "checklists/lost-device" out of hide: in site.yaml, or remove the component]`,
    );
    expect(props('Checklist', {})).toThrowErrorMatchingInlineSnapshot(
      `[ComponentPropError: content/guides/x.mdx — <Checklist> has no name — use the file name of a checklist in checklists/, without .yaml: end-of-shift]`,
    );
  });

  it('fills in the defaults a component draws with', () => {
    expect(props('Callout', {})()).toEqual({ type: 'info' });
    expect(props('ContactCard', { name: 'csoc' })()).toEqual({ name: 'csoc', headingLevel: 3 });
    expect(props('DoDont', { do: ['a'], dont: ['b'] })()).toEqual({ do: ['a'], dont: ['b'] });
  });
});
