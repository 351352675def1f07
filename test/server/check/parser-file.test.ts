// The parser-file line: the built Parser.html passes; a file missing, cut anywhere or not the parser fails with the fix.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parserFileVerdict } from '../../../src/core/check';
import { runInstallationCheck } from '../../../src/server/check';
import { observeParserFile } from '../../../src/server/check/parser-file';
import { PARSER_GLOBAL } from '../../../src/sidebar/parser-file';
import { checkDeps, lineOf, newEmulator, runCheck } from './harness';

const BUILT_FILE = readFileSync(join(__dirname, '..', '..', '..', 'dist', 'Parser.html'), 'utf8');

/** An HtmlService whose every project file holds `content`. */
function servingFile(content: string): GoogleAppsScript.HTML.HtmlService {
  const output = { getContent: () => content };
  return { createHtmlOutputFromFile: () => output } as unknown as GoogleAppsScript.HTML.HtmlService;
}

function lineServing(content: string, language: 'es' | 'en' = 'en') {
  const emulator = newEmulator();
  const report = runInstallationCheck({
    ...checkDeps(emulator, language),
    htmlService: servingFile(content),
  });
  return lineOf(report, 'parserFile');
}

describe("the sidebar's parser file line", () => {
  it('passes on the built Parser.html and names the global the sidebar reads', () => {
    const line = lineOf(runCheck(newEmulator(), 'en'), 'parserFile');
    expect(line.status).toBe('pass');
    expect(line.seen).toContain(PARSER_GLOBAL);
  });

  it('fails for a file cut at any point, saying how to fix it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: BUILT_FILE.trimEnd().length - 1 }), (kept) => {
        const verdict = parserFileVerdict(observeParserFile(servingFile(BUILT_FILE.slice(0, kept))), 'en');
        expect(verdict.status).toBe('fail');
        expect(verdict.seen).toContain('npm run deploy');
      }),
      { numRuns: 60 },
    );
  });

  it('fails for a whole script element that is not the parser, or is empty', () => {
    for (const content of ['<script>console.log(1)</script>', '<script></script>']) {
      const line = lineServing(content);
      expect(line.status).toBe('fail');
      expect(line.seen).toContain(`do not define ${PARSER_GLOBAL}`);
    }
  });

  it('fails for the parser as bare code, as a file HtmlService rewrote would arrive', () => {
    const bareCode = BUILT_FILE.trim()
      .replace(/^<script>/, '')
      .replace(/<\/script>$/, '');
    expect(lineServing(bareCode).seen).toMatch(/^[\d,]+ characters that are not one whole <script> element/);
  });

  it('tells a Spanish-speaking VA what to do when the file is missing', () => {
    const emulator = newEmulator();
    emulator.faults.parserFileMissing = true;
    const line = lineOf(runCheck(emulator, 'es'), 'parserFile');
    expect(line.status).toBe('fail');
    expect(line.seen).toContain(
      'Volvé a publicar con `npm run deploy`; Parser.html tiene que estar en el proyecto.',
    );
  });
});
