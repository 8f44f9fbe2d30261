// The editor's page script: loads Sveltia CMS from our own folder (copied from node_modules by
// build.ts), registers the guide components as blocks and starts it with the configuration made when the editor was built.
import {
  cmsConfig,
  editorComponentData,
  overlayFileFields,
  unwrittenGuideDefaults,
} from 'virtual:cyber-guide/cms-config';
import { underContentRoot } from './content-root';
import { editorFormats } from './file-formats';
import { fromBlock, patternOf, toBlock } from './mdx-blocks';
import { keepRequestsHome } from './requests-home';

/** Chosen when the editor is built (build.ts): the backend (local folder, test repository, GitHub or GitLab) and publish mode. */
declare const __CMS_BACKEND__: { backend: Record<string, unknown>; publish_mode?: string };
/** The git host's API, the one other address the editor may call (empty for the local folder). */
declare const __CMS_ALLOWED_ORIGINS__: string[];
/** The folder the editor works on: content/, or a trust's overlay folder (CMS_CONTENT). */
declare const __CMS_CONTENT__: string;

interface SveltiaCms {
  init(options: { config: unknown }): void;
  registerEditorComponent(definition: unknown): void;
  registerCustomFormat(
    name: string,
    extension: string,
    methods: { fromFile(text: string): unknown; toFile(value: Record<string, unknown>): string },
  ): void;
}

keepRequestsHome(__CMS_ALLOWED_ORIGINS__);

// Sveltia starts itself on import unless told not to; we start it once the blocks are registered.
(window as unknown as { CMS_MANUAL_INIT: boolean }).CMS_MANUAL_INIT = true;
const { default: CMS } = (await import(/* a file next to this one */ './sveltia-cms.mjs' as string)) as {
  default: SveltiaCms;
};

// Our writers keep inline lists inline, so a save changes only what the editor changed (file-formats.ts).
for (const { name, extension, ...methods } of editorFormats(unwrittenGuideDefaults))
  CMS.registerCustomFormat(name, extension, methods);

for (const component of editorComponentData) {
  CMS.registerEditorComponent({
    id: component.id,
    label: component.label,
    fields: component.fields,
    pattern: patternOf(component),
    fromBlock: (match: RegExpMatchArray) => fromBlock(component, match),
    toBlock: (props: Record<string, unknown>) => toBlock(component, props),
    toPreview: (props: Record<string, unknown>) => toBlock(component, props),
  });
}

CMS.init({ config: { ...underContentRoot(cmsConfig, __CMS_CONTENT__, overlayFileFields), ...__CMS_BACKEND__ } });
