// The "How to improve it" section under an objective: the reasons, the rewrite to adopt, the A/R questions.
import type { ObjectiveCoaching } from '../core/coach';
import type { SidebarStrings, SmartLetter } from '../core/i18n/sidebar';
import { h } from './dom';
import { SMART_LETTERS } from './smart-badges';
import type { ObjectiveEdits, ObjectiveRow } from './view-model';

type ConfirmableLetter = 'achievable' | 'realistic';

const CONFIRMABLE: ConfirmableLetter[] = ['achievable', 'realistic'];

export type OnCoachEdit = (change: ObjectiveEdits) => void;

function reasonList(coaching: ObjectiveCoaching, strings: SidebarStrings): HTMLElement {
  const readable = SMART_LETTERS.filter(
    (letter): letter is Exclude<SmartLetter, ConfirmableLetter> =>
      !CONFIRMABLE.includes(letter as ConfirmableLetter),
  );
  return h(
    'ul',
    { class: 'coach-reasons' },
    readable.map((letter) =>
      h('li', { class: coaching[letter].passed ? 'reason-met' : 'reason-missing' }, [
        h('strong', {}, [`${strings.smartNames[letter]}: `]),
        coaching[letter].reason,
      ]),
    ),
  );
}

function rewriteBlock(rewrite: string, strings: SidebarStrings, onEdit: OnCoachEdit): HTMLElement {
  return h('div', { class: 'coach-rewrite' }, [
    h('p', { class: 'label' }, [strings.coach.rewriteHeading]),
    h('p', { class: 'rewrite-text' }, [rewrite]),
    h(
      'button',
      { type: 'button', class: 'link', onClick: () => onEdit({ text: rewrite, coachOpen: true }) },
      [strings.coach.useRewrite],
    ),
  ]);
}

/** The questions to ask, then the box the VA ticks once the client's answers hold: it fills the A or R column. */
function confirmBlock(
  letter: ConfirmableLetter,
  row: ObjectiveRow,
  strings: SidebarStrings,
  onEdit: OnCoachEdit,
): HTMLElement {
  const box = h('input', {
    type: 'checkbox',
    checked: row.smart[letter] === true,
    'data-letter': letter,
    onChange: (event) => onEdit({ [letter]: (event.target as HTMLInputElement).checked ? true : null }),
  });
  return h('fieldset', { class: 'coach-confirm' }, [
    h('legend', {}, [strings.smartNames[letter]]),
    h(
      'ul',
      {},
      row.coaching.questions[letter].map((question) => h('li', {}, [question])),
    ),
    h('label', { class: 'check' }, [box, ` ${strings.coach.confirm(strings.smartNames[letter])}`]),
  ]);
}

export function coachPanel(row: ObjectiveRow, strings: SidebarStrings, onEdit: OnCoachEdit): HTMLElement {
  const details = h('details', { class: 'coach', open: row.coachOpen }, [
    h('summary', {}, [strings.coach.toggle]),
    reasonList(row.coaching, strings),
    row.coaching.rewrite ? rewriteBlock(row.coaching.rewrite, strings, onEdit) : null,
    ...CONFIRMABLE.map((letter) => confirmBlock(letter, row, strings, onEdit)),
  ]);
  // Remembered so a re-parse while typing does not fold it back.
  details.addEventListener('toggle', () => {
    if (details.open !== row.coachOpen) onEdit({ coachOpen: details.open });
  });
  return details;
}
