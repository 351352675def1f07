// Builds what Apps Script runs: dist/Code.js (server bundle + wrappers), dist/Sidebar.html, dist/Parser.html, appsscript.json.
import { build, type Metafile, type Plugin } from 'esbuild';
import { mkdir, readFile, writeFile, copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PARSER_FILE } from '../src/server/parser-source';
import { SHARED_GLOBAL, SHARED_MODULES } from '../src/sidebar/notes-parser';
import { PARSER_GLOBAL } from '../src/sidebar/parser-file';
import { wrapParserScript } from '../src/sidebar/parser-file';

const root = join(__dirname, '..');
const dist = join(root, 'dist');
const serverEntry = join(root, 'src/server/main.ts');
const sidebarEntry = join(root, 'src/sidebar/main.ts');
const sidebarParserEntry = join(root, 'src/sidebar/parser-entry.ts');
/** The one global the bundle defines; the trailing underscore keeps it out of google.script.run and the Run list. */
const bundleName = 'minuta_';
const appsScriptTarget = 'es2020';
/**
 * Sheets supports only current browsers (https://support.google.com/docs/answer/2375082), which all run ES2022:
 * class fields stay as written instead of helper calls, a kilobyte less for the sidebar to load.
 */
const sidebarTarget = 'es2022';

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
 * A due date is a calendar day and times are dropped with their zone ("3pm EST"), so the sidebar's parser leaves out
 * chrono-node's 2.7 KB table of time-zone abbreviations, which every sidebar would otherwise fetch for nothing.
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

/** Where each of the sidebar's SHARED_MODULES lives, so the parser bundle can borrow it instead of bundling it again. */
const sharedModuleSources: Record<keyof typeof SHARED_MODULES, string> = {
  calendar: join(root, 'src/core/dates/calendar'),
  smart: join(root, 'src/core/smart'),
};

/** The source of a stand-in module that re-exports the sidebar bundle's copy of a shared module. */
function borrowedModule(name: keyof typeof SHARED_MODULES): string {
  const exports = Object.keys(SHARED_MODULES[name]).map((exported) => `${exported} = shared.${exported}`);
  return `const shared = ${SHARED_GLOBAL}.${name};\nexport const ${exports.join(', ')};`;
}

/** In the parser bundle, an import of a shared module reads the sidebar bundle's copy (set before the parser runs). */
const borrowSharedModules: Plugin = {
  name: 'borrow-shared-modules',
  setup(pluginBuild) {
    const names = new Map(Object.entries(sharedModuleSources).map(([name, source]) => [source, name]));
    pluginBuild.onResolve({ filter: /^\./ }, ({ path, resolveDir }) => {
      const name = names.get(join(resolveDir, path));
      return name ? { path: name, namespace: 'shared-module' } : undefined;
    });
    pluginBuild.onLoad({ filter: /.*/, namespace: 'shared-module' }, ({ path }) => ({
      contents: borrowedModule(path as keyof typeof SHARED_MODULES),
      loader: 'js',
    }));
  },
};

/** One minified browser bundle; `globalName` receives the entry's exports. */
async function bundleSidebarScript(entry: string, plugins: Plugin[], globalName?: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName,
    platform: 'browser',
    target: sidebarTarget,
    minify: true,
    // chrono-node's debug logging is never switched on here, and its messages weigh a kilobyte.
    drop: ['console', 'debugger'],
    plugins: [withoutTimezoneAbbreviations, ...plugins],
    write: false,
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'warning',
  });
  return escapeInlineScript(result.outputFiles[0]!.text.trim());
}

/**
 * The notes parser (chrono-node and the notes rules, most of the sidebar's code, and growing) is its own project file,
 * dist/Parser.html, which the page does not carry: the sidebar paints, asks the server for the file's text
 * (getParserSource) and src/sidebar/notes-parser.ts puts it in a new script element. HtmlService serves the page in an
 * iframe sandboxed with "allow-scripts" and only asks that scripts from elsewhere come over HTTPS
 * (https://developers.google.com/apps-script/guides/html/restrictions); its own guide runs the Google Picker in a
 * dialog (https://developers.google.com/apps-script/guides/dialogs), whose gapi.load adds script elements at run time.
 * No eval or new Function is used: a policy may refuse those on their own.
 */
async function buildParserFile(): Promise<void> {
  const parserScript = await bundleSidebarScript(sidebarParserEntry, [borrowSharedModules], PARSER_GLOBAL);
  await writeFile(join(dist, `${PARSER_FILE}.html`), wrapParserScript(parserScript));
}

async function minifiedStyles(): Promise<string> {
  const styles = await readFile(join(root, 'src/sidebar/styles.css'), 'utf8');
  const result = await build({
    stdin: { contents: styles, loader: 'css' },
    minify: true,
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.text.trim().replace(/<\/style/gi, '<\\/style');
}

async function buildSidebar(): Promise<void> {
  const [page, styles, uiScript] = await Promise.all([
    readFile(join(root, 'src/sidebar/page.html'), 'utf8'),
    minifiedStyles(),
    bundleSidebarScript(sidebarEntry, []),
  ]);
  const fills: Record<string, string> = {
    '/*INLINE_STYLES*/': styles,
    '/*INLINE_SCRIPT*/': uiScript,
  };
  let html = page.replace(/<!--[\s\S]*?-->\s*/g, '');
  for (const [marker, content] of Object.entries(fills)) {
    if (!html.includes(marker)) throw new Error(`src/sidebar/page.html lacks the ${marker} placeholder`);
    html = html.replace(marker, () => content);
  }
  await writeFile(join(dist, 'Sidebar.html'), html);
}

async function main(): Promise<void> {
  await mkdir(dist, { recursive: true });
  const [names] = await Promise.all([
    buildServer(),
    buildSidebar(),
    buildParserFile(),
    copyFile(join(root, 'appsscript.json'), join(dist, 'appsscript.json')),
  ]);
  console.log(
    `built dist/Code.js (${names.length} entry points), dist/Sidebar.html, dist/${PARSER_FILE}.html, dist/appsscript.json`,
  );
}

if (require.main === module) {
  main().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
