// The guide components as Sveltia editor blocks, described as data: each one's props become form
// fields (from its zod props schema), and whether it wraps text (its markup has a <slot />).
// The browser module (main.ts) turns this data into the pattern/fromBlock/toBlock Sveltia needs.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GUIDE_COMPONENTS, guideComponentNames, partsOf } from '../components/guide/registry';
import { inputJsonSchema } from '../tools/json-schema-files';
import { fieldsOf, type CmsField } from './fields';

/** One guide component as the editor offers it. */
export interface EditorComponentData {
  /** The name editors write: <Callout>. */
  id: string;
  label: string;
  /** Its props, in the schema's order: toBlock writes them in this order. */
  fields: CmsField[];
  /** Whether it wraps text (Callout, Details, Steps), which becomes a Markdown field named "children". */
  wrapsText: boolean;
}

/** Names from this copy of the guide are checked by `npm run check`; the form takes any text. */
const ANY_NAMES = { contacts: [], checklists: [] };

/**
 * The name editors see on a component's block and in the Insert menu: its props schema's title
 * (`.meta({ title: "Do and don't" })` in its folder), never one made up from <DoDont> ("Do dont").
 */
export function componentLabel(id: string, props: Record<string, unknown>): string {
  if (typeof props.title === 'string' && props.title.trim()) return props.title;
  throw new Error(
    `src/components/guide/${partsOf(id).schema} — the props schema has no title for the browser editor — end its z.object({…}) with .meta({ title: "…" }), the name editors see, like "Contact card"`,
  );
}

/** Every registered guide component, from its props schema and its markup. */
export function editorComponents(componentsDir: string): EditorComponentData[] {
  return guideComponentNames.map((id) => {
    const props = inputJsonSchema(GUIDE_COMPONENTS[id](ANY_NAMES));
    const label = componentLabel(id, props);
    const markup = readFileSync(resolve(componentsDir, partsOf(id).component), 'utf8');
    const wrapsText = /<slot\b/.test(markup);
    // A prop with a default is left out of the block unless set, so "required" only for the rest.
    const fields = fieldsOf(props);
    return {
      id,
      label,
      fields: wrapsText
        ? [
            ...fields,
            { name: 'children', label: 'Text', widget: 'markdown', required: true },
            // Not shown: how the block sits around its text in the file, so a save keeps it (mdx-blocks.ts).
            { name: 'layout', label: 'Layout', widget: 'hidden', required: false },
          ]
        : fields,
      wrapsText,
    };
  });
}
