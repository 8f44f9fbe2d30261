import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorConfig } from '../../src/cms/generated-file';
import { fromBlock, patternOf, toBlock } from '../../src/cms/mdx-blocks';

const { editorComponentData } = editorConfig(process.cwd());
const guidesDir = join(process.cwd(), 'content/guides');
const guides = readdirSync(guidesDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((name) => ({ name, source: readFileSync(join(guidesDir, name), 'utf8') }));
const component = (id: string) => editorComponentData.find((c) => c.id === id)!;

describe('guide components as editor blocks', () => {
  it('gives back every component in every guide byte for byte (what a save writes for a block nobody changed)', () => {
    let blocks = 0;
    for (const data of editorComponentData) {
      const global = new RegExp(patternOf(data).source, 'gm');
      for (const guide of guides) {
        for (const match of guide.source.matchAll(global)) {
          blocks++;
          expect(toBlock(data, fromBlock(data, match)), `${guide.name}: ${match[0].slice(0, 60)}`).toBe(match[0]);
        }
      }
    }
    // Every component tag in the guides was found by a pattern (none left for the editor to show as raw text).
    const tags = guides.reduce(
      (n, g) =>
        n + (g.source.match(new RegExp(`^<(${editorComponentData.map((c) => c.id).join('|')})\\b`, 'gm'))?.length ?? 0),
      0,
    );
    expect(blocks).toBe(tags);
    expect(blocks).toBeGreaterThan(100);
  });

  it('keeps a one-line Callout on one line, and a spaced <Steps> list spaced', () => {
    const callout = '<Callout type="warning" title="Found a USB stick?">Hand it in.</Callout>';
    expect(
      toBlock(component('Callout'), fromBlock(component('Callout'), callout.match(patternOf(component('Callout')))!)),
    ).toBe(callout);
    const steps = '<Steps>\n\n1. One\n2. Two\n\n</Steps>';
    expect(
      toBlock(component('Steps'), fromBlock(component('Steps'), steps.match(patternOf(component('Steps')))!)),
    ).toBe(steps);
  });

  it('writes a new block as the guides do: props in schema order, lists as ["a", "b"], text on lines of its own', () => {
    expect(toBlock(component('Callout'), { title: 'Stop', type: 'urgent', children: 'Call now.' })).toBe(
      '<Callout type="urgent" title="Stop">\nCall now.\n</Callout>',
    );
    expect(
      toBlock(component('DoDont'), { do: ['Check the sender'], dont: ['Reply with your password', 'Click "Allow"'] }),
    ).toBe('<DoDont do={["Check the sender"]} dont={["Reply with your password", "Click \\"Allow\\""]} />');
    expect(toBlock(component('ContactCard'), { name: 'serviceDesk', headingLevel: 2 })).toBe(
      '<ContactCard name="serviceDesk" headingLevel={2} />',
    );
  });

  it('reads back a prop written with quotes inside it', () => {
    const tag = '<DoDont do={["Say \\"no\\" politely"]} dont={["Share it"]} />';
    expect(fromBlock(component('DoDont'), tag.match(patternOf(component('DoDont')))!)).toEqual({
      do: ['Say "no" politely'],
      dont: ['Share it'],
    });
  });
});
