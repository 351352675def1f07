// The sidebar's parser file as the sidebar gets it: read the way getParserSource reads it, unwrapped the way the sidebar does.
import type { ParserFileObservation } from '../../core/check';
import { PARSER_GLOBAL } from '../../sidebar/parser-file';
import { unwrapParserScript } from '../../sidebar/parser-file';
import { parserFileContent } from '../parser-source';
import { errorText } from './lines';

/** The build bundles the parser as an IIFE whose globalName is PARSER_GLOBAL: `var minutaNotesParser_=(()=>{…})();`. */
function definesParserGlobal(code: string): boolean {
  return new RegExp(`\\bvar\\s+${PARSER_GLOBAL}\\s*=`).test(code);
}

export function observeParserFile(htmlService: GoogleAppsScript.HTML.HtmlService): ParserFileObservation {
  let content: string;
  try {
    content = parserFileContent(htmlService);
  } catch (error) {
    return { read: 'unreadable', error: errorText(error) };
  }
  let code: string;
  try {
    code = unwrapParserScript(content);
  } catch {
    return { read: 'notWhole', characters: content.length };
  }
  return {
    read: 'whole',
    codeCharacters: code.length,
    definesGlobal: definesParserGlobal(code),
    globalName: PARSER_GLOBAL,
  };
}
