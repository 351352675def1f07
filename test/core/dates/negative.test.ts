// Text that must not be read as a date: counts, money, percentages, versions, phones, list markers, labels.
import { findDates } from '../../../src/core/dates';
import type { Language } from '../../../src/core/types';
import { REFERENCE } from './helpers';

function phrases(language: Language, text: string): string[] {
  return findDates(text, { reference: REFERENCE.thursday, language, dayFirst: language === 'es' }).map(
    (match) => match.text,
  );
}

describe('not dates', () => {
  it.each([
    'Contratar 2 personas para el local',
    'Migrar a la v2.0 del sistema',
    'Subir las ventas un 10%',
    'Publicar 3 posts por semana',
    'Usamos GetResponse si el precio es menor a USD 20.',
    'Cuesta $ 1.500,50 por mes',
    'Llamar al 011 4567-8910',
    'El 10% de los clientes',
    'Los resultados del Q3',
    '1. Preparar el dosier',
    '2) Vos me mandás las fotos',
    'Cargar las fichas de los deptos',
    'el 3 de los posts quedó mal',
    'tener 12 citas cada mañana',
    'abrir todas las mañanas',
    'vamos al mar con 3 amigos',
    'El objetivo es crecer',
    'revisar el calendario de publicaciones de marzo',
    'Llamar a los alumnos que no se reinscribieron en febrero',
    'Recuperar la cartera vencida a más de 90 días',
    'Clientes con deudas mayores a 30 días',
  ])('Spanish: %s', (text) => {
    expect(phrases('es', text)).toEqual([]);
  });

  it('takes no year from a small number after a date', () => {
    const [match] = findDates('subir el 20 de marzo 3 posts', {
      reference: REFERENCE.thursday,
      language: 'es',
      dayFirst: true,
    });
    expect(match).toMatchObject({ text: 'el 20 de marzo', date: '2026-03-20' });
  });

  it.each([
    'Hire 2 people for the shop',
    'Upgrade to v2.0',
    'Grow class bookings by 20%',
    'draft 3 Instagram posts per week',
    'Budget is USD 20 per month',
    'call the caterer back at +1 (555) 010-2030',
    'Review the Q3 numbers',
    '1. Launch the online course',
    'Get more weekday bookings',
    'Fix the broken Order Now button',
    'the 3 posts were fine',
    'confirm the taproom opening hours for December',
    'version 1.2.3 is out',
    'sun 3 hours a day',
    'zero requests older than 48 hours',
    'invoices more than 30 days overdue',
  ])('English: %s', (text) => {
    expect(phrases('en', text)).toEqual([]);
  });
});
