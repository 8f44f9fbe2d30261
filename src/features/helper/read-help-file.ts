// Reads a help.yaml: its YAML, or the syntax error that stops it, and what the schema says of it.
import type { z } from 'astro/zod';
import { ContentError, schemaProblems, shapeFinder } from '../../config/errors';
import { readYaml } from '../../config/site';
import { shownPath } from '../../content/files';
import type { Problem } from '../../schemas/problem';
import { HelpFile } from './help-file';
import type { Where } from './types';

const HELP_DOCS = 'see "The Something\'s wrong? helper" in content/README.md';

/** A schema's complaint about a help.yaml. */
export function helpSchemaProblems(file: HelpFile, error: z.ZodError, schema: unknown): Problem[] {
  return schemaProblems(file.shown, error, { source: file.source, shapeAt: shapeFinder(schema), fix: HELP_DOCS }).map(
    stepsHint,
  );
}

/** The old flow copied steps into each end page; say where they come from now. */
const stepsHint = (problem: Problem): Problem =>
  problem.field !== undefined && /(^|\.)steps$/.test(problem.field) && problem.message.startsWith('unknown field')
    ? {
        ...problem,
        message: `unknown field: an end page shows its guide's own steps (the first <Steps>, or the section: you name), so remove steps:`,
      }
    : problem;

/** Reads a YAML file, or says why it cannot be read (a syntax error, with its line). */
export function readHelpFile(
  path: string,
  root: string,
  layer: Where['layer'],
): { file: HelpFile; data: unknown } | { problems: Problem[] } {
  const shown = shownPath(root, path);
  try {
    const { data, source } = readYaml(path, shown);
    return { file: new HelpFile(shown, source, layer), data: data ?? {} };
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return { problems: error.problems };
  }
}
