// The digest's plain-text body, for mail clients that show no HTML.
import type { DigestView, ViewLine, ViewSection } from './view';

function lineText(line: ViewLine): string {
  return line.details.length ? `- ${line.text} (${line.details.join(' · ')})` : `- ${line.text}`;
}

function sectionText(section: ViewSection): string {
  const lines = [`${section.title} (${section.count})`, ...section.lines.map(lineText)];
  if (section.more) lines.push(`  ${section.more}`);
  return lines.join('\n');
}

export function digestText(view: DigestView): string {
  const figures = view.figures.map(({ label, value }) => `${label}: ${value}`).join(' · ');
  const blocks = [
    `${view.heading}\n${view.intro}`,
    figures,
    view.greeting,
    view.nothing,
    ...view.sections.map(sectionText),
    `${view.link.label}: ${view.link.url}`,
  ];
  return `${blocks.filter(Boolean).join('\n\n')}\n`;
}
