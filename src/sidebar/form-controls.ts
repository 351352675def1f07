// Labelled form controls the settings use: text inputs, checkboxes and selects, each tied to its label.
import { h, uniqueId } from './dom';

export function textField(
  label: string,
  value: string,
  type: 'text' | 'email' = 'text',
): [HTMLElement, HTMLInputElement] {
  const id = uniqueId('input');
  const input = h('input', { id, type, value, autocomplete: 'off' });
  return [h('div', { class: 'field' }, [h('label', { for: id }, [label]), input]), input];
}

export function checkboxField(label: string, checked: boolean): [HTMLElement, HTMLInputElement] {
  const id = uniqueId('check');
  const input = h('input', { id, type: 'checkbox', checked });
  return [h('div', { class: 'check' }, [input, h('label', { for: id }, [label])]), input];
}

export function selectField(
  label: string,
  options: Array<[value: string, text: string]>,
  selected: string,
  id = uniqueId('select'),
): [HTMLElement, HTMLSelectElement] {
  const select = h(
    'select',
    { id },
    options.map(([value, text]) => h('option', { value }, [text])),
  );
  select.value = selected;
  return [h('div', { class: 'field' }, [h('label', { for: id }, [label]), select]), select];
}
