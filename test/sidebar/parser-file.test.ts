// dist/Parser.html's format: the sidebar runs exactly the code the build wrapped, and refuses a file cut short.
import { unwrapParserScript, wrapParserScript } from '../../src/sidebar/parser-file';

const CODE = 'var minutaNotesParser_=(()=>{return {a:1<2&&"x"}})();';

describe('the parser file', () => {
  it('gives back the wrapped code unchanged, even with whitespace around the file', () => {
    expect(unwrapParserScript(`\n  ${wrapParserScript(CODE)}\n`)).toBe(CODE);
  });

  it('refuses a file cut short or without its script element instead of running part of it', () => {
    const file = wrapParserScript(CODE);
    expect(() => unwrapParserScript(file.slice(0, file.length / 2))).toThrow(/incomplete/);
    expect(() => unwrapParserScript(CODE)).toThrow(/incomplete/);
    expect(() => unwrapParserScript('')).toThrow(/incomplete/);
  });
});
