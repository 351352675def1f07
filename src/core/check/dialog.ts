// The "Check installation" dialog as one HTML page; every value from the report goes through escapeHtml.
import { escapeHtml } from '../followup/escape';
import { CHECK_STRINGS } from '../i18n/check';
import type { CheckLine, CheckReport } from './model';
import { DIALOG_SCRIPT } from './dialog-script';
import { reportFacts, reportSummary, reportText } from './plain-text';

export const DIALOG_WIDTH = 640;
export const DIALOG_HEIGHT = 560;

const STYLE = `
body { font: 13px/1.4 Roboto, Arial, sans-serif; color: #202124; margin: 0 4px; }
h1 { font-size: 15px; margin: 8px 0; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0 0 8px; }
dl.facts dt { color: #5f6368; }
dl.facts dd { margin: 0; }
ul.lines { list-style: none; padding: 0; margin: 8px 0; }
ul.lines li { border-top: 1px solid #e0e0e0; padding: 6px 0; }
.badge { display: inline-block; min-width: 80px; font-weight: bold; }
.pass .badge { color: #188038; }
.fail .badge { color: #d93025; }
.info .badge, .skipped .badge { color: #5f6368; }
.detail { margin: 2px 0 0 84px; color: #3c4043; word-break: break-word; }
.detail b { font-weight: 500; color: #5f6368; }
.summary.failed { color: #d93025; font-weight: bold; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 8px 0; }
textarea { width: 100%; height: 120px; font: 12px monospace; }
#status { color: #188038; min-height: 1.4em; }
`;

function lineHtml(line: CheckLine, report: CheckReport): string {
  const strings = CHECK_STRINGS[report.language];
  return [
    `<li class="${line.status}" data-check="${line.id}">`,
    `<span class="badge">${escapeHtml(strings.statuses[line.status])}</span>`,
    `<span class="name">${escapeHtml(strings.names[line.id])}</span>`,
    `<div class="detail"><b>${escapeHtml(strings.expectedLabel)}:</b> ${escapeHtml(line.expected)}</div>`,
    `<div class="detail"><b>${escapeHtml(strings.seenLabel)}:</b> <span class="seen">${escapeHtml(line.seen)}</span></div>`,
    '</li>',
  ].join('');
}

function factsHtml(report: CheckReport): string {
  const rows = reportFacts(report).map(
    ([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`,
  );
  return `<dl class="facts">${rows.join('')}</dl>`;
}

function actionsHtml(report: CheckReport): string {
  const strings = CHECK_STRINGS[report.language];
  return [
    '<div class="actions">',
    `<button id="copy" type="button">${escapeHtml(strings.copyReport)}</button>`,
    `<label><input id="send-email" type="checkbox"> ${escapeHtml(strings.sendTestEmail)}</label>`,
    `<button id="rerun" type="button">${escapeHtml(strings.runAgain)}</button>`,
    '</div>',
    `<div id="status" role="status" data-copied="${escapeHtml(strings.copied)}"`,
    ` data-fallback="${escapeHtml(strings.copyFallback)}" data-running="${escapeHtml(strings.running)}"></div>`,
    `<textarea id="report-text" readonly hidden>${escapeHtml(reportText(report))}</textarea>`,
  ].join('');
}

export function checkDialogHtml(report: CheckReport): string {
  const strings = CHECK_STRINGS[report.language];
  const failed = report.lines.some((line) => line.status === 'fail');
  return [
    '<!DOCTYPE html>',
    `<html lang="${report.language}"><head><meta charset="utf-8"><base target="_top">`,
    `<style>${STYLE}</style></head><body>`,
    `<h1>${escapeHtml(strings.title)}</h1>`,
    factsHtml(report),
    `<p class="summary${failed ? ' failed' : ''}">${escapeHtml(reportSummary(report))}</p>`,
    actionsHtml(report),
    `<ul class="lines">${report.lines.map((line) => lineHtml(line, report)).join('')}</ul>`,
    `<script>${DIALOG_SCRIPT}</script>`,
    '</body></html>',
  ].join('');
}
