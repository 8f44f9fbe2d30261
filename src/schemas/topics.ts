import type { Topic } from './common';
import type { WordKey } from './strings';

/**
 * Where each topic's name and introduction are in content/strings.yaml (a trust may change them in
 * its own strings.yaml). topicInfo() in src/utils/topic-info.ts gives the words.
 */
export const TOPIC_KEYS: Record<Topic, { title: WordKey; intro: WordKey }> = {
  'email-and-phishing': { title: 'topic.emailAndPhishing', intro: 'topic.emailAndPhishing.intro' },
  'passwords-and-accounts': { title: 'topic.passwordsAndAccounts', intro: 'topic.passwordsAndAccounts.intro' },
  devices: { title: 'topic.devices', intro: 'topic.devices.intro' },
  'data-and-confidentiality': { title: 'topic.dataAndConfidentiality', intro: 'topic.dataAndConfidentiality.intro' },
  'incidents-and-reporting': { title: 'topic.incidentsAndReporting', intro: 'topic.incidentsAndReporting.intro' },
  downtime: { title: 'topic.downtime', intro: 'topic.downtime.intro' },
  'working-safely': { title: 'topic.workingSafely', intro: 'topic.workingSafely.intro' },
};
