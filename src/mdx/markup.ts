// The markup of the guide components: the .astro components beside this file wrap it.
import type { PublicSite } from '../integration/site-module';
import { t } from '../ui-strings';
import { CALLOUT_TYPES } from './callout-types';
import { ComponentPropError } from './prop-error';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const e = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** A component that wraps what the editor wrote inside it. */
export interface Wrapper {
  open: string;
  close: string;
}

export type Contacts = PublicSite['contacts'];

/** What an editor wrote on a component: checked here, since MDX passes whatever was typed. */
type Written = Record<string, unknown>;

/** A highlighted box. type: "info" (default), "warning" or "urgent". title: optional heading. */
export function callout({ type = 'info', title }: Written, page: string): Wrapper {
  if (!(CALLOUT_TYPES as readonly unknown[]).includes(type)) throw new ComponentPropError('Callout', 'type', type, CALLOUT_TYPES.join(', '), page);
  const kind = type as (typeof CALLOUT_TYPES)[number];
  const role = kind === 'urgent' ? ' role="note"' : '';
  return {
    open: `<div class="app-callout app-callout--${kind}"${role}><p class="app-callout__title"><span class="nhsuk-u-visually-hidden">${e(t(`callout.${kind}`))}: </span>${e(title == null ? t(`callout.${kind}`) : String(title))}</p>`,
    close: '</div>',
  };
}

/** An expander: the summary is always shown, the rest opens on a tap. */
export function details({ summary }: Written, page: string): Wrapper {
  if (typeof summary !== 'string' || summary.trim() === '') {
    throw new ComponentPropError('Details', 'summary', summary, 'the text people tap to open it, like summary="Why does this matter?"', page);
  }
  return {
    open: `<details class="nhsuk-details"><summary class="nhsuk-details__summary"><span class="nhsuk-details__summary-text">${e(summary)}</span></summary><div class="nhsuk-details__text">`,
    close: '</div></details>',
  };
}

/** Numbers the steps of an ordered Markdown list inside it, so each step stands out. */
export const steps = (): Wrapper => ({ open: '<div class="app-steps">', close: '</div>' });

const TICK =
  '<svg class="nhsuk-icon nhsuk-icon--tick" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true" focusable="false" width="34" height="34"><path stroke="#007f3b" stroke-width="4" stroke-linecap="round" fill="none" d="M18.4 7.8l-8.5 8.4L5.6 12"></path></svg>';
const CROSS =
  '<svg class="nhsuk-icon nhsuk-icon--cross" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true" focusable="false" width="34" height="34"><path d="M17 18.5c-.4 0-.8-.1-1.1-.4l-10-10c-.6-.6-.6-1.6 0-2.1.6-.6 1.5-.6 2.1 0l10 10c.6.6.6 1.5 0 2.1-.3.3-.6.4-1 .4z" fill="#d5281b"></path><path d="M7 18.5c-.4 0-.8-.1-1.1-.4-.6-.6-.6-1.5 0-2.1l10-10c.6-.6 1.5-.6 2.1 0 .6.6.6 1.5 0 2.1l-10 10c-.3.3-.6.4-1 .4z" fill="#d5281b"></path></svg>';

/** Two lists side by side: what to do and what not to do. Both are lists of short sentences. */
export function doDont(props: Written, page: string): string {
  for (const name of ['do', 'dont'] as const) {
    const value = props[name];
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
      throw new ComponentPropError('DoDont', name, value, 'a list of sentences, like {["Check the sender"]}', page);
    }
  }
  const list = (label: string, kind: 'tick' | 'cross', items: string[], icon: string) =>
    `<div class="nhsuk-do-dont-list"><h3 class="nhsuk-do-dont-list__label">${e(label)}</h3><ul class="nhsuk-list nhsuk-list--${kind}">${items.map((item) => `<li>${icon}${e(item)}</li>`).join('')}</ul></div>`;
  return list(t('doDont.do'), 'tick', props.do as string[], TICK) + list(t('doDont.dont'), 'cross', props.dont as string[], CROSS);
}

/** A contact from site.yaml, by name, with tap-to-call and tap-to-email. */
export function contactCard({ name, headingLevel = 3 }: Written, contacts: Contacts, page: string): string {
  const contact = typeof name === 'string' ? contacts[name] : undefined;
  if (!contact) throw new ComponentPropError('ContactCard', 'name', name, `one of the contacts in site.yaml: ${Object.keys(contacts).join(', ')}`, page);
  const row = (label: string, value: string) => `<dt>${e(label)}</dt><dd>${value}</dd>`;
  const rows = [
    contact.tel && row(t('contact.call'), `<a href="${e(contact.tel)}">${e(contact.phone ?? '')}</a>`),
    contact.email && row(t('contact.email'), `<a href="mailto:${e(contact.email)}">${e(contact.email)}</a>`),
    contact.hours && row(t('contact.hours'), e(contact.hours)),
    contact.url && row(t('contact.moreInfo'), `<a href="${e(contact.url)}">${e(contact.url.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, ''))}</a>`),
  ];
  const h = `h${[2, 3, 4].includes(headingLevel as number) ? headingLevel : 3}`;
  return `<div class="app-contact" data-index-ignore><${h} class="app-contact__name">${e(contact.label)}</${h}>${contact.how ? `<p>${e(contact.how)}</p>` : ''}<dl class="app-contact__list">${rows.filter(Boolean).join('')}</dl></div>`;
}
