// Apps Script enums: objects whose values print as their names; plain strings compare and print the same way.
export function enumOf<const K extends string>(...names: K[]): { readonly [P in K]: P } {
  return Object.freeze(Object.fromEntries(names.map((name) => [name, name]))) as { readonly [P in K]: P };
}
