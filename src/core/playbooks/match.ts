// Finds the playbook a task is an instance of, from its trigger words (whole words, accents, case and plurals ignored).
import { normaliseText } from '../workbook/text';
import type { Playbook } from './types';
import { MATCH_WORDS, type MatchWords } from './words';

interface TriggerHit {
  playbook: Playbook;
  /** Index of the trigger's first word in the task. */
  position: number;
  wordCount: number;
}

const MIN_STEM_LENGTH = 3;

function wordsOf(text: string): string[] {
  return normaliseText(text).split(' ').filter(Boolean);
}

/** The word and what it would be without a plural ending: "boletines" → boletines, boletine, boletin. */
function singularForms(word: string): string[] {
  const forms = [word];
  for (const ending of ['s', 'es']) {
    const stem = word.slice(0, -ending.length);
    if (word.endsWith(ending) && stem.length >= MIN_STEM_LENGTH) forms.push(stem);
  }
  return forms;
}

/** "facturas" = "factura", "invoices" = "invoice", "boletines" = "boletín". */
function sameWord(taskWord: string, triggerWord: string): boolean {
  const triggerForms = singularForms(triggerWord);
  return singularForms(taskWord).some((form) => triggerForms.includes(form));
}

function occursAt(taskWords: string[], triggerWords: string[], start: number): boolean {
  return triggerWords.every((word, offset) => sameWord(taskWords[start + offset] ?? '', word));
}

/** True when the trigger completes another noun ("las estadísticas del newsletter", "stats of the May newsletter"). */
function mentionedInPassing(taskWords: string[], start: number, words: MatchWords): boolean {
  let index = start - 1;
  while (index >= 0 && words.determiners.has(taskWords[index] ?? '')) index -= 1;
  for (let slot = 0; slot <= words.modifierSlots && index >= 0; slot += 1) {
    if (words.passingPrepositions.has(taskWords[index] ?? '')) return true;
    index -= 1;
    while (index >= 0 && words.determiners.has(taskWords[index] ?? '')) index -= 1;
  }
  return false;
}

function firstHit(taskWords: string[], playbook: Playbook): TriggerHit | null {
  const words = MATCH_WORDS[playbook.language];
  let best: TriggerHit | null = null;
  for (const trigger of playbook.triggers) {
    const triggerWords = wordsOf(trigger);
    if (triggerWords.length === 0) continue;
    for (let start = 0; start + triggerWords.length <= taskWords.length; start += 1) {
      if (!occursAt(taskWords, triggerWords, start) || mentionedInPassing(taskWords, start, words)) continue;
      const hit = { playbook, position: start, wordCount: triggerWords.length };
      if (!best || isBetter(hit, best)) best = hit;
      break;
    }
  }
  return best;
}

/** The earliest subject wins (the verb's object comes first); at the same place, the longer trigger. */
function isBetter(hit: TriggerHit, than: TriggerHit): boolean {
  if (hit.position !== than.position) return hit.position < than.position;
  return hit.wordCount > than.wordCount;
}

/** The playbook whose trigger names what the task is about, or null; on a tie the first playbook listed wins. */
export function matchPlaybook(taskText: string, playbooks: Playbook[]): Playbook | null {
  const taskWords = wordsOf(taskText);
  let best: TriggerHit | null = null;
  for (const playbook of playbooks) {
    const hit = firstHit(taskWords, playbook);
    if (hit && (!best || isBetter(hit, best))) best = hit;
  }
  return best?.playbook ?? null;
}
