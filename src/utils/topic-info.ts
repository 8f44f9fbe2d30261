import type { Topic } from '../schemas/common';
import { TOPIC_KEYS } from '../schemas/topics';
import { t } from './ui-strings';

/** A topic's name and introduction, in this copy's words (content/strings.yaml and the overlay's). */
export const topicInfo = (topic: Topic): { title: string; intro: string } => ({
  title: t(TOPIC_KEYS[topic].title),
  intro: t(TOPIC_KEYS[topic].intro),
});
