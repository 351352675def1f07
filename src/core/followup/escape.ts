// The one escape every value goes through before it enters the email's HTML.

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Safe in element text and in double- or single-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char] ?? char);
}

/** Only a web link may become an href; anything else (javascript:, data:) is dropped. */
export function safeHref(url: string): string | null {
  return /^https?:\/\//i.test(url.trim()) ? escapeHtml(url.trim()) : null;
}

/** A subject is one line: a line break in a sheet's name must not start a new mail header. */
export function oneLine(value: string): string {
  return value.replace(/[\r\n\t]+/g, ' ').trim();
}
