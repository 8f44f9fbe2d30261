// The components editors can use in any guide, without an import line.
import Callout from './Callout.astro';
import Checklist from './Checklist.astro';
import ContactCard from './ContactCard.astro';
import Details from './Details.astro';
import DoDont from './DoDont.astro';
import Steps from './Steps.astro';

export const mdxComponents = { Callout, Checklist, ContactCard, Details, DoDont, Steps };
