// The guide components as MDX gets them (<Content components={mdxComponents} />): each registered
// name with the .astro file in its folder, so editors need no import line.
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { guideComponentNames, partsOf, type GuideComponentName } from './registry';

const files = import.meta.glob<AstroComponentFactory>('./*/*.astro', { eager: true, import: 'default' });

export const mdxComponents = Object.fromEntries(
  guideComponentNames.map((name) => [name, files[`./${partsOf(name).component}`]]),
) as Record<GuideComponentName, AstroComponentFactory>;
