// Long text in a properties store, split across keys because one value holds at most 9 KB.
// https://developers.google.com/apps-script/guides/services/quotas (Properties value size: 9 KB)

/** 9 KB over UTF-8's worst case of 4 bytes a character is 2,304 characters; 2,000 keeps a margin. */
const CHUNK_CHARS = 2000;

export function writeStoredText(
  properties: GoogleAppsScript.Properties.Properties,
  key: string,
  text: string | null,
): void {
  const previousCount = Number(properties.getProperty(`${key}#n`) ?? '0');
  const chunks: Record<string, string> = {};
  const count = text === null ? 0 : Math.ceil(text.length / CHUNK_CHARS);
  for (let index = 0; index < count; index++) {
    chunks[`${key}#${index}`] = (text ?? '').slice(index * CHUNK_CHARS, (index + 1) * CHUNK_CHARS);
  }
  chunks[`${key}#n`] = String(count);
  properties.setProperties(chunks);
  for (let index = count; index < previousCount; index++) properties.deleteProperty(`${key}#${index}`);
}

export function readStoredText(
  properties: GoogleAppsScript.Properties.Properties,
  key: string,
): string | null {
  const all = properties.getProperties();
  const count = Number(all[`${key}#n`] ?? '0');
  if (!count) return null;
  let text = '';
  for (let index = 0; index < count; index++) text += all[`${key}#${index}`] ?? '';
  return text;
}
