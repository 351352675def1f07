// Formal Spanish minutes ("actas") and community meeting notes: roles as owners, "se encarga", pending items.
import { parse, summary } from './helpers/parse';

describe('an acta with roles, "se encarga" and pending items', () => {
  const acta = [
    'ACTA N.º 37 – ASAMBLEA ORDINARIA',
    '',
    'DESARROLLO',
    '2. La tesorera informa un saldo de $1.284.000. Quedan 14 socios con cuotas atrasadas.',
    '   Se encarga la tesorera de enviar un recordatorio antes del 30 de abril.',
    '   Queda pendiente solicitar presupuesto para la reparación del techo del salón.',
    '3. Festival de invierno.',
    '   - Lucía Ferreyra y Gabriel Paz coordinarán la convocatoria de artistas locales.',
    '   - La presidenta se compromete a hablar con la radio comunitaria.',
    '   - Todos los miembros de la Comisión deberán actualizar sus datos en el padrón a fin de mes.',
    '',
    'Héctor Villalba, secretario            Rosa Quiroga, presidenta',
  ].join('\n');
  const tasks = parse(acta, { meetingDate: '2026-04-21', language: 'es' }).tasks.map(summary);

  it('gives each action to the role or people named, as written, and leaves the signatures alone', () => {
    expect(tasks.map((task) => [task.text, task.owners, task.due])).toEqual([
      ['enviar un recordatorio', ['la tesorera'], '2026-04-30'],
      ['solicitar presupuesto para la reparación del techo del salón', [], null],
      ['coordinar la convocatoria de artistas locales', ['Lucía Ferreyra', 'Gabriel Paz'], null],
      ['hablar con la radio comunitaria', ['La presidenta'], null],
      ['actualizar sus datos en el padrón', ['everyone'], '2026-04-30'],
    ]);
  });
});

describe('community notes with numbered topics over their points', () => {
  const notes = [
    'Reunión comunidad C/ Almendros 14 - jueves 26/02/2026',
    '',
    '1) Ascensor',
    '- Lleva 3 averías desde enero.',
    '- Hay que pedir dos presupuestos más -> el administrador',
    '- Objetivo: tener el ascensor nuevo antes del verano',
    '',
    '2) Humedades garaje',
    '- Plaza 7 y 8 con filtraciones otra vez',
    '- El 2ºD debe 4 trimestres. El administrador manda burofax antes de fin de mes',
    '- Poner un cartel sobre las bicis (Jaime o Pilar)',
    '- cambiar la cerradura de la puerta de calle → hecho, listo.',
  ].join('\n');
  const parsed = parse(notes, { meetingDate: '2026-02-26', language: 'es' });

  it('reads the numbered lines as topics, and only the actions under them as tasks', () => {
    expect(parsed.tasks.map((task) => [task.text, task.owners, task.due])).toEqual([
      ['pedir dos presupuestos más', ['el administrador'], null],
      ['manda burofax', ['El administrador'], '2026-02-28'],
      ['Poner un cartel sobre las bicis', ['Jaime', 'Pilar'], null],
    ]);
  });

  it('keeps a goal among the points an objective, without turning the next topics into task lists', () => {
    expect(parsed.objectives.map((objective) => objective.text)).toEqual([
      'tener el ascensor nuevo antes del verano',
    ]);
  });
});

