/**
 * `npm run cms:build`: builds the browser editor into dist-cms/ (CMS_OUT to change), never into dist/:
 * the site's offline copy precaches everything in dist/, and the editor's style policy is weaker.
 * Sveltia's own files are copied from node_modules; nothing is fetched from elsewhere.
 * CMS_CONTENT=examples/northshire makes it edit a trust's overlay folder instead of content/.
 */
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_ORIGINS, backendOf } from './backend.ts';
import { localFonts } from './fonts.ts';
import { fixSveltia } from './sveltia-fixes.ts';
import { resolveExtensionlessTs } from '../utils/resolve-ts.ts';

// The editor's configuration is made from the schemas, whose modules import each other without extensions.
resolveExtensionlessTs();
const { EDITOR_CONFIG_MODULE, editorConfigModule } = await import('./generated-file.ts');

const root = fileURLToPath(new URL('../..', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));

/** Builds the editor for the backend CMS_BACKEND names; returns the folder it wrote. */
export async function buildEditor(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const out = resolve(root, env.CMS_OUT ?? 'dist-cms');
  const { kind, config: backend, publishMode } = backendOf(env);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'chunks'), { recursive: true });
  await build({
    entryPoints: [join(here, 'main.ts')],
    outfile: join(out, 'editor.js'),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    external: ['./sveltia-cms.mjs'],
    define: {
      __CMS_BACKEND__: JSON.stringify({ backend, ...(publishMode ? { publish_mode: publishMode } : {}) }),
      __CMS_ALLOWED_ORIGINS__: JSON.stringify(API_ORIGINS[kind]),
      __CMS_CONTENT__: JSON.stringify(env.CMS_CONTENT ?? 'content'),
    },
    logLevel: 'warning',
    // The configuration is made now, from the schemas and content/site.yaml, and never written to src/.
    plugins: [
      {
        name: 'editor-config',
        setup(bundler) {
          bundler.onResolve({ filter: new RegExp(`^${EDITOR_CONFIG_MODULE}$`) }, () => ({
            path: EDITOR_CONFIG_MODULE,
            namespace: 'editor-config',
          }));
          bundler.onLoad({ filter: /.*/, namespace: 'editor-config' }, () => ({
            contents: editorConfigModule(root, env.CMS_CONTENT),
            loader: 'js',
          }));
        },
      },
    ],
  });
  const sveltia = resolve(root, 'node_modules/@sveltia/cms/dist');
  const fonts = localFonts(root, out);
  const script = readFileSync(join(sveltia, 'sveltia-cms.mjs'), 'utf8');
  writeFileSync(join(out, 'sveltia-cms.mjs'), fixSveltia(fonts.rewrite(script)));
  copyFileSync(join(sveltia, 'chunks/react-dom.js'), join(out, 'chunks/react-dom.js'));
  copyFileSync(join(here, 'index.html'), join(out, 'index.html'));
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = await buildEditor();
  console.log(`editor built into ${out}`);
}
