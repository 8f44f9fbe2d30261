import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { jsonSchemaFiles } from '../../src/tools/json-schema-files';
import { splitFrontmatter } from '../../src/content/files';
const frontmatterOf = (source: string) => splitFrontmatter(source).frontmatter;
import { formatEditorLine } from '../../src/checks/reporter';
import { ROOT } from '../helpers/build';

const readJson = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
const settings = readJson('.vscode/settings.json') as { 'yaml.schemas': Record<string, string[]> };

/** The files a glob like "content/checklists/*.yaml" or "examples/*\/site.yaml" names, one star per segment. */
function filesMatching(glob: string): string[] {
  return glob.split('/').reduce<string[]>(
    (paths, segment) =>
      paths.flatMap((path) => {
        if (!segment.includes('*')) return existsSync(join(ROOT, path, segment)) ? [join(path, segment)] : [];
        const pattern = new RegExp(`^${segment.replace(/\./g, '\\.').replace(/\*/g, '[^/]*')}$`);
        return existsSync(join(ROOT, path))
          ? readdirSync(join(ROOT, path))
              .filter((f) => pattern.test(f))
              .map((f) => join(path, f))
          : [];
      }),
    [''],
  );
}

describe('VS Code support for editors', () => {
  it('recommends the YAML and MDX extensions', () => {
    expect(readJson('.vscode/extensions.json').recommendations).toEqual(
      expect.arrayContaining(['redhat.vscode-yaml', 'unifiedjs.vscode-mdx']),
    );
  });

  it('has JSON schemas that are exactly what `npm run schemas` makes from the zod schemas now', () => {
    const fresh = jsonSchemaFiles();
    expect(readdirSync(join(ROOT, '.vscode/schemas')).sort()).toEqual(fresh.map((f) => f.path.split('/').pop()).sort());
    for (const file of fresh)
      expect(readFileSync(join(ROOT, file.path), 'utf8'), `${file.path} is out of date: run npm run schemas`).toBe(
        file.contents,
      );
  });

  it('maps a schema to site.yaml, every checklist, scenario, tips and synonyms file', () => {
    const mapped = Object.entries(settings['yaml.schemas']).flatMap(([schema, globs]) =>
      globs.flatMap(filesMatching).map((file) => ({ schema, file })),
    );
    const files = mapped.map((m) => m.file);
    for (const expected of [
      'content/site.yaml',
      'examples/northshire/site.yaml',
      'content/tips.yaml',
      'content/synonyms.yaml',
    ])
      expect(files).toContain(expected);
    for (const dir of ['content/checklists', 'content/scenarios']) {
      for (const name of readdirSync(join(ROOT, dir))) expect(files).toContain(`${dir}/${name}`);
    }
    for (const { schema } of mapped) expect(existsSync(join(ROOT, schema)), schema).toBe(true);
  });

  it('accepts every real content file with the schema it is mapped to, so editors see no false alarms', () => {
    const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
    for (const [schema, globs] of Object.entries(settings['yaml.schemas'])) {
      const validate = ajv.compile(readJson(schema));
      for (const file of globs.flatMap(filesMatching)) {
        expect(
          validate(parse(readFileSync(join(ROOT, file), 'utf8'), { schema: 'core' })) ? [] : validate.errors,
          file,
        ).toEqual([]);
      }
    }
    const guides = ajv.compile(readJson('.vscode/schemas/guide-frontmatter.json'));
    for (const file of filesMatching('content/guides/*.mdx')) {
      expect(
        guides(parse(frontmatterOf(readFileSync(join(ROOT, file), 'utf8'))!, { schema: 'core' })) ? [] : guides.errors,
        file,
      ).toEqual([]);
    }
  });

  it('flags the mistakes the build refuses: a misspelt field, a wrong topic, a date in another form', () => {
    const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
    const guides = ajv.compile(readJson('.vscode/schemas/guide-frontmatter.json'));
    const valid = parse(frontmatterOf(readFileSync(join(ROOT, 'content/guides/public-wifi.mdx'), 'utf8'))!, {
      schema: 'core',
    });
    expect(guides({ ...valid, titel: 'x' })).toBe(false);
    expect(guides({ ...valid, topic: 'phishing' })).toBe(false);
    expect(guides({ ...valid, reviewDue: '20/11/2027' })).toBe(false);
    const site = ajv.compile(readJson('.vscode/schemas/site-overlay.json'));
    expect(site({ name: 'Our guide' })).toBe(true);
    expect(site({ colours: { primary: 'blue' } })).toBe(false);
    expect(site({ checks: { readingAgeMax: 10, longSentenceWords: 20 } })).toBe(true);
  });

  it("has a task that puts `npm run check -- --editor` lines in VS Code's Problems panel", () => {
    const task = readJson('.vscode/tasks.json').tasks.find((t: { label: string }) => t.label === 'Check content');
    expect(task.command).toBe('npm run check -- --editor');
    const pattern = new RegExp(task.problemMatcher.pattern.regexp);
    const line = formatEditorLine({
      severity: 'warning',
      check: 'review',
      file: 'content/guides/x.mdx',
      line: 7,
      message: 'the review is due',
      fix: 'review it',
    });
    expect(pattern.exec(line)?.slice(1)).toEqual([
      'warning',
      'content/guides/x.mdx',
      '7',
      'the review is due — review it',
    ]);
    expect(
      pattern
        .exec(formatEditorLine({ severity: 'notice', check: 'review', file: 'a.mdx', message: 'm', fix: 'f' }))
        ?.slice(1),
    ).toEqual([undefined, 'a.mdx', '1', 'm — f']);
  });
});
