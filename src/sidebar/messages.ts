// The two message areas a panel has: a polite status line and a red alert for errors.
import { h, replaceChildren, type Child } from './dom';

export interface MessageArea {
  element: HTMLElement;
  show(children: Child[]): void;
  clear(): void;
}

function messageArea(className: string, role: 'status' | 'alert'): MessageArea {
  const element = h('div', { class: className, role });
  return {
    element,
    show(children) {
      replaceChildren(element, children);
      element.hidden = false;
    },
    clear() {
      replaceChildren(element, []);
      element.hidden = true;
    },
  };
}

export function statusArea(): MessageArea {
  const area = messageArea('status', 'status');
  area.clear();
  return area;
}

export function errorArea(): MessageArea {
  const area = messageArea('error', 'alert');
  area.clear();
  return area;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
