import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Problem } from '../schemas/problem';
import { siteSchema, type SiteConfig } from '../schemas/site';
import { ContentError, fileError, schemaProblems, shapeFinder, yamlSyntaxProblem } from './errors';
import { unchangedExampleNumbers } from './example-numbers';
import { loadNation, type NationContent } from './nation';
import { oldFieldNames, oldNameProblem, withNewNames } from './renamed-fields';
import { nation as nationSchema } from '../schemas/nation';
import { UPSTREAM_VERSION } from '../utils/upstream-version';
import { parsedYaml } from './yaml-lines';
import { isPlainObject, type Plain } from '../utils/plain-object';

/** Merges an overlay over a base: nested objects merge, anything else (lists included) is replaced. */
export function mergeDeep(base: Plain, overlay: Plain): Plain {
  const merged: Plain = { ...base };
  for (const [key, value] of Object.entries(overlay)) {
    merged[key] = isPlainObject(value) && isPlainObject(base[key]) ? mergeDeep(base[key] as Plain, value) : value;
  }
  return merged;
}

/** Reads a YAML file, failing with the file, line and a fix when it is malformed. */
export function readYaml(file: string, display = file): { data: unknown; source: string } {
  const source = readFileSync(file, 'utf8');
  const syntax = yamlSyntaxProblem(source, display);
  if (syntax) throw new ContentError(syntax);
  return { data: parsedYaml(source).doc.toJS(), source };
}

/** Reads a YAML file that must hold "field: value" lines at the top level. */
export function readYamlFile(file: string, display = file): { data: Plain; source: string } {
  const { data, source } = readYaml(file, display);
  if (!isPlainObject(data))
    throw new ContentError(fileError(display, 'expected "field: value" lines at the top level', { line: 1 }));
  return { data, source };
}

export interface LoadSiteOptions {
  /** The project root (the folder holding content/). */
  root: string;
  /** SITE_OVERLAY: an overlay folder, relative to the current directory or absolute. */
  overlay?: string;
  /** SITE_BASE_PATH: overrides basePath from site.yaml. */
  basePath?: string;
  /** Directory that relative overlay paths are resolved against. */
  cwd?: string;
}

/**
 * Loads content/site.yaml, merges the overlay's site.yaml over it, and validates the result.
 * Every problem is reported in one error naming the file and the field.
 */
export function loadSiteConfig(options: LoadSiteOptions): SiteConfig {
  const contentDir = resolve(options.root, 'content');
  const show = (file: string) => (relative(options.cwd ?? options.root, file) || file).replaceAll('\\', '/');
  const baseFile = resolve(contentDir, 'site.yaml');
  const base = readYamlFile(baseFile, show(baseFile));

  let merged = base.data;
  let overlayDir: string | undefined;
  let overlayFile: string | undefined;
  let overlaySource: string | undefined;
  let oldNameWarnings: Problem[] = [];
  if (options.overlay) {
    overlayDir = isAbsolute(options.overlay) ? options.overlay : resolve(options.cwd ?? process.cwd(), options.overlay);
    if (!existsSync(overlayDir)) {
      throw new ContentError(
        fileError(
          'SITE_OVERLAY',
          `the folder ${options.overlay} does not exist; set SITE_OVERLAY to your overlay folder, like examples/northshire`,
        ),
      );
    }
    overlayFile = resolve(overlayDir, 'site.yaml');
    if (existsSync(overlayFile)) {
      const overlay = readYamlFile(overlayFile, show(overlayFile));
      overlaySource = overlay.source;
      const oldNames = oldFieldNames(overlay.data, overlay.source, UPSTREAM_VERSION);
      const stopped = oldNames.filter((old) => !old.stillWorks);
      if (stopped.length) throw new ContentError(stopped.map((old) => oldNameProblem(show(overlayFile!), old)));
      oldNameWarnings = oldNames.map((old) => oldNameProblem(show(overlayFile!), old));
      const overlayData = withNewNames(overlay.data, oldNames);
      merged = mergeDeep(base.data, overlayData);
      // Where a field came from decides which file an error names.
      (merged as Plain)[ORIGIN] = overlayData;
    }
  }
  if (options.basePath) merged = { ...merged, basePath: options.basePath };

  const origin = (merged as Plain)[ORIGIN] as Plain | undefined;
  delete (merged as Plain)[ORIGIN];
  // The nation's contacts come first and site.yaml's (central, then the trust's) over them. A nation
  // that is not one of the four is left for the schema to report, with the allowed values.
  const nationName = nationSchema.safeParse(merged.nation ?? 'england');
  let national: NationContent | undefined;
  if (nationName.success) {
    national = loadNation(contentDir, overlayDir, nationName.data, show);
    const siteContacts = isPlainObject(merged.contacts) ? merged.contacts : {};
    const contacts = mergeDeep(national.contacts as Plain, siteContacts);
    // site.yaml's own contacts first, in its order, then the nation's: lists of names read as before.
    const order = [...Object.keys(siteContacts), ...Object.keys(national.contacts)];
    merged = { ...merged, contacts: Object.fromEntries([...new Set(order)].map((key) => [key, contacts[key]])) };
    national = {
      ...national,
      absentContacts: national.absentContacts.filter((name) => !(name in siteContacts)),
    };
  }
  const result = siteSchema.safeParse(merged, { reportInput: true });
  if (!result.success) {
    const byFile = new Map<string, typeof result.error.issues>();
    for (const issue of result.error.issues) {
      const probe = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
      const fromOverlay = origin !== undefined && hasPath(origin, probe);
      const file =
        issue.path[0] === 'basePath' && options.basePath ? 'SITE_BASE_PATH' : fromOverlay ? overlayFile! : baseFile;
      byFile.set(file, [...(byFile.get(file) ?? []), issue]);
    }
    const problems = [...byFile].flatMap(([file, issues]) =>
      schemaProblems(
        file === 'SITE_BASE_PATH' ? file : show(file),
        { issues },
        {
          source: file === overlayFile ? overlaySource : file === baseFile ? base.source : undefined,
          shapeAt: shapeFinder(siteSchema),
        },
      ),
    );
    throw new ContentError(problems);
  }

  const logoOwner = origin && 'logo' in origin ? overlayDir! : contentDir;
  const logoSiteFile = show(logoOwner === contentDir ? baseFile : overlayFile!);
  const logoFile = resolve(logoOwner, result.data.logo);
  if (!existsSync(logoFile)) {
    throw new ContentError(
      logoError(
        logoSiteFile,
        `the file ${result.data.logo} was not found next to site.yaml; add it, or point logo at your SVG or PNG`,
      ),
    );
  }
  checkLogo(logoFile, result.data.logo, logoSiteFile);
  const warnings = brandWarnings(
    result.data,
    show(overlayFile && origin && 'shortName' in origin ? overlayFile : baseFile),
  );
  // A trust's copy that still has the central example numbers would send staff to no one.
  if (overlayDir) {
    const central = {
      contacts: (base.data as { contacts?: Record<string, { phone?: string }> }).contacts,
      source: base.source,
      file: show(baseFile),
    };
    warnings.push(
      ...unchangedExampleNumbers(central, result.data.contacts, show(overlayFile ?? resolve(overlayDir, 'site.yaml'))),
    );
  }
  warnings.push(...oldNameWarnings);
  return { ...result.data, logoFile, overlayDir, contentDir, warnings, national: national! };
}

