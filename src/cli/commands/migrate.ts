import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import { oldFieldNames, type OldFieldName } from '../../config/renamed-fields';
import { readYamlFile } from '../../config/site';
import { UPSTREAM_VERSION } from '../../utils/upstream-version';
import type { CommandContext } from '../main';
import { requireSiteYaml } from '../trust';

/** The 0-based line of the key `old.from` names in site.yaml's text. */
function keyLine(source: string, old: OldFieldName): number | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  const keys = old.from.split('.');
  const parent = keys.length > 1 ? doc.getIn(keys.slice(0, -1), true) : doc.contents;
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === keys.at(-1));
  const at = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
  return at === undefined ? undefined : lineCounter.linePos(at).line - 1;
}

/**
 * `migrate`: renames, in the trust's site.yaml, every field a release renamed (src/config/renamed-fields.ts),
 * keeping the rest of the file (comments, order, quotes) as it is.
 */
export function migrateCommand({ cwd, print }: CommandContext): number {
  const missing = requireSiteYaml(cwd);
  if (missing) {
    print(missing);
    return 1;
  }
  const file = join(cwd, 'site.yaml');
  const { data, source } = readYamlFile(file, 'site.yaml');
  const found = oldFieldNames(data, source, UPSTREAM_VERSION);
  if (found.length === 0) {
    print(`site.yaml uses no renamed field: nothing to migrate for ${UPSTREAM_VERSION}.`);
    return 0;
  }
  const lines = readFileSync(file, 'utf8').split('\n');
  for (const old of found) {
    const at = keyLine(source, old);
    const [oldKey, newKey] = [old.from, old.to].map((path) => path.split('.').at(-1)!);
    if (at === undefined) continue;
    lines[at] = lines[at].replace(oldKey, newKey);
    print(`site.yaml:${at + 1} — ${old.from} is now ${old.to}`);
  }
  writeFileSync(file, lines.join('\n'));
  return 0;
}