describe('English board minutes', () => {
  const minutes = [
    'Minutes of the Regular Meeting of the Board of Directors',
    '',
    '1. CALL TO ORDER',
    'The Chair called the meeting to order at 6:34 p.m.',
    '- Call to order 7:04 PM by L. Park',
    '- MOTION: approve Green Acres as landscaping vendor. Moved Rosa, 2nd Sam. Passed 3-1',
    '',
    '5. STRATEGIC PLAN',
    'ACTION (HIGH PRIORITY): MO to contact the Eastgate church about the lease.',
    '',
    '6. GOVERNANCE',
    'The nominating committee will bring a slate to the next meeting.',
    'ACTION: HP - update the bylaws binder. Completed prior to meeting.',
    'ACTION: All directors to submit annual conflict-of-interest forms to HP.',
    '',
    '7. NEW BUSINESS',
    'Consensus to explore it in 2027; no action at this time.',
  ].join('\n');

  it('reads numbered titles in capitals as sections, a priority in the label, a body as owner, and drops what is done', () => {
    expect(
      parse(minutes, { language: 'en' }).tasks.map((task) => [task.text, task.owners, task.priority]),
    ).toEqual([
      ['contact the Eastgate church about the lease', ['MO'], 'high'],
      ['bring a slate to the next meeting', ['The nominating committee'], null],
      ['submit annual conflict-of-interest forms to HP', ['everyone'], null],
    ]);
  });
});

describe('English minutes with roles and agreed actions', () => {
  it('gives the action to the role that agreed to it', () => {
    const minutes =
      'Board minutes\n\nNew business\n- The treasurer agreed to prepare the Q3 budget by Friday.';
    expect(parse(minutes, { language: 'en' }).tasks.map(summary)).toEqual([
      { text: 'prepare the Q3 budget', owners: ['The treasurer'], due: '2026-03-13', priority: null },
    ]);
  });
});

describe("a parents' association acta in paragraphs", () => {
  const acta = [
    'ACTA REUNIÓN DIRECTIVA N° 02/2026',
    'Fecha: jueves 5 de marzo de 2026',
    '',
    'DESARROLLO',
    '3. Se acuerda mantener la cuota anual. La directiva gestionará la cuponera de pago con el banco antes del 31 de marzo.',
    '4. Se acuerda formar una comisión. La Sra. Soto y el Sr. Fuentes coordinarán la kermesse del aniversario.',
  ].join('\n');

  it('gives an action to the board named as a body, and to both people named with their titles', () => {
    const parsed = parse(acta, { language: 'es', meetingDate: undefined });
    expect(parsed.tasks.map((task) => [task.text, task.owners, task.due])).toEqual([
      ['gestionar la cuponera de pago con el banco', ['La directiva'], '2026-03-31'],
      ['coordinar la kermesse del aniversario', ['Soto', 'Fuentes'], null],
    ]);
  });
});

describe("a student assembly's acta with arrows and commissions", () => {
  const acta = [
    'ACTA DE ASAMBLEA GENERAL ORDINARIA N° 7',
    'Fecha: miércoles 22/4/2026',
    '',
    '2. COMEDOR',
    'Se vota: 51 a favor. APROBADA.',
    '-> La comisión de bienestar se encarga de redactar la nota, para el viernes.',
    '-> Valentina la presenta en mesa de entradas la semana que viene.',
    '',
    '4. BIENVENIDA INGRESANTES',
    '- Comisión de cultura arma la grilla de bandas y talleres, en dos semanas.',
    '- Todxs a difundir en los grupos de cursada.',
    '- Se necesita conseguir equipo de sonido (prioridad baja, hay tiempo).',
    '- Pedido de rendición de cuentas de la tesorería para la próxima asamblea: Juli trae planilla a fin de mes.',
  ].join('\n');

  it('reads arrows as points, a commission as owner, everyone in inclusive Spanish, and a need with no owner', () => {
    const parsed = parse(acta, { language: 'es', meetingDate: undefined });
    expect(parsed.tasks.map((task) => [task.owners, task.due])).toEqual([
      [['La comisión de bienestar'], '2026-04-24'],
      [['Valentina'], '2026-05-01'],
      [['Comisión de cultura'], '2026-05-06'],
      [['everyone'], null],
      [[], null],
      [['Juli'], '2026-04-30'],
    ]);
  });
});

