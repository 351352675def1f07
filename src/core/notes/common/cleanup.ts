// Turns a draft whose owner, date and priority were blanked out into the task's text as written.

const EDGE_PUNCTUATION = /^[\s—–\-,;:.·|→>()[\]]+|[\s—–\-,;:·|→>([]+$/g;
const DANGLING_WORDS =
  /(?:^|\s)(?:due|by|for|until|before|antes|para|prioridad|priority|fecha|antes de|hasta|el|la|a|y|and|con|with|si pod[eé]s|if you can|no rush|es|eso)\s*$/i;

function trimEdges(text: string): string {
  let previous = '';
  let current = text;
  while (previous !== current) {
    previous = current;
    current = current.replace(EDGE_PUNCTUATION, '').replace(DANGLING_WORDS, '').replace(/\.+$/, '');
  }
  return current;
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

function withoutEmptyOwner(text: string): string {
  if (!text.includes('(')) return text;
  return (
    text
      .replace(/\(\s*\)/g, ' ')
      // An owner slot said empty is no part of the action.
      .replace(/\((?:unassigned|no owner|nobody|tbd|n\/a|sin asignar|sin responsable)\)/gi, ' ')
  );
}

export function cleanText(text: string): string {
  const collapsed = withoutEmptyOwner(withoutMarkup(text))
    .replace(/\s+([,.;:)])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .replace(/\s[—–-]\s*(?=[,.;]|$)/g, '')
    .replace(/(\s[—–-])+\s[—–-]\s/g, ' — ');
  return trimEdges(collapsed.trim());
}
