// The components a site page may use for this copy's own values, each with its props' schema: the
// build's components check the props with these (page-props.ts), and `npm run check` reads the same.
import { z } from 'astro/zod';
import type { PropsSchema } from '../guide/component-props';
import type { SiteConfig } from '../../schemas/site';
import { contactProps, deviceKeyProps, wordsProps } from './page-props';

const noProps = z.object({});

/** Each page component's props schema, for this copy's contacts. */
export const pageComponentSchemas = (site: Pick<SiteConfig, 'contacts'>): Record<string, PropsSchema> => ({
  ContactName: () => contactProps(site, 'label'),
  DeviceKey: () => deviceKeyProps,
  Email: () => contactProps(site, 'email'),
  Organisation: () => noProps,
  Phone: () => contactProps(site, 'phone'),
  SiteName: () => noProps,
  Words: () => wordsProps,
});