const MIN_PNG_LOGO = 512;
const SHORT_NAME_FITS = 12;

/** What an SVG logo must not hold: a logo is drawn on every page, under the site's own origin. */
const ACTIVE_SVG: [RegExp, string][] = [
  [/<script\b/i, 'a <script> element'],
  [/<foreignObject\b/i, 'a <foreignObject> element'],
  [/\son[a-z]+\s*=/i, 'an event handler attribute (on…=)'],
  [/javascript:/i, 'a javascript: link'],
  [/(?:href|src)\s*=\s*["']?\s*(?:https?:)?\/\//i, 'a link to another site'],
  [/@import|url\(\s*["']?\s*(?:https?:)?\/\//i, 'a style that loads from another site'],
];

/** The first active or external part of an SVG, described for the editor, or undefined when it is plain. */
export function activeSvgContent(svg: string): string | undefined {
  return ACTIVE_SVG.find(([pattern]) => pattern.test(svg))?.[1];
}

const logoError = (siteFile: string, message: string) => fileError(siteFile, message, { field: 'logo' });

/** A PNG logo must be square and large enough for the 512 px app icon; an SVG scales. */
function checkLogo(file: string, named: string, siteFile: string): void {
  const bytes = readFileSync(file);
  if (named.toLowerCase().endsWith('.svg')) {
    const svg = bytes.toString('utf8');
    if (!svg.slice(0, 2000).includes('<svg')) {
      throw new ContentError(
        logoError(
          siteFile,
          `${named} is not an SVG file; export your logo as SVG or as a square PNG of at least ${MIN_PNG_LOGO} px`,
        ),
      );
    }
    const active = activeSvgContent(svg);
    if (active) {
      throw new ContentError(
        logoError(
          siteFile,
          `${named} contains ${active}, which could run code or load things from elsewhere on every page; export it again as a plain SVG (shapes and text only), or use a square PNG`,
        ),
      );
    }
    return;
  }
  const isPng = bytes.length > 24 && bytes.toString('latin1', 1, 4) === 'PNG';
  if (!isPng)
    throw new ContentError(
      logoError(
        siteFile,
        `${named} is not a PNG file; export your logo as SVG or as a square PNG of at least ${MIN_PNG_LOGO} px`,
      ),
    );
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  if (width !== height || width < MIN_PNG_LOGO) {
    throw new ContentError(
      logoError(
        siteFile,
        `${named} is ${width}×${height} px; a PNG logo must be square and at least ${MIN_PNG_LOGO}×${MIN_PNG_LOGO} px for app icons (or use an SVG)`,
      ),
    );
  }
}

/** Things that work but will look wrong: said at build time, without failing it. */
function brandWarnings(site: { shortName: string }, file: string): Problem[] {
  return site.shortName.length > SHORT_NAME_FITS
    ? [
        {
          severity: 'warning',
          file,
          field: 'shortName',
          message: `"${site.shortName}" has ${site.shortName.length} characters; phones cut names longer than ${SHORT_NAME_FITS} under the icon, so try a shorter one`,
        },
      ]
    : [];
}

const ORIGIN = Symbol('overlay fields');

function hasPath(data: unknown, path: readonly PropertyKey[]): boolean {
  let current = data;
  for (const key of path) {
    if (!isPlainObject(current) && !Array.isArray(current)) return false;
    if (!(key in (current as object))) return false;
    current = (current as Plain)[key as string];
  }
  return true;
}
