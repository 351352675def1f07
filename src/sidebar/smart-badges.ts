// An objective's S M A R T letters as badges: lit when met, a hint for each one missing; A and R confirmed by the VA.
import type { SmartFlags } from '../core/types';
import type { SidebarStrings, SmartLetter } from '../core/i18n/sidebar';
import { h, uniqueId } from './dom';

const LETTERS: SmartLetter[] = ['specific', 'measurable', 'achievable', 'realistic', 'timeBound'];

/** The notes cannot show these two; only the VA (with the client) can say they hold. */
export type ConfirmableLetter = 'achievable' | 'realistic';

const CONFIRMABLE: ReadonlySet<SmartLetter> = new Set(['achievable', 'realistic']);

export type OnConfirm = (letter: ConfirmableLetter, confirmed: boolean | null) => void;

function badgeState(value: boolean | null): 'met' | 'missing' | 'unknown' {
  if (value === null) return 'unknown';
  return value ? 'met' : 'missing';
}

function badgeLabel(letter: SmartLetter, value: boolean | null, strings: SidebarStrings): string {
  const name = strings.smartNames[letter];
  if (value === null) return `${name} (${strings.smartUnknown})`;
  return value ? `${name} ✓` : name;
}

/** A pressed toggle: pressing confirms the letter, pressing again returns it to unconfirmed. */
function confirmButton(
  letter: ConfirmableLetter,
  value: boolean | null,
  strings: SidebarStrings,
  onConfirm: OnConfirm,
) {
  const button = h('button', { type: 'button', class: `badge badge-${badgeState(value)}` }, [
    strings.smartLetters[letter],
  ]);
  const show = (current: boolean | null): void => {
    button.className = `badge badge-${badgeState(current)}`;
    button.setAttribute('aria-pressed', String(current === true));
    button.setAttribute('aria-label', badgeLabel(letter, current, strings));
    button.title =
      current === true
        ? badgeLabel(letter, current, strings)
        : `${badgeLabel(letter, current, strings)}: ${strings.smartHints[letter]}`;
  };
  let current = value;
  show(current);
  button.addEventListener('click', () => {
    current = current === true ? null : true;
    show(current);
    onConfirm(letter, current);
  });
  return button;
}

function hintedBadge(
  letter: SmartLetter,
  value: boolean | null,
  strings: SidebarStrings,
  onConfirm: OnConfirm,
) {
  const hintId = uniqueId('hint');
  const badge = CONFIRMABLE.has(letter)
    ? confirmButton(letter as ConfirmableLetter, value, strings, onConfirm)
    : // Missing letters are focusable so a keyboard user can read the hint, not only a mouse user.
      h(
        'span',
        {
          class: `badge badge-${badgeState(value)}`,
          tabindex: 0,
          title: `${badgeLabel(letter, value, strings)}: ${strings.smartHints[letter]}`,
          'aria-label': badgeLabel(letter, value, strings),
        },
        [strings.smartLetters[letter]],
      );
  badge.setAttribute('aria-describedby', hintId);
  return h('span', { class: 'smart-item' }, [
    badge,
    h('span', { class: 'smart-hint', id: hintId, role: 'tooltip' }, [strings.smartHints[letter]]),
  ]);
}

function metBadge(letter: SmartLetter, strings: SidebarStrings): HTMLElement {
  const name = strings.smartNames[letter];
  return h('span', { class: 'smart-item' }, [
    h('span', { class: 'badge badge-met', title: name, 'aria-label': `${name} ✓` }, [
      strings.smartLetters[letter],
    ]),
  ]);
}

export function smartBadges(smart: SmartFlags, strings: SidebarStrings, onConfirm: OnConfirm): HTMLElement {
  return h(
    'div',
    { class: 'smart', role: 'group', 'aria-label': 'SMART' },
    LETTERS.map((letter) =>
      smart[letter] === true && !CONFIRMABLE.has(letter)
        ? metBadge(letter, strings)
        : hintedBadge(letter, smart[letter], strings, onConfirm),
    ),
  );
}
