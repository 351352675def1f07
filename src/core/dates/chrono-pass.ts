// The chrono pass of one pipeline: behind the locale's first look at first, gated once enough lines have come.
import type { Chrono, ParsedResult } from 'chrono-node/es';
import type { IsoDate } from '../types';
import { gatedChrono, type GatedChrono } from './common/gated-chrono';
import type { DateLocale } from './common/locale';
import { toReferenceInstant } from './common/reference';

/**
 * Reading every parser's pattern for the gate costs about what this many gated parses save: a short note
 * never pays for it, a long import soon does. Both ways give the same results.
 */
const PARSES_BEFORE_GATE = 1000;

function buildGate(chrono: Chrono): GatedChrono | null {
  try {
    return gatedChrono(chrono);
  } catch {
    // A pattern the gate cannot read must not cost a line its date: the plain pass stays, only slower.
    return null;
  }
}

export class ChronoPass {
  private parses = 0;
  private gated: GatedChrono | null = null;

  constructor(
    private readonly locale: DateLocale,
    private readonly chrono: Chrono,
  ) {}

  /** chrono's results on accent-folded text, read from the reference date. */
  parse(folded: string, reference: IsoDate): ParsedResult[] {
    if (this.gated) return this.gated.parse(folded, reference);
    if (++this.parses === PARSES_BEFORE_GATE) this.gated = buildGate(this.chrono);
    return this.locale.mayHoldDate(folded) ? this.chrono.parse(folded, toReferenceInstant(reference)) : [];
  }
}
