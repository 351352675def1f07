// Text compared the way a person reads it: accents, case, punctuation and spacing ignored.

/** "  Revisá la Plantilla!! " → "revisa la plantilla". */
export function normaliseText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Owner names as one cell shows them: "Ana, Luis". */
export function joinOwners(owners: string[]): string {
  return owners
    .map((owner) => owner.trim())
    .filter(Boolean)
    .join(', ');
}

export function splitOwners(cell: string): string[] {
  return cell
    .split(/[,;]/)
    .map((owner) => owner.trim())
    .filter(Boolean);
}
