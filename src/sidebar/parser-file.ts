// The format of dist/Parser.html, the parser bundle in one script element: the build writes it; the sidebar and the check read it.

/** The global the parser bundle leaves its exports in once it has run. */
export const PARSER_GLOBAL = 'minutaNotesParser_';

const OPEN_TAG = '<script>';
const CLOSE_TAG = '</script>';

/**
 * Apps Script's own guide keeps included JavaScript in .html files inside `<script>` tags, "because they are HTML
 * snippets and not pure .css or .js files", and reads them with createHtmlOutputFromFile(name).getContent()
 * (https://developers.google.com/apps-script/guides/html/best-practices#separate_html_css_and_javascript). Inside a
 * script element the code is raw text to any HTML parser, so it comes back byte for byte even where HtmlService
 * re-parses the file (its Caja sandbox once did: https://stackoverflow.com/questions/15693636); bare code would be
 * text data whose "<" and "&" a parser may rewrite. `code` must already have its "</script" escaped.
 */
export function wrapParserScript(code: string): string {
  return `${OPEN_TAG}${code}${CLOSE_TAG}\n`;
}

/** The code inside the file's script element; a file cut short (or not ours) fails here rather than half-running. */
export function unwrapParserScript(fileContent: string): string {
  const content = fileContent.trim();
  if (!content.startsWith(OPEN_TAG) || !content.endsWith(CLOSE_TAG)) {
    throw new Error('the notes parser arrived incomplete');
  }
  return content.slice(OPEN_TAG.length, -CLOSE_TAG.length);
}
