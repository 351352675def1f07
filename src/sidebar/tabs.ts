// An accessible tab strip: role=tablist, arrow keys, Home and End move between tabs (WAI-ARIA tabs pattern).
import { h } from './dom';

export interface TabDefinition {
  id: string;
  label: string;
  render(): HTMLElement;
}

function select(tabs: HTMLButtonElement[], panels: HTMLElement[], index: number, focus: boolean): void {
  tabs.forEach((tab, position) => {
    const selected = position === index;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    const panel = panels[position];
    if (panel) panel.hidden = !selected;
  });
  if (focus) tabs[index]?.focus();
}

function keyTarget(key: string, current: number, count: number): number | null {
  if (key === 'ArrowRight') return (current + 1) % count;
  if (key === 'ArrowLeft') return (current - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

/**
 * A panel is built the first time it is shown and kept after that: switching only shows and hides panels, so nothing
 * typed is lost, and a tab never opened (Settings, usually) costs nothing before the sidebar's first paint.
 */
export function tabView(
  definitions: TabDefinition[],
  selectedId: string,
  onSelect: (id: string) => void,
): HTMLElement {
  const panels = definitions.map((definition) =>
    h('div', { id: `panel-${definition.id}`, role: 'tabpanel', 'aria-labelledby': `tab-${definition.id}` }),
  );
  const show = (index: number, focus: boolean): void => {
    const panel = panels[index];
    const definition = definitions[index];
    if (panel && definition && !panel.hasChildNodes()) panel.appendChild(definition.render());
    select(tabs, panels, index, focus);
  };
  const tabs: HTMLButtonElement[] = definitions.map((definition, index) =>
    h(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `tab-${definition.id}`,
        'aria-controls': `panel-${definition.id}`,
        onClick: () => {
          show(index, false);
          onSelect(definition.id);
        },
        onKeydown: (event) => {
          const target = keyTarget((event as KeyboardEvent).key, index, definitions.length);
          if (target === null) return;
          event.preventDefault();
          show(target, true);
          onSelect(definitions[target]?.id ?? definition.id);
        },
      },
      [definition.label],
    ),
  );
  const initial = Math.max(
    0,
    definitions.findIndex((definition) => definition.id === selectedId),
  );
  show(initial, false);
  return h('div', { class: 'tabs' }, [h('div', { role: 'tablist', class: 'tablist' }, tabs), ...panels]);
}
