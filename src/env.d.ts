/// <reference types="astro/client" />

declare module 'virtual:cyber-guide/site' {
  const site: import('./integration/site-module').PublicSite;
  export default site;
}

declare module 'virtual:cyber-guide/help' {
  /** The helper's tree: content/help.yaml with the overlay's help.yaml applied (src/features/helper/load.ts). */
  const help: import('./features/helper/types').HelpQuestion;
  export default help;
}

// Astro 7's editor tooling types .astro files; plain `tsc --noEmit` needs to be told what they export.
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}

declare namespace App {
  interface Locals {
    /** The guide a page is made from (content/guides/x.mdx), set by the guide page for its components' errors. */
    guideFile?: string;
  }
}
