// Every component editors can use in a guide, by the name they write. Each has a folder of its own
// (./<Name>/): <Name>.astro, the markup; <name>.schema.ts, its props, checked at build and by
// `npm run check`, whose `.meta({ title })` is its name in the browser editor ("Do and don't");
// <name>.example.mdx, the example in the editors' guide and its screenshot.
// Adding a component is its folder and one line here (tests/unit/guide-components.test.ts checks both).
import { calloutProps } from './Callout/callout.schema';
import { checklistProps } from './Checklist/checklist.schema';
import { contactCardProps } from './ContactCard/contact-card.schema';
import type { PropsSchema } from './component-props';
import { detailsProps } from './Details/details.schema';
import { doDontProps } from './DoDont/do-dont.schema';
import { nationWordsProps } from './NationWords/nation-words.schema';
import { stepsProps } from './Steps/steps.schema';

export const GUIDE_COMPONENTS = {
  Callout: calloutProps,
  Checklist: checklistProps,
  ContactCard: contactCardProps,
  Details: detailsProps,
  DoDont: doDontProps,
  NationWords: nationWordsProps,
  Steps: stepsProps,
} satisfies Record<string, PropsSchema>;

export type GuideComponentName = keyof typeof GUIDE_COMPONENTS;

export const guideComponentNames = Object.keys(GUIDE_COMPONENTS) as GuideComponentName[];

/** "DoDont" → "do-dont", as its schema and example files are named. */
export const kebabName = (name: string) => name.replace(/(?<=[a-z])(?=[A-Z])/g, '-').toLowerCase();

/** A component's three files, relative to this folder. */
export function partsOf(name: string): { component: string; schema: string; example: string } {
  return {
    component: `${name}/${name}.astro`,
    schema: `${name}/${kebabName(name)}.schema.ts`,
    example: `${name}/${kebabName(name)}.example.mdx`,
  };
}
