// The sidebar's notes parser as text: the build writes it to its own HTML file, the sidebar asks for it after painting.

/** The project file (dist/Parser.html) that holds the parser bundle; scripts/build.ts writes it. */
export const PARSER_FILE = 'Parser';

/**
 * The file's content: one `<script>` element holding the parser bundle, which the sidebar unwraps and runs
 * (src/sidebar/parser-file.ts says why the wrapper). getContent() on a file is how Apps Script's own guide includes
 * client code (https://developers.google.com/apps-script/guides/html/best-practices); the Caja sandbox that once
 * rewrote HTML is gone, IFRAME being the only mode since July 2016
 * (https://developers.google.com/apps-script/reference/html/sandbox-mode). A string is a legal google.script.run
 * return value (https://developers.google.com/apps-script/guides/html/reference/run); no size limit is documented.
 */
export function parserFileContent(htmlService: GoogleAppsScript.HTML.HtmlService): string {
  return htmlService.createHtmlOutputFromFile(PARSER_FILE).getContent();
}

/** What getParserSource answers; the installation check reads the file through parserFileContent the same way. */
export function parserSource(): string {
  return parserFileContent(HtmlService);
}
