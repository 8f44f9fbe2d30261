// The editor's configuration, made when the editor is built (generated-file.ts, through build.ts).
declare module 'virtual:cyber-guide/cms-config' {
  type Config = import('./generated-file').EditorConfig;
  export const cmsConfig: Config['cmsConfig'];
  export const unwrittenGuideDefaults: Config['unwrittenGuideDefaults'];
  export const editorComponentData: Config['editorComponentData'];
  export const overlayFileFields: Config['overlayFileFields'];
}
