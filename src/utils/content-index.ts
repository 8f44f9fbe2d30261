import { getCollection, type CollectionEntry } from 'astro:content';
import { TOPICS, type Topic } from '../schemas/common';
import { topicInfo } from './topic-info';

export type Guide = CollectionEntry<'guides'>;

const byOrderThenTitle = (a: Guide, b: Guide) =>
  a.data.order - b.data.order || a.data.title.localeCompare(b.data.title);

/** Every guide, in topic order then by `order`. */
export async function allGuides(): Promise<Guide[]> {
  const guides = await getCollection('guides');
  return guides.sort((a, b) => TOPICS.indexOf(a.data.topic) - TOPICS.indexOf(b.data.topic) || byOrderThenTitle(a, b));
}

/** Topics that have at least one guide, with their guides. */
export async function topicsWithGuides(): Promise<{ topic: Topic; title: string; intro: string; guides: Guide[] }[]> {
  const guides = await allGuides();
  return TOPICS.map((topic) => ({
    topic,
    ...topicInfo(topic),
    guides: guides.filter((g) => g.data.topic === topic),
  })).filter((t) => t.guides.length > 0);
}

export const guidePath = (id: string) => `guides/${id}/`;
