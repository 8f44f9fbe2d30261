import type { Topic } from './common';

/** How each topic is named and introduced on the site. */
export const TOPIC_INFO: Record<Topic, { title: string; intro: string }> = {
  'email-and-phishing': { title: 'Email and phishing', intro: 'Spot scam emails, texts and calls, and what to do if you clicked.' },
  'passwords-and-accounts': { title: 'Passwords and accounts', intro: 'Strong passwords, 2-step verification, and keeping your log-in yours.' },
  devices: { title: 'Devices', intro: 'Computers, phones, USB sticks, Wi-Fi and working from home.' },
  'data-and-confidentiality': { title: 'Data and confidentiality', intro: 'Keep patient and staff information private, on screen and on paper.' },
  'incidents-and-reporting': { title: 'Incidents and reporting', intro: 'What to report, how, and what happens next. Nobody is blamed for reporting.' },
  downtime: { title: 'Downtime', intro: 'What to do when systems go down, and how to catch up safely.' },
  'working-safely': { title: 'Working safely', intro: 'Tricks people use in person and on the phone, and how to stop them.' },
};
