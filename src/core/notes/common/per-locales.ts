// Patterns built from every locale's words at once, kept for the parse: one search instead of one per language.
import type { NotesLocale } from '../locales';

/**
 * `build` run once per list of locales: one parse passes the same list to every stage, so a pattern joining both
 * languages' words is built once per parse and found again by that list.
 */
export function perLocales<T extends object>(
  build: (locales: NotesLocale[]) => T,
): (locales: NotesLocale[]) => T {
  const built = new WeakMap<NotesLocale[], T>();
  return (locales) => {
    let value = built.get(locales);
    if (!value) {
      value = build(locales);
      built.set(locales, value);
    }
    return value;
  };
}

/** Any of the locales' patterns, as one pattern with the flags any of them needs. */
export function anyLocalePattern(locales: NotesLocale[], pattern: (locale: NotesLocale) => RegExp): RegExp {
  const flags = [...new Set(locales.flatMap((locale) => [...pattern(locale).flags]))].join('');
  return new RegExp(locales.map((locale) => `(?:${pattern(locale).source})`).join('|'), flags);
}
