// The components a site page (content/pages/*.mdx) may use besides the guide components: each shows
// one of this copy's own values, so a page holds no name, number or key that could go out of date.
import ContactName from './ContactName.astro';
import DeviceKey from './DeviceKey.astro';
import Email from './Email.astro';
import Organisation from './Organisation.astro';
import Phone from './Phone.astro';
import SiteName from './SiteName.astro';
import Words from './Words.astro';

export const pageComponents = { ContactName, DeviceKey, Email, Organisation, Phone, SiteName, Words };
