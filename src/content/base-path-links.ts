import type { HastPluginDefinition } from 'satteri';

/**
 * Editors write internal links from the site root ("/guides/three-random-words/"); this puts the
 * site's base path in front, so the same content works when a trust serves it under a sub-path.
 */
export function basePathLinks(base: string): HastPluginDefinition {
  const prefix = base.replace(/\/$/, '');
  const fix = (value: unknown) =>
    typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith(`${prefix}/`)
      ? `${prefix}${value}`
      : undefined;
  return {
    name: 'cyber-guide-base-path-links',
    element: {
      filter: ['a', 'img'],
      visit(node, ctx) {
        if (!prefix) return;
        for (const key of ['href', 'src']) {
          const fixed = fix(node.properties?.[key]);
          if (fixed) ctx.setProperty(node, key, fixed);
        }
      },
    },
  };
}
