import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { activeSvgContent } from '../../src/config/site';
import { ROOT } from '../helpers/build';

describe('an SVG logo', () => {
  it.each([
    ['<svg><script>alert(1)</script></svg>', 'a <script> element'],
    ['<svg><foreignObject><div></div></foreignObject></svg>', 'a <foreignObject> element'],
    ['<svg><a href="javascript:alert(1)"><rect/></a></svg>', 'a javascript: link'],
    ['<svg><image href="https://tracker.example/x.png"/></svg>', 'a link to another site'],
    ['<svg><style>@import "//evil.example/x.css";</style></svg>', 'a style that loads from another site'],
  ])('is refused when it holds active or outside content: %s', (svg, found) => {
    expect(activeSvgContent(svg)).toBe(found);
  });

  it('is accepted when plain, as ours and the example trust’s are', () => {
    for (const file of ['content/brand/logo.svg', 'examples/northshire/brand/logo.svg'])
      expect(activeSvgContent(readFileSync(join(ROOT, file), 'utf8')), file).toBeUndefined();
    expect(
      activeSvgContent(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><use href="#a"/></svg>',
      ),
    ).toBeUndefined();
  });
});
