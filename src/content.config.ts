import { defineCollection } from 'astro:content';
import { checklistSchema } from './schemas/checklist';
import { guideSchema } from './schemas/guide';
import { scenarioSchema } from './schemas/scenario';
import { tipSchema } from './schemas/tip';
import { layeredMdx, layeredYamlFiles, layeredYamlList } from './content/loaders';

export const collections = {
  guides: defineCollection({ loader: layeredMdx('guides', guideSchema), schema: guideSchema }),
  checklists: defineCollection({ loader: layeredYamlFiles('checklists', checklistSchema), schema: checklistSchema }),
  tips: defineCollection({ loader: layeredYamlList('tips', tipSchema), schema: tipSchema }),
  scenarios: defineCollection({ loader: layeredYamlFiles('scenarios', scenarioSchema), schema: scenarioSchema }),
};
