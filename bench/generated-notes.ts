// Realistic task lines made from word lists, for when the shared corpus is not next to the project.
import type { Language } from '../src/core/types';

interface Vocabulary {
  heading: string;
  owners: string[];
  actions: string[];
  deadlines: string[];
  extras: string[];
}

const VOCABULARY: Record<Language, Vocabulary> = {
  es: {
    heading: 'Tareas',
    owners: ['Sofi', 'Martina', 'Lucas', 'Vos', 'Yo', 'Marta y Lucas'],
    actions: [
      'armar el menú en Canva',
      'mandar las fotos de los productos',
      'actualizar los precios en la web',
      'llamar al contador por la factura',
      'responder los mails de proveedores',
      'subir una historia con la promo',
    ],
    deadlines: ['para el viernes', 'antes del 20/3', 'mañana', 'la semana que viene', 'el lunes 16', ''],
    extras: [', prioridad alta', ' (urgente)', '', ', prioridad baja'],
  },
  en: {
    heading: 'Action items',
    owners: ['Sam', 'Priya', 'Tom', 'You', 'I', 'Anna and Joe'],
    actions: [
      'draft the newsletter',
      'send the venue contract',
      'update the price list',
      'call the accountant about the invoice',
      'book the photographer',
      'post the class schedule',
    ],
    deadlines: ['by Friday', 'before March 20', 'tomorrow', 'next week', 'on Monday the 16th', ''],
    extras: [', high priority', ' (urgent)', '', ', low priority'],
  },
};

function pick<T>(items: readonly T[], index: number): T {
  const item = items[index % items.length];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** `count` lines of one language: a heading, then owner, action, deadline and priority in changing combinations. */
export function generatedLines(language: Language, count: number): string[] {
  const words = VOCABULARY[language];
  const lines = [words.heading];
  for (let index = 0; lines.length < count; index += 1) {
    const deadline = pick(words.deadlines, index * 7 + 3);
    const task = `${pick(words.actions, index)} ${deadline}`.trim();
    lines.push(`- ${pick(words.owners, index * 5 + 1)}: ${task}${pick(words.extras, index * 3)}`);
  }
  return lines.slice(0, count);
}
