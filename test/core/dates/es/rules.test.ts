// Every rule of the dates spec in Spanish, against fixed meeting dates on several weekdays and edges.
import { dueDate, dueMatch, REFERENCE } from '../helpers';

const { thursday, friday, saturday, sunday, monthEnd, yearEnd, januaryEnd } = REFERENCE;

describe('Spanish due dates', () => {
  it.each([
    ['Enviar la factura 20/3/2026', thursday, '2026-03-20'],
    ['Enviar la factura 2026-03-20', thursday, '2026-03-20'],
    ['Enviar la factura el 20 de marzo de 2026', thursday, '2026-03-20'],
    ['Enviar la factura 20-03-26', thursday, '2026-03-20'],
    ['Enviar la factura 20/3/2026', yearEnd, '2026-03-20'],
  ])('full date: %s (meeting %s) -> %s', (text, reference, expected) => {
    expect(dueDate('es', reference, text)).toBe(expected);
  });

  it.each([
    ['pasame los textos antes del 20/3', thursday, '2026-03-20'],
    ['pasame los textos antes del 10/3', thursday, '2027-03-10'],
    ['pasame los textos el 12/3', thursday, '2026-03-12'],
    ['pasame los textos para el 20 de marzo', thursday, '2026-03-20'],
    ['Enviar el newsletter el martes 24 !!', thursday, '2026-03-24'],
    ['revisar 20/3', yearEnd, '2027-03-20'],
    ['Marcelo: aprobar las respuestas modelo - 15/05', '2026-05-04', '2026-05-15'],
  ])('date without year: %s (meeting %s) -> %s', (text, reference, expected) => {
    expect(dueDate('es', reference, text)).toBe(expected);
  });

  it.each([
    ['revisar el calendario el 4', saturday, '2026-03-04'],
    ['cerrar la caja para el 5', thursday, '2026-04-05'],
    ['cerrar la caja para el 12', thursday, '2026-03-12'],
    ['definan las tarifas antes del 15.', '2026-06-09', '2026-06-15'],
    ['cerrar la caja antes del 30', monthEnd, '2026-04-30'],
    ['enviar un recordatorio antes del día 20', thursday, '2026-03-20'],
    ['cerrar la caja antes del 31', '2026-04-10', '2026-05-31'],
    ['cerrar la caja el 5', yearEnd, '2027-01-05'],
    ['pagar el 1° sin falta', thursday, '2026-04-01'],
  ])('day of month alone: %s (meeting %s) -> %s', (text, reference, expected) => {
    expect(dueDate('es', reference, text)).toBe(expected);
  });

  it('reads a floor ("el palier del 3°") as no day of the month', () => {
    expect(dueDate('es', thursday, 'pintar el palier del 3°')).toBeNull();
  });

  it.each([
    ['contratar el autorespondedor para el viernes', thursday, '2026-03-13'],
    ['llamar al cliente el jueves', thursday, '2026-03-19'],
    ['llamar al cliente el jueves que viene', thursday, '2026-03-19'],
    ['llamar al cliente el próximo viernes', thursday, '2026-03-13'],
    ['llamar al cliente antes del martes', thursday, '2026-03-17'],
    ['llamar al cliente el viernes', friday, '2026-05-01'],
    ['hacer inventario el sábado', friday, '2026-04-25'],
    ['crear el formulario para el miércoles', saturday, '2026-02-25'],
    ['llamar al cliente el lunes', sunday, '2026-03-16'],
    ['llamar al cliente el domingo', sunday, '2026-03-22'],
    ['llamar al cliente el viernes', monthEnd, '2026-04-03'],
    ['llamar al cliente el lunes', yearEnd, '2027-01-04'],
  ])('weekday, strictly after the meeting: %s (meeting %s) -> %s', (text, reference, expected) => {
    expect(dueDate('es', reference, text)).toBe(expected);
  });

  it.each([
    ['entregar el viernes de la semana que viene', thursday, '2026-03-20'],
    ['entregar el lunes de la próxima semana', friday, '2026-04-27'],
    ['entregar el viernes de la semana que viene', sunday, '2026-03-20'],
  ])('weekday of next week: %s (meeting %s) -> %s', (text, reference, expected) => {
    expect(dueDate('es', reference, text)).toBe(expected);
  });

  it.each([
    ['responder los mensajes hoy', thursday, '2026-03-12'],
    ['configurar etiquetas mañana', thursday, '2026-03-13'],
    ['me mandás las fotos mañana si podés', yearEnd, '2027-01-01'],
    ['pedir tarifas pasado mañana', thursday, '2026-03-14'],
    ['pedir tarifas pasado mañana', monthEnd, '2026-04-02'],
  ])('today, tomorrow, the day after: %s (meeting %s) -> %s', (text, reference, expected) => {
    expect(dueDate('es', reference, text)).toBe(expected);
  });

  it.each([
    ['revisar precios en 3 días', thursday, '2026-03-15'],
    ['revisar precios dentro de 3 días', thursday, '2026-03-15'],
    ['revisar precios en cinco días', '2026-07-08', '2026-07-13'],
    ['Corregir los contenidos (Sofi) en dos semanas', thursday, '2026-03-26'],
    ['grabar videos en 3 semanas', saturday, '2026-03-14'],
    ['llamar a las clientas dentro de dos semanas', monthEnd, '2026-04-14'],
    ['renovar el plan en un mes', thursday, '2026-04-12'],
    ['renovar el plan en un mes', januaryEnd, '2026-02-28'],
  ])('in N days, weeks, months: %s (meeting %s) -> %s', (text, reference, expected) => {
    expect(dueDate('es', reference, text)).toBe(expected);
  });

  it.each([
    ['conciliar facturas esta semana', thursday, '2026-03-13'],
    ['conciliar facturas esta semana', friday, '2026-04-24'],
    ['conciliar facturas esta semana', saturday, '2026-02-27'],
    ['conciliar facturas esta semana', sunday, '2026-03-20'],
    ['conciliar facturas esta semana', yearEnd, '2027-01-01'],
  ])('this week: %s (meeting %s) -> %s', (text, reference, expected) => {
    expect(dueDate('es', reference, text)).toBe(expected);
  });

  it.each([
    ['Diseñar la plantilla la semana que viene', thursday, '2026-03-20'],
    ['Diseñar la plantilla la semana que entra', thursday, '2026-03-20'],
    ['cerrar el balance el mes que entra', thursday, '2026-04-30'],
    ['Diseñar la plantilla la próxima semana', friday, '2026-05-01'],
    ['Diseñar la plantilla para la semana que viene', saturday, '2026-02-27'],
    ['Diseñar la plantilla la semana que viene', sunday, '2026-03-20'],
    ['Diseñar la plantilla la semana que viene', monthEnd, '2026-04-10'],
    ['Diseñar la plantilla la semana que viene', yearEnd, '2027-01-08'],
  ])('next week: %s (meeting %s) -> %s', (text, reference, expected) => {
    expect(dueDate('es', reference, text)).toBe(expected);
  });

  it.each([
    ['ordenar el depósito el fin de semana', thursday, '2026-03-15'],
    ['ordenar el depósito el fin de semana', sunday, '2026-03-15'],
    ['ordenar el depósito este fin de semana', saturday, '2026-02-22'],
    ['ordenar el depósito el finde que viene', thursday, '2026-03-22'],
    ['ordenar el depósito el fin de semana que viene', saturday, '2026-03-01'],
    ['ordenar el depósito el próximo fin de semana', sunday, '2026-03-22'],
  ])('the weekend: %s (meeting %s) -> %s', (text, reference, expected) => {
    expect(dueDate('es', reference, text)).toBe(expected);
  });

  it.each([
    ['Evaluar estadísticas a fin de mes', thursday, '2026-03-31'],
    ['Enviar la factura fin de mes', saturday, '2026-02-28'],
    ['Renovar el dominio, vence a fin de mes', monthEnd, '2026-03-31'],
    ['agendar reunión el mes que viene', thursday, '2026-04-30'],
    ['cerrar el balance este mes', saturday, '2026-02-28'],
    ['agendar reunión el próximo mes', januaryEnd, '2026-02-28'],
    ['agendar reunión el mes que viene', yearEnd, '2027-01-31'],
  ])('end of month, next month: %s (meeting %s) -> %s', (text, reference, expected) => {
    expect(dueDate('es', reference, text)).toBe(expected);
  });

  it.each([
    ['enviar el boletín a fines de marzo', thursday, '2026-03-31'],
    ['juntar el dinero a fines de junio de 2027', thursday, '2027-06-30'],
    ['cerrar 40 paquetes para diciembre', thursday, '2026-12-31'],
    ['llegar a 400 inscritos hasta diciembre de 2027', thursday, '2027-12-31'],
    ['crecer un 20% a fines de 2027', thursday, '2027-12-31'],
    ['entregar la semana del 7/12', thursday, '2026-12-11'],
    ['enviar el boletín a finales de marzo', friday, '2027-03-31'],
    ['conseguir 20 pacientes antes de fin de marzo', saturday, '2026-03-31'],
    ['reducir el tiempo de respuesta para fin de junio', thursday, '2026-06-30'],
    ['lanzar el curso a mediados de junio', thursday, '2026-06-15'],
    ['lanzar el curso a mediados de junio', yearEnd, '2027-06-15'],
    ['conseguir 5 consultas por mes antes de fin de año', thursday, '2026-12-31'],
    ['cerrar el balance a fin de año', yearEnd, '2026-12-31'],
  ])('named months and the year: %s (meeting %s) -> %s', (text, reference, expected) => {
    expect(dueDate('es', reference, text)).toBe(expected);
  });

  it.each([
    ['la primera semana de abril', thursday, '2026-04-03'],
    ['la segunda semana de abril', thursday, '2026-04-10'],
    ['la primera semana', thursday, '2026-03-13'],
    ['la segunda semana', thursday, '2026-03-20'],
    ['la primera semana', friday, '2026-05-01'],
  ])('ordinal weeks: %s (meeting %s) -> %s', (text, reference, expected) => {
    expect(dueDate('es', reference, text)).toBe(expected);
  });

  it('takes the later of two deadlines offered', () => {
    expect(dueDate('es', thursday, 'responder hoy o mañana')).toBe('2026-03-13');
    expect(dueDate('es', thursday, 'responder el viernes o el lunes')).toBe('2026-03-16');
  });

  it.each(['responder ayer', 'lo vimos el viernes pasado', 'se mandó la semana pasada', 'hace 3 días'])(
    'gives no date for a past phrase, and says it is past: %s',
    (text) => {
      const match = dueMatch('es', thursday, text);
      expect(match).toMatchObject({ date: null, past: true });
    },
  );

  it.each(['responder pronto', 'cuando puedas', 'lo antes posible', 'cuanto antes', 'ASAP'])(
    'gives no date for a vague phrase: %s',
    (text) => {
      expect(dueMatch('es', thursday, text)).toMatchObject({ date: null, vague: true });
    },
  );

  it.each([
    ['llamar manana', '2026-03-13'],
    ['llamar el proximo viernes', '2026-03-13'],
    ['llamar el MIERCOLES', '2026-03-18'],
    ['llamar pasado manana', '2026-03-14'],
    ['LA SEMANA QUE VIENE', '2026-03-20'],
  ])('reads accents as optional and ignores case: %s -> %s', (text, expected) => {
    expect(dueDate('es', thursday, text)).toBe(expected);
  });

  it.each([
    ['llamar el lunes a la mañana', '2026-03-16', 'el lunes a la mañana'],
    ['llamar el lunes por la mañana', '2026-03-16', 'el lunes por la mañana'],
    ['llamar el lunes a las 10', '2026-03-16', 'el lunes a las 10'],
    ['llamar mañana 15 hs', '2026-03-13', 'mañana 15 hs'],
    ['llamar mañana a las 9:30', '2026-03-13', 'mañana a las 9:30'],
    ['abrir todas las mañanas desde el lunes', '2026-03-16', 'el lunes'],
  ])('drops the time of day, and "la mañana" is the morning: %s', (text, expected, phrase) => {
    expect(dueMatch('es', thursday, text)).toMatchObject({ date: expected, text: phrase });
  });

  it('reads a quarter led in by a preposition as its last day', () => {
    expect(dueDate('es', thursday, 'lanzar la tienda en Q3')).toBe('2026-09-30');
    expect(dueDate('es', friday, 'lanzar la tienda para el Q1')).toBe('2027-03-31');
  });

  it('gives the phrase as written with its lead-in, and where it is, so the caller can cut it out', () => {
    const text = 'Laura: pasarme los textos del primer newsletter antes del 20/3 — urgente';
    const match = dueMatch('es', thursday, text);
    expect(match?.text).toBe('antes del 20/3');
    expect(text.slice(match?.span.start, match?.span.end)).toBe('antes del 20/3');
    expect(dueMatch('es', thursday, 'Ana: configurar etiquetas - a más tardar el jueves')?.text).toBe(
      'a más tardar el jueves',
    );
  });
});
