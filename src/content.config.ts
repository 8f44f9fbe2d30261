// The collections over content/ and a trust's overlay. A loader that fails during a build defers to
// the content checks running beside it, whose list names every problem at once.
import { defineCollection } from 'astro:content';
import { preferContentCheckErrors } from './checks/build-hooks';
import { layeredMdx, layeredYamlFiles, layeredYamlList, welshMdx } from './content/loaders';
import { alertEntrySchema, alertsLoader } from './features/alerts/collection';
import { checklistSchema } from './schemas/checklist';
import { guideSchema } from './schemas/guide';
import { pageSchema, SITE_PAGES } from './schemas/page';
import { scenarioSchema } from './schemas/scenario';
import { tipSchema } from './schemas/tip';
import { welshGuideSchema } from './schemas/welsh-guide';
import { welshSynonymsLoader } from './content/welsh-synonyms-loader';
import { welshSynonymsSchema } from './schemas/welsh-synonyms';
import { welshChecklistSchema, welshScenarioSchema, welshTipSchema, welshTipsSchema } from './schemas/welsh-words';
import { welshTips, welshYamlFiles } from './content/welsh-loaders';
import { welshPageSchema } from './schemas/welsh-page';

export const collections = {
  guides: defineCollection({
    loader: preferContentCheckErrors(layeredMdx('guides', guideSchema)),
    schema: guideSchema,
  }),
  checklists: defineCollection({
    loader: preferContentCheckErrors(layeredYamlFiles('checklists', checklistSchema)),
    schema: checklistSchema,
  }),
  tips: defineCollection({ loader: preferContentCheckErrors(layeredYamlList('tips', tipSchema)), schema: tipSchema }),
  pages: defineCollection({
    loader: preferContentCheckErrors(layeredMdx('pages', pageSchema, SITE_PAGES)),
    schema: pageSchema,
  }),
  alerts: defineCollection({ loader: preferContentCheckErrors(alertsLoader()), schema: alertEntrySchema }),
  scenarios: defineCollection({
    loader: preferContentCheckErrors(layeredYamlFiles('scenarios', scenarioSchema)),
    schema: scenarioSchema,
  }),
  /** content/cy/guides: the Welsh words of guides, by the English guide's file name (site.yaml languages: [en, cy]). */
  welshGuides: defineCollection({
    loader: preferContentCheckErrors(welshMdx(welshGuideSchema)),
    schema: welshGuideSchema,
  }),
  /** content/cy/synonyms.yaml: the Welsh search's synonym groups, English loan words among them. */
  welshSynonyms: defineCollection({
    loader: preferContentCheckErrors(welshSynonymsLoader()),
    schema: welshSynonymsSchema,
  }),
  /** content/cy/checklists, scenarios and tips.yaml (and a trust's cy/): Welsh words by the English names and ids. */
  welshChecklists: defineCollection({
    loader: preferContentCheckErrors(welshYamlFiles('checklists', welshChecklistSchema)),
    schema: welshChecklistSchema,
  }),
  welshScenarios: defineCollection({
    loader: preferContentCheckErrors(welshYamlFiles('scenarios', welshScenarioSchema)),
    schema: welshScenarioSchema,
  }),
  welshTips: defineCollection({ loader: preferContentCheckErrors(welshTips(welshTipsSchema)), schema: welshTipSchema }),
  /** content/cy/pages: the Welsh about, accessibility and privacy pages, by the English page's file name. */
  welshPages: defineCollection({
    loader: preferContentCheckErrors(welshMdx(welshPageSchema, 'pages')),
    schema: welshPageSchema,
  }),
};
