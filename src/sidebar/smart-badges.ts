// An objective's S M A R T letters as badges: lit when met, each with the coach's reason on hover and focus.
import type { ObjectiveCoaching } from '../core/coach';
import type { SidebarStrings, SmartLetter } from '../core/i18n/sidebar';
import { h, uniqueId } from './dom';

export const SMART_LETTERS: SmartLetter[] = [
  'specific',
  'measurable',
  'achievable',
  'realistic',
  'timeBound',
];

function badgeState(value: boolean | null): 'met' | 'missing' | 'unknown' {
  if (value === null) return 'unknown';
  return value ? 'met' : 'missing';
}

function badgeLabel(letter: SmartLetter, value: boolean | null, strings: SidebarStrings): string {
  const name = strings.smartNames[letter];
  if (value === null) return `${name} (${strings.smartUnknown})`;
  return value ? `${name} ✓` : name;
}

/** Every badge is focusable so a keyboard user can read its reason, not only a mouse user. */
function reasonedBadge(
  letter: SmartLetter,
  coaching: ObjectiveCoaching,
  strings: SidebarStrings,
): HTMLElement {
  const { passed, reason } = coaching[letter];
  const hintId = uniqueId('hint');
  const label = badgeLabel(letter, passed, strings);
  return h('span', { class: 'smart-item' }, [
    h(
      'span',
      {
        class: `badge badge-${badgeState(passed)}`,
        tabindex: 0,
        title: `${label}: ${reason}`,
        'aria-label': label,
        'aria-describedby': hintId,
      },
      [strings.smartLetters[letter]],
    ),
    h('span', { class: 'smart-hint', id: hintId, role: 'tooltip' }, [reason]),
  ]);
}

export function smartBadges(coaching: ObjectiveCoaching, strings: SidebarStrings): HTMLElement {
  return h(
    'div',
    { class: 'smart', role: 'group', 'aria-label': 'SMART' },
    SMART_LETTERS.map((letter) => reasonedBadge(letter, coaching, strings)),
  );
}
