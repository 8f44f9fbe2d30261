import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse } from 'yaml';
import { suggest } from '../../config/errors';
import { lineOfPath } from '../../config/yaml-lines';
import { translationProblems } from '../../content/translation-state';
import { welshFiles, welshTipsFiles } from '../../content/welsh-files';
import type { Check, CheckContext } from '../types';
import type { Problem } from '../../schemas/problem';

/** A Welsh file as the checks read it: its fields, text and the name shown to editors. */
interface WelshFile {
  path: string;
  file: string;
  name: string;
  source: string;
  data: Record<string, unknown>;
}

function readWelsh(path: string, root: string): WelshFile | undefined {
  const source = readFileSync(path, 'utf8');
  let data: unknown;
  try {
    data = parse(source);
  } catch {
    // Not YAML at all: the loader names the line when the site is built.
    return undefined;
  }
  const file = relative(root, path).replaceAll('\\', '/');
  const name = file.slice(file.lastIndexOf('/') + 1, -'.yaml'.length);
  return { path, file, name, source, data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {} };
}

/** What every Welsh file says about itself: the English version it translates, and whether it is a draft. */
function translationOfFile(welsh: WelshFile, english: { file: string; source: string }, strict: boolean): Problem[] {
  const source = { name: welsh.name, source: english.source, shown: english.file };
  return translationProblems(
    { check: 'welsh', file: welsh.file, yaml: welsh.source, lineOffset: 0, data: welsh.data },
    source,
    strict,
  );
}

const noEnglish = (welsh: WelshFile, what: string, folder: string): Problem => ({
  check: 'welsh',
  severity: 'error',
  file: welsh.file,
  line: 1,
  message: `there is no English ${what} content/${folder}/${welsh.name}.yaml for this Welsh ${what} to translate`,
  fix: `give the file the same name as the English ${what} it translates, or remove it`,
});

/**
 * A Welsh checklist's items are the English checklist's, by id: ticks are saved under the id, so the
 * two languages share them only when the ids are the same. A missing or extra id is an error.
 */
function checklistProblems(welsh: WelshFile, english: { file: string; ids: string[] }): Problem[] {
  const items = Array.isArray(welsh.data.items) ? (welsh.data.items as { id?: unknown }[]) : [];
  const ids = items.map((item) => String(item?.id ?? ''));
  const problems: Problem[] = [];
  const missing = english.ids.filter((id) => !ids.includes(id));
  if (missing.length > 0)
    problems.push({
      check: 'welsh',
      severity: 'error',
      file: welsh.file,
      line: lineOfPath(welsh.source, ['items']) ?? 1,
      message: `items: no Welsh words for the English item${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (${english.file})`,
      fix: `add ${missing.map((id) => `"- id: ${id}"`).join(', ')} with its Welsh action and why`,
    });
  ids.forEach((id, index) => {
    if (english.ids.includes(id)) return;
    const near = suggest(id, missing.length > 0 ? missing : english.ids);
    problems.push({
      check: 'welsh',
      severity: 'error',
      file: welsh.file,
      line: lineOfPath(welsh.source, ['items', index, 'id']),
      message: `items: "${id}" is not an item of the English checklist ${english.file}`,
      fix: near
        ? `use the English item's id as it is: did you mean "${near}"?`
        : 'remove this item, or use the id of an English item',
    });
  });
  return problems;
}

/**
 * A Welsh scenario keeps the English red flags, one for one, in their order, and the English example's
 * subject and sender detail (the Welsh words replace the English ones, so one left out would vanish).
 */
function scenarioProblems(welsh: WelshFile, english: { file: string; flags: number; fields: string[] }): Problem[] {
  const flags = Array.isArray(welsh.data.redFlags) ? welsh.data.redFlags.length : 0;
  const missing = english.fields.filter((field) => !(field in welsh.data));
  const fields: Problem[] = missing.map((field) => ({
    check: 'welsh',
    severity: 'error',
    file: welsh.file,
    line: 1,
    message: `${field}: the English example ${english.file} has one, and this Welsh file has not`,
    fix: `add ${field}: with its Welsh words (an address or number stays as it is)`,
  }));
  if (flags === english.flags) return fields;
  return [
    ...fields,
    {
      check: 'welsh',
      severity: 'error',
      file: welsh.file,
      line: lineOfPath(welsh.source, ['redFlags']) ?? 1,
      message: `redFlags: ${flags} in Welsh, and the English example ${english.file} has ${english.flags}`,
      fix: 'translate each English red flag, in the same order, quoting the Welsh words',
    },
  ];
}

/** A Welsh tip translates an English tip of the same id. */
function tipProblems(welsh: WelshFile, englishIds: string[]): Problem[] {
  const tips = welsh.data.tips && typeof welsh.data.tips === 'object' ? Object.keys(welsh.data.tips) : [];
  return tips
    .filter((id) => !englishIds.includes(id))
    .map((id) => {
      const near = suggest(id, englishIds);
      return {
        check: 'welsh',
        severity: 'error',
        file: welsh.file,
        line: lineOfPath(welsh.source, ['tips', id]),
        message: `tips: "${id}" is not the id of an English tip (content/tips.yaml)`,
        fix: near ? `did you mean "${near}"?` : 'use the id of an English tip, or remove this line',
      };
    });
}

/** The Welsh checklists, scenarios and tips: each translates an English one that exists, by the same name and ids. */
function welshWordsProblems({ content, settings }: CheckContext): Problem[] {
  const { site, root } = content;
  const problems: Problem[] = [];
  const read = (path: string) => readWelsh(path, root);
  for (const welsh of welshFiles(site, 'checklists').map(read)) {
    if (!welsh) continue;
    const english = content.checklists.find((c) => c.slug === welsh.name);
    if (!english) problems.push(noEnglish(welsh, 'checklist', 'checklists'));
    else
      problems.push(
        ...checklistProblems(welsh, { file: english.file, ids: english.data?.items.map((i) => i.id) ?? [] }),
        ...translationOfFile(welsh, english, settings.strict),
      );
  }
  for (const welsh of welshFiles(site, 'scenarios').map(read)) {
    if (!welsh) continue;
    const english = content.scenarios.find((s) => s.slug === welsh.name);
    if (!english) problems.push(noEnglish(welsh, 'example', 'scenarios'));
    else
      problems.push(
        ...scenarioProblems(welsh, {
          file: english.file,
          flags: english.data?.redFlags.length ?? 0,
          fields: (['subject', 'fromDetail'] as const).filter((field) => english.data?.[field] !== undefined),
        }),
        ...translationOfFile(welsh, english, settings.strict),
      );
  }
  const englishTips = content.tips.flatMap((file) => file.entries.flatMap((e) => (e.data ? [e.data.id] : [])));
  const centralTips = content.tips.find((file) => file.layer === 'central');
  for (const welsh of welshTipsFiles(site).filter(existsSync).map(read)) {
    if (!welsh) continue;
    problems.push(...tipProblems(welsh, englishTips));
    if (centralTips) problems.push(...translationOfFile(welsh, centralTips, settings.strict));
  }
  return problems;
}

/** Welsh checklists, practice examples and tips: the English ones they translate, with the same ids. */
export const welshWordsCheck: Check = { name: 'welsh', run: welshWordsProblems };
