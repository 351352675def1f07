// Builds what Apps Script runs: dist/Code.js (server bundle + top-level wrappers), dist/Sidebar.html, dist/appsscript.json.
import { build, type Metafile, type Plugin } from 'esbuild';
import { mkdir, readFile, writeFile, copyFile } from 'node:fs/promises';
import { join } from 'node:path';

const root = join(__dirname, '..');
const dist = join(root, 'dist');
const serverEntry = join(root, 'src/server/main.ts');
const sidebarEntry = join(root, 'src/sidebar/main.ts');
/** The one global the bundle defines; the trailing underscore keeps it out of google.script.run and the Run list. */
const bundleName = 'minuta_';
const appsScriptTarget = 'es2020';

/** Names the server entry exports, read from esbuild's metafile of an ESM pass (no regex over source). */
export async function serverEntryExports(): Promise<string[]> {
  const result = await build({
    entryPoints: [serverEntry],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: appsScriptTarget,
    write: false,
    metafile: true,
    outdir: 'out',
    logLevel: 'silent',
  });
  const outputs: Metafile['outputs'] = result.metafile.outputs;
  const output = Object.values(outputs).find((entry) => entry.entryPoint);
  return (output?.exports ?? []).filter((name) => name !== 'default').sort();
}

/** Apps Script only sees real top-level declarations, so each export gets a delegating wrapper. */
export function topLevelWrappers(names: string[]): string {
  return names
    .map((name) => `function ${name}(...args) { return ${bundleName}.${name}(...args); }`)
    .join('\n');
}

async function buildServer(): Promise<string[]> {
  const names = await serverEntryExports();
  const result = await build({
    entryPoints: [serverEntry],
    bundle: true,
    format: 'iife',
    globalName: bundleName,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: appsScriptTarget,
    write: false,
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'warning',
  });
  const code = result.outputFiles[0]!.text;
  const banner = '// minuta: built file, do not edit. Source: src/server/main.ts\n';
  await writeFile(join(dist, 'Code.js'), `${banner}${code}\n${topLevelWrappers(names)}\n`);
  return names;
}

/** The HTML parser would end the inline script at a literal "</script" inside the bundle. */
function escapeInlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/**
 * A due date is a calendar day and times are dropped with their zone ("3pm EST"), so the sidebar leaves out
 * chrono-node's 2.7 KB table of time-zone abbreviations to stay under its 150 KB budget.
 */
const withoutTimezoneAbbreviations: Plugin = {
  name: 'without-timezone-abbreviations',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /chrono-node[\\/]dist[\\/]esm[\\/]timezone\.js$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const contents = source.replace(
        /export const TIMEZONE_ABBR_MAP = \{[\s\S]*?\n\};/,
        'export const TIMEZONE_ABBR_MAP = {};',
      );
      if (contents === source) throw new Error(`chrono-node changed: no time-zone table found in ${path}`);
      return { contents, loader: 'js' };
    });
  },
};

async function buildSidebar(): Promise<void> {
  const [page, styles, bundle] = await Promise.all([
    readFile(join(root, 'src/sidebar/page.html'), 'utf8'),
    readFile(join(root, 'src/sidebar/styles.css'), 'utf8'),
    build({
      entryPoints: [sidebarEntry],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      minify: true,
      // chrono-node's debug logging is never switched on here, and its messages weigh a kilobyte.
      drop: ['console', 'debugger'],
      plugins: [withoutTimezoneAbbreviations],
      write: false,
      charset: 'utf8',
      legalComments: 'none',
      logLevel: 'warning',
    }),
  ]);
  const minifiedStyles = (
    await build({
      stdin: { contents: styles, loader: 'css' },
      minify: true,
      write: false,
      logLevel: 'warning',
    })
  ).outputFiles[0]!.text.trim();
  const script = escapeInlineScript(bundle.outputFiles[0]!.text.trim());
  for (const marker of ['/*INLINE_STYLES*/', '/*INLINE_SCRIPT*/']) {
    if (!page.includes(marker)) throw new Error(`src/sidebar/page.html lacks the ${marker} placeholder`);
  }
  const html = page
    .replace(/<!--[\s\S]*?-->\s*/g, '')
    .replace('/*INLINE_STYLES*/', () => minifiedStyles.replace(/<\/style/gi, '<\\/style'))
    .replace('/*INLINE_SCRIPT*/', () => script);
  await writeFile(join(dist, 'Sidebar.html'), html);
}

async function main(): Promise<void> {
  await mkdir(dist, { recursive: true });
  const [names] = await Promise.all([
    buildServer(),
    buildSidebar(),
    copyFile(join(root, 'appsscript.json'), join(dist, 'appsscript.json')),
  ]);
  console.log(`built dist/Code.js (${names.length} entry points), dist/Sidebar.html, dist/appsscript.json`);
}

if (require.main === module) {
  main().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