describe("a parents' meeting summed up in paragraphs", () => {
  const summary = [
    'Resumen de la reunión de padres – sábado 24 de octubre de 2026',
    '',
    'Este año la idea es juntar $U 60.000 con la cantina. Los padres de la categoría 2015 se encargan de la cantina. Mirta avisó que ya se pagó la inscripción.',
    'El profe Gonzalo quedó en mandar el fixture por el grupo. Andrea (mamá de Bruno, 2016) quedó en averiguar precios de camisetas. Fabián y el Chino Rodríguez se ofrecieron para arreglar los arcos chicos.',
    'Por último, yo (Sofía, secretaria de la subcomisión) voy a pasar en limpio el listado de teléfonos.',
  ].join('\n');
  const parsed = parse(summary, { language: 'es', meetingDate: undefined });

  it('reads each commitment after the goal, whoever it names: a group, a title, an aside, a nickname, "yo (Sofía)"', () => {
    expect(parsed.tasks.map((task) => [task.text, task.owners])).toEqual([
      ['la cantina', ['Los padres de la categoría 2015']],
      ['mandar el fixture por el grupo', ['Gonzalo']],
      ['averiguar precios de camisetas', ['Andrea']],
      ['arreglar los arcos chicos', ['Fabián', 'Chino Rodríguez']],
      ['pasar en limpio el listado de teléfonos', ['Sofía']],
    ]);
    expect(parsed.objectives.map((objective) => objective.text)).toEqual(['juntar $U 60.000 con la cantina']);
  });
});

describe("a neighbours' association acta in numbered paragraphs", () => {
  const acta = [
    'ACTA N° 87 - ASOCIACIÓN VECINAL',
    'En Córdoba, a los catorce días del mes de abril (14/04/2026), se reúnen los miembros de la Comisión Directiva.',
    '',
    '4) Plaza del barrio. La presidenta expone el estado de la plaza. El objetivo de la Comisión es recuperar la plaza antes de fin de año. Queda a cargo del vocal Sr. Ramón Villalba solicitar tres presupuestos para juegos infantiles. La Sra. Ferreyra y la Sra. Quiroga gestionarán una reunión con el concejal el próximo jueves.',
    '',
    '6) Festejo. Se solicita a todos los vecinos colaborar con la difusión.',
  ].join('\n');
  const parsed = parse(acta, { language: 'es', meetingDate: undefined });

  it("reads the goal and each action among a paragraph's sentences", () => {
    expect(parsed.objectives.map((objective) => [objective.text, objective.due])).toEqual([
      ['recuperar la plaza', '2026-12-31'],
    ]);
    expect(parsed.tasks.map((task) => [task.text, task.owners, task.due])).toEqual([
      ['solicitar tres presupuestos para juegos infantiles', ['Ramón Villalba'], null],
      ['gestionar una reunión con el concejal', ['Ferreyra', 'Quiroga'], '2026-04-16'],
      ['colaborar con la difusión', ['everyone'], null],
    ]);
  });
});

describe('an acta that puts people in charge after the fact', () => {
  const acta = [
    'Acta de la Comisión Directiva - martes 3/11/2026',
    '',
    'Moción del Sr. Russo: enviar intimación a los socios morosos. Aprobada. Queda a cargo de secretaría, la semana que viene.',
    'Moción de la Sra. Paz: cambiar el horario de la cantina. Aprobada por unanimidad.',
    'Queda a cargo de Lorena Paz la compra de bebidas, antes del 12.',
    'Se designa a Facundo Gil para coordinar el asado.',
    'Comprar conos nuevos. Queda a cargo de Javier.',
  ].join('\n');
  const tasks = parse(acta, { meetingDate: '2026-11-03', language: 'es' }).tasks.map(summary);

  it('makes a motion a task once someone is in charge of it, and reads who after "queda a cargo de"', () => {
    expect(tasks.map((task) => [task.text, task.owners, task.due])).toEqual([
      ['enviar intimación a los socios morosos', ['secretaría'], '2026-11-13'],
      ['la compra de bebidas', ['Lorena Paz'], '2026-11-12'],
      ['coordinar el asado', ['Facundo Gil'], null],
      ['Comprar conos nuevos', ['Javier'], null],
    ]);
  });
});

