/// <reference types="astro/client" />

declare module 'virtual:cyber-guide/site' {
  const site: import('./integration/site-module').PublicSite;
  export default site;
}
