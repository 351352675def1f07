// A tiny DOM builder: elements from tag, attributes and children, text only ever set as text.
type EventHandler = (event: Event) => void;

export type Attributes = Record<string, string | number | boolean | null | undefined | EventHandler>;

export type Child = Node | string | number | null | undefined | false;

/** `on*` attributes become listeners, booleans toggle the attribute; strings are never parsed as HTML. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) setAttribute(element, name, value);
  append(element, children);
  return element;
}

function setAttribute(element: HTMLElement, name: string, value: Attributes[string]): void {
  if (typeof value === 'function') {
    element.addEventListener(name.slice(2).toLowerCase(), value);
  } else if (name === 'value' || name === 'checked') {
    // Properties, not attributes: the live value of an input.
    (element as unknown as Record<string, unknown>)[name] = value;
  } else if (value === true) {
    element.setAttribute(name, '');
  } else if (value !== false && value !== null && value !== undefined) {
    element.setAttribute(name, String(value));
  }
}

function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

export function replaceChildren(parent: Element, children: Child[]): void {
  parent.textContent = '';
  append(parent, children);
}

let nextId = 0;

/** Unique ids tie labels to their controls. */
export function uniqueId(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}
