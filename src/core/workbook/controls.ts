// The conditional formats of sheet.md, described once, and how to tell ours from the client's own rules.
import { columnLetters } from '../row-ranges';
import { priorityLabels, statusLabels } from './cells';
import { columnIndex, FIRST_DATA_ROW, type TabLayout } from './layout';
import type { ColumnId, TabId } from './schema';

export interface ControlStyle {
  background?: string;
  fontColor?: string;
  bold?: boolean;
  strikethrough?: boolean;
}

/** `{due}` in a template stands for the due column's cell in the rule's first row ("$F2"). */
interface ControlTemplate {
  template: string;
  style: ControlStyle;
  /** 'row' colours every column of the row; a column id marks that cell only. */
  target: 'row' | ColumnId;
}

export interface ControlRule {
  formula: string;
  style: ControlStyle;
  /** 1-based, inclusive; rows run from the first data row to the sheet's last row. */
  firstColumn: number;
  lastColumn: number;
}

const anyOf = (placeholder: string, labels: string[]): string =>
  `OR(${labels.map((label) => `${placeholder}="${label}"`).join(',')})`;

const DONE = anyOf('{status}', statusLabels('done'));
const BLOCKED = anyOf('{status}', statusLabels('blocked'));
const HIGH = anyOf('{priority}', priorityLabels('high'));
const MISSING_CELL: ControlStyle = { background: '#fce8b2' };

/** Earlier rules win in Sheets, so the cell marks come before the row colours. */
const TEMPLATES: Partial<Record<TabId, ControlTemplate[]>> = {
  tasks: [
    { template: '=AND({task}<>"",{owner}="")', style: MISSING_CELL, target: 'owner' },
    { template: '=AND({task}<>"",{due}="")', style: MISSING_CELL, target: 'due' },
    { template: `=${HIGH}`, style: { bold: true, fontColor: '#990000' }, target: 'priority' },
    {
      template: `=${DONE}`,
      style: { background: '#d9ead3', fontColor: '#6aa84f', strikethrough: true },
      target: 'row',
    },
    { template: `=${BLOCKED}`, style: { background: '#efefef', fontColor: '#666666' }, target: 'row' },
    { template: '=AND({due}<>"",{due}<TODAY())', style: { background: '#f4cccc' }, target: 'row' },
    { template: '=AND({due}<>"",{due}<=TODAY()+3)', style: { background: '#fff2cc' }, target: 'row' },
  ],
  objectives: [
    { template: '=AND({objective}<>"",{due}="")', style: MISSING_CELL, target: 'due' },
    {
      template: '=AND({progress}<>"",{progress}>=1)',
      style: { background: '#57bb8a', bold: true },
      target: 'progress',
    },
    {
      template: '=AND({progress}<>"",{progress}>=0.5)',
      style: { background: '#b7e1cd' },
      target: 'progress',
    },
    { template: '=AND({progress}<>"",{progress}>0)', style: { background: '#e6f4ea' }, target: 'progress' },
  ],
};

const PLACEHOLDER = /\{(\w+)\}/g;

function fill(template: string, layout: TabLayout): string {
  return template.replace(
    PLACEHOLDER,
    (_, columnId: ColumnId) => `$${columnLetters(columnIndex(layout, columnId) + 1)}${FIRST_DATA_ROW}`,
  );
}

function targetColumns(target: ControlTemplate['target'], layout: TabLayout): [number, number] {
  if (target === 'row') return [1, Math.max(1, layout.width)];
  const column = columnIndex(layout, target) + 1;
  return [column, column];
}

/** Our rules for a tab whose columns are all present; tabs without controls get none. */
export function controlRules(layout: TabLayout): ControlRule[] {
  return (TEMPLATES[layout.tab] ?? []).map(({ template, style, target }) => {
    const [firstColumn, lastColumn] = targetColumns(target, layout);
    return { formula: fill(template, layout), style, firstColumn, lastColumn };
  });
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Our formulas whatever columns they point at now (Sheets rewrites references when columns move). */
const OUR_FORMULAS: RegExp[] = Object.values(TEMPLATES)
  .flat()
  .map(({ template }) => {
    const parts = template
      .split(PLACEHOLDER)
      .map((part, index) => (index % 2 ? '\\$?[A-Z]{1,3}\\$?[0-9]+' : escapeRegExp(part)));
    return new RegExp(`^${parts.join('')}$`, 'i');
  });

export function isOurControl(formula: string): boolean {
  return OUR_FORMULAS.some((pattern) => pattern.test(formula.trim()));
}

/** The A1 range a rule covers on a sheet of `maxRows` rows, to tell whether the rule in place still fits. */
export function controlRangeA1(control: ControlRule, maxRows: number): string {
  const first = columnLetters(control.firstColumn);
  const last = columnLetters(control.lastColumn);
  return `${first}${FIRST_DATA_ROW}:${last}${maxRows}`;
}

/** Metadata on the sheet: the ranges our rules were last written with, so an import need not read them back. */
export const CONTROLS_METADATA_KEY = 'minuta.controls';

/** Changes when a rule's range would: a column added, moved or removed, or rows added to the sheet. */
export function controlsSignature(controls: ControlRule[], maxRows: number): string {
  return controls.map((control) => controlRangeA1(control, maxRows)).join(',');
}
