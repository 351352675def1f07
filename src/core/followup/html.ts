// The digest's HTML body: inline styles only (Gmail drops <style>), lists instead of wide tables, every value escaped.
import { escapeHtml, safeHref } from './escape';
import type { ViewFigure } from './figures';
import type { DigestView, SectionId, ViewLine, ViewSection } from './view';

const SECTION_COLOURS: Record<SectionId, string> = {
  overdue: '#c5221f',
  dueSoon: '#b06000',
  blocked: '#5f6368',
  doneRecently: '#137333',
  objectives: '#1a73e8',
  controls: '#8430ce',
};

const STYLES = {
  page: 'font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#202124;max-width:600px;margin:0 auto;padding:12px',
  heading: 'font-size:20px;margin:0 0 4px',
  intro: 'margin:0 0 16px;color:#5f6368;font-size:14px',
  sectionTitle: 'font-size:16px;margin:20px 0 8px;padding-bottom:4px;border-bottom:2px solid',
  list: 'margin:0;padding:0 0 0 18px',
  item: 'margin:0 0 10px',
  details: 'color:#5f6368;font-size:13px',
  bar: 'display:inline-block;width:120px;height:6px;background:#e8eaed;border-radius:3px;vertical-align:middle;margin-right:6px',
  barFill: 'display:block;height:6px;background:#1e8e3e;border-radius:3px',
  more: 'margin:4px 0 0;color:#5f6368;font-size:13px;font-style:italic',
  figures: 'margin:0 0 16px;border-collapse:separate;border-spacing:6px 0',
  figure:
    'padding:6px 10px;background:#f1f3f4;border-radius:6px;text-align:center;font-size:12px;color:#5f6368',
  figureValue: 'display:block;font-size:22px;font-weight:bold;color:#202124',
  chart: 'display:block;max-width:100%;height:auto;margin:0 0 12px',
  button:
    'display:inline-block;margin-top:20px;padding:10px 16px;background:#1a73e8;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:bold',
};

function progressBar(progress: { done: number; total: number }): string {
  const percent = Math.round((100 * progress.done) / progress.total);
  return `<span style="${STYLES.bar}"><span style="${STYLES.barFill};width:${percent}%"></span></span>`;
}

function lineHtml(line: ViewLine): string {
  const bar = line.progress ? progressBar(line.progress) : '';
  const details = line.details.map(escapeHtml).join(' · ');
  return `<li style="${STYLES.item}"><strong>${escapeHtml(line.text)}</strong><br><span style="${STYLES.details}">${bar}${details}</span></li>`;
}

function sectionHtml(section: ViewSection): string {
  const colour = SECTION_COLOURS[section.id];
  const title = `<h2 style="${STYLES.sectionTitle} ${colour};color:${colour}">${escapeHtml(section.title)} (${section.count})</h2>`;
  const more = section.more ? `<p style="${STYLES.more}">${escapeHtml(section.more)}</p>` : '';
  return `${title}<ul style="${STYLES.list}">${section.lines.map(lineHtml).join('')}</ul>${more}`;
}

/** A table, not flex: Outlook and Gmail both keep the five figures side by side. */
function figuresHtml(figures: ViewFigure[]): string {
  if (!figures.length) return '';
  const cells = figures.map(({ label, value, alert }) => {
    const colours = alert ? ';background:#f4cccc;color:#cc0000' : '';
    const valueColour = alert ? ';color:#cc0000' : '';
    return `<td style="${STYLES.figure}${colours}"><span style="${STYLES.figureValue}${valueColour}">${value}</span>${escapeHtml(label)}</td>`;
  });
  return `<table role="presentation" style="${STYLES.figures}"><tr>${cells.join('')}</tr></table>`;
}

function chartHtml(image: DigestView['progressImage']): string {
  if (!image) return '';
  return `<img src="cid:${escapeHtml(image.cid)}" alt="${escapeHtml(image.alt)}" width="480" style="${STYLES.chart}">`;
}

export function digestHtml(view: DigestView): string {
  const href = safeHref(view.link.url);
  const parts = [
    `<h1 style="${STYLES.heading}">${escapeHtml(view.heading)}</h1>`,
    `<p style="${STYLES.intro}">${escapeHtml(view.intro)}</p>`,
    figuresHtml(view.figures),
    chartHtml(view.progressImage),
    view.greeting ? `<p style="margin:0 0 12px">${escapeHtml(view.greeting)}</p>` : '',
    view.nothing ? `<p>${escapeHtml(view.nothing)}</p>` : '',
    ...view.sections.map(sectionHtml),
    href ? `<p><a href="${href}" style="${STYLES.button}">${escapeHtml(view.link.label)}</a></p>` : '',
  ];
  return `<div style="${STYLES.page}">${parts.join('')}</div>`;
}