describe('a cooperative’s acta that entrusts tasks', () => {
  const acta = [
    'Asamblea General Ordinaria - 18/04/2026',
    '',
    'Se encomienda a la tesorera, Mariela Cabrera, gestionar el crédito con la Cooperativa de Ahorro antes del 30 de abril.',
    'Se encomienda a Diego Fagúndez la inscripción para el viernes que viene.',
    'Se plantea la necesidad de capacitar a las socias nuevas en el uso de la bordadora.',
  ].join('\n');
  const tasks = parse(acta, { meetingDate: '2026-04-18', language: 'es' }).tasks.map(summary);

  it('gives the task to the role before its holder’s name, reads a thing entrusted, and a need raised', () => {
    expect(tasks.map((task) => [task.text, task.owners, task.due])).toEqual([
      ['gestionar el crédito con la Cooperativa de Ahorro', ['la tesorera'], '2026-04-30'],
      ['la inscripción', ['Diego Fagúndez'], '2026-04-24'],
      ['capacitar a las socias nuevas en el uso de la bordadora', [], null],
    ]);
  });
});

describe('a department’s agreements with owners on their own lines', () => {
  const acta = [
    'Reunión de departamento - 30/09/2026',
    '',
    'Acuerdos:',
    '1. Entregar las programaciones revisadas antes del 15 de octubre.',
    '   Responsable: cada profesor/a la de sus grupos',
    '2. Cubrir las guardias de Pablo mientras dure la baja: ya organizado por jefatura.',
    '',
    'Ruegos y preguntas:',
    '- Marta recuerda que el curso de formación es voluntario.',
  ].join('\n');
  const tasks = parse(acta, { meetingDate: '2026-09-30', language: 'es' }).tasks.map(summary);

  it('reads "cada…" as everyone, leaves out what is already organised and what someone only reminds', () => {
    expect(tasks.map((task) => [task.text, task.owners, task.due])).toEqual([
      ['Entregar las programaciones revisadas', ['everyone'], '2026-10-15'],
    ]);
  });
});

describe("a neighbours' acta with complaints and a semicolon in an agreement", () => {
  const acta = [
    'ACTA ASAMBLEA ORDINARIA – sábado 17 de octubre de 2026',
    '',
    'DESARROLLO',
    '1. Seguridad: Don Héctor Rivas reclama que la luminaria de su pasaje lleva un mes apagada.',
    '',
    'ACUERDOS',
    '1. La tesorera enviará un recordatorio a los socios morosos esta semana.',
    '2. Operativo de limpieza de la plaza el domingo 8 de noviembre; el secretario pedirá las herramientas a la municipalidad.',
    '',
    'Próxima asamblea: sábado 21 de noviembre, 19:00 hrs.',
    'Se levanta la sesión a las 20:45 hrs.',
  ].join('\n');
  const tasks = parse(acta, { meetingDate: undefined, language: 'es' }).tasks.map(summary);

  it('leaves out a complaint, and gives an agreement naming nobody to whoever its clause after a semicolon commits', () => {
    expect(tasks.map((task) => [task.text, task.owners])).toEqual([
      ['enviar un recordatorio a los socios morosos', ['La tesorera']],
      ['pedir las herramientas a la municipalidad', ['el secretario']],
    ]);
  });
});

describe('agreements written in the future tense', () => {
  it('reads each action in the infinitive, irregular verbs included', () => {
    const acta = [
      'Acta 17/10/2026',
      '',
      'Acuerdos:',
      '1. La tesorera enviará un recordatorio a los socios.',
      '2. El secretario hará la nota al municipio.',
      '3. Presentaremos el balance en la asamblea.',
    ].join('\n');
    expect(parse(acta, { meetingDate: undefined, language: 'es' }).tasks.map((task) => task.text)).toEqual([
      'enviar un recordatorio a los socios',
      'hacer la nota al municipio',
      'Presentar el balance en la asamblea',
    ]);
  });
});
