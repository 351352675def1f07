// Turns a draft whose owner, date and priority were blanked out into the task's text as written.

/** What a task's text may not start with: spaces, dashes, separators, arrows, brackets, dots. */
const LEADING_MARK = /[\s—–\-,;:.·|→>()[\]]/;
/** What it may not end with: the same, but for a closing bracket and a dot (the dots go on their own). */
const TRAILING_MARK = /[\s—–\-,;:·|→>([]/;

/** Words a text is left ending in once its date, owner or priority was cut out ("antes de", "para"). */
// prettier-ignore
const DANGLING = [
  'due', 'by', 'for', 'until', 'before', 'antes', 'para', 'prioridad', 'priority', 'fecha', 'antes de', 'hasta',
  'el', 'la', 'a', 'y', 'and', 'con', 'with', 'si pod[eé]s', 'if you can', 'no rush', 'es', 'eso',
];
/** Global so a search can start near the end: a dangling word is found only there. */
const DANGLING_WORDS = new RegExp(`(?:^|\\s)(?:${DANGLING.join('|')})\\s*$`, 'gi');
/** The longest dangling word, a bracketed choice of letters counting as one. */
const LONGEST_DANGLING = Math.max(...DANGLING.map((word) => word.replace(/\[[^\]]*\]/g, '.').length));

/**
 * The dangling word the text ends in, with the space before it. Every dangling word ends in a letter, so a match
 * starts at most one space and the longest word before the text's last letter: the search starts there.
 */
function danglingWord(text: string): RegExpExecArray | null {
  DANGLING_WORDS.lastIndex = Math.max(0, text.trimEnd().length - LONGEST_DANGLING - 1);
  return DANGLING_WORDS.exec(text);
}

/** The text without the marks it starts or ends with, read one character at a time from either edge. */
function withoutEdgeMarks(text: string): string {
  let start = 0;
  while (start < text.length && LEADING_MARK.test(text.charAt(start))) start += 1;
  let end = text.length;
  while (end > start && TRAILING_MARK.test(text.charAt(end - 1))) end -= 1;
  return text.slice(start, end);
}

function withoutDanglingWord(text: string): string {
  const dangling = danglingWord(text);
  return dangling ? text.slice(0, dangling.index) : text;
}

function withoutTrailingDots(text: string): string {
  let end = text.length;
  while (end > 0 && text.charAt(end - 1) === '.') end -= 1;
  return text.slice(0, end);
}

/** Whether one more round of trimming would leave a trimmed text (whose dots are off) as it is. */
function settled(trimmed: string): boolean {
  if (trimmed === '') return true;
  const edges =
    LEADING_MARK.test(trimmed.charAt(0)) || TRAILING_MARK.test(trimmed.charAt(trimmed.length - 1));
  return !edges && !danglingWord(trimmed);
}

function trimEdges(text: string): string {
  let current = text;
  for (;;) {
    const trimmed = withoutTrailingDots(withoutDanglingWord(withoutEdgeMarks(current)));
    if (trimmed === current || settled(trimmed)) return trimmed;
    current = trimmed;
  }
}

type Replacement = (match: string, ...groups: string[]) => string;

/** Replaces only in text holding a character every match needs: most task texts hold no markup at all. */
function replaceMarked(text: string, mark: RegExp, pattern: RegExp, replacement: Replacement): string {
  return mark.test(text) ? text.replace(pattern, replacement) : text;
}

function withoutMarkup(text: string): string {
  const plain = replaceMarked(text, /[*_~`]/, /\*\*|__|~~|`/g, () => '');
  const unlinked = replaceMarked(plain, /\[/, /\[([^\]]*)\]\([^)]*\)/g, (_link, words = '') => words);
  return replaceMarked(unlinked, /</, /<[^>]*>/g, (tag) =>
    /^<\/?(br|p|div|span|b|i|em|strong)\b/i.test(tag) ? ' ' : tag,
  );
}

/** Brackets emptied by the cuts, or holding only "unassigned", go; the commas a cut leaves inside them too. */
function withoutEmptyBrackets(text: string): string {
  if (!text.includes('(')) return text;
  return (
    text
      .replace(/\(\s*\)/g, ' ')
      // An owner slot said empty is no part of the action.
      .replace(/\((?:unassigned|no owner|nobody|tbd|n\/a|sin asignar|sin responsable)\)/gi, ' ')
      // A priority or date cut out of a bracket leaves its comma behind: "(, la actual tiene…)".
      .replace(/\(\s*[,;]?\s+/g, '(')
      .replace(/\s*[,;]\s*\)/g, ')')
  );
}

/** Dashes left alone by a cut ("Llamar — , ") go, a run of them becomes one. */
function withoutLooseDashes(text: string): string {
  // Both patterns need a dash: text without one is passed over.
  if (!/[—–-]/.test(text)) return text;
  return text.replace(/\s[—–-]\s*(?=[,.;]|$)/g, '').replace(/(\s[—–-])+\s[—–-]\s/g, ' — ');
}

/**
 * "…, since the grant report is due": why the action matters is no part of it; nor what the writer already did for
 * it ("…, ya les mandé los CVs", "…, I've already sent the brief"), nor that nobody has taken it yet.
 */
const REASON =
  /,\s+(?:since|because|as the|porque|ya que|dado que|puesto que|ya\s+(?:(?:l[eoa]s?|te|se\s+l[oa]s?)\s+)?\p{Ll}+[éí](?![\p{L}])|(?:i|we)(?:['’]ve| have)?\s+already|nadie (?:lo|la) (?:ha )?tom(?:[oó]|ad[oa])|nobody (?:owns|has taken|took))\s?.*$/iu;
/** "(he said on Discord he'll take it)": a remark in brackets, a clause of its own, is no part of the action. */
const REMARK = /\s*\((?:he|she|they|i|we|él|ella|ellos)\b[^()]*\)/gi;

function withoutAsides(text: string): string {
  const reasonless = text.includes(',') ? text.replace(REASON, '') : text;
  return reasonless.includes('(') ? reasonless.replace(REMARK, '') : reasonless;
}

/** "y @Andrea @Emiliano entrevisten…": the "and" a list item opens with, once its owners are cut, joins nothing. */
const LEADING_AND = /^(?:y|e|and)\s+(?=\p{Ll})/u;
/** Spaces before a closing mark, which go. */
const SPACES_BEFORE_MARK = /\s+([,.;:)])/g;
/** What every run of them ends in: one space right before the mark, a linear test where the run backtracks. */
const SPACE_BEFORE_MARK = /\s[,.;:)]/;

export function cleanText(text: string): string {
  const unwrapped = withoutEmptyBrackets(withoutMarkup(withoutAsides(text)));
  const tight = SPACE_BEFORE_MARK.test(unwrapped) ? unwrapped.replace(SPACES_BEFORE_MARK, '$1') : unwrapped;
  const collapsed = tight.replace(/\s{2,}/g, ' ');
  return trimEdges(withoutLooseDashes(collapsed).trim()).replace(LEADING_AND, '');
}
