// What the client's and each owner's weekly email lists, in Spanish and English, in both bodies.
import { buildDigests, type Digest } from '../../../src/core/followup';
import { MAX_LINES_PER_SECTION } from '../../../src/core/followup/view';
import { FOLLOW_UP_STRINGS } from '../../../src/core/i18n/followup';
import { sectionLines, sectionTexts } from './body';
import { ASSISTANT, CLIENT, MONDAY, objective, person, settings, snapshot, source, task } from './fixtures';

const LUIS = person({ name: 'Luis Pérez', aliases: ['Lucho'], email: 'luis@equipo.com' });

const plan = [
  task({
    text: 'Enviar presupuesto',
    owners: ['luis perez'],
    due: '2026-11-20',
    priority: 'high',
    objectiveId: 'O1',
  }),
  task({ text: 'Llamar al proveedor', owners: ['LUCHO'], due: MONDAY, objectiveId: 'O1' }),
  task({ text: 'Armar el calendario', owners: ['Sofi'], due: '2026-11-29' }),
  task({ text: 'Publicar el post', owners: ['Sofi'], due: '2026-11-30' }),
  task({
    text: 'Cerrar la campaña',
    owners: ['Luis Pérez'],
    status: 'done',
    completedOn: '2026-11-17',
    objectiveId: 'O1',
  }),
  task({
    text: 'Revisar métricas viejas',
    owners: ['Luis Pérez'],
    status: 'done',
    completedOn: '2026-11-16',
  }),
  task({ text: 'Esperar el logo', owners: ['Marta'], status: 'blocked', due: '2026-11-10' }),
  task({ text: 'Definir precios', owners: [], due: '2026-11-25' }),
  task({ text: 'Pensar el evento', owners: ['Sofi'], due: null }),
];
const goals = [objective({ id: 'O1', text: 'Vender 50 cursos antes de fin de año', due: '2026-12-31' })];
const workbook = snapshot({ tasks: plan, objectives: goals, people: [CLIENT, ASSISTANT, LUIS] });

function clientDigest(digests: Digest[]): Digest {
  const found = digests.find((digest) => digest.recipient.audience === 'client');
  if (!found) throw new Error('no client digest');
  return found;
}

describe('the client digest', () => {
  const digest = clientDigest(buildDigests(source(workbook)));

  it('goes to the client with the VA in copy', () => {
    expect(digest.recipient.to).toEqual(['marta@cliente.com']);
    expect(digest.recipient.cc).toEqual(['sofi@va.com']);
  });

  it('lists overdue tasks (not blocked ones) before today, most overdue first', () => {
    expect(sectionTexts(digest, 'overdue')).toEqual(['Enviar presupuesto']);
  });

  it('lists what is due from today to six days ahead, and not the seventh day', () => {
    expect(sectionTexts(digest, 'dueSoon')).toEqual([
      'Llamar al proveedor',
      'Definir precios',
      'Armar el calendario',
    ]);
  });

  it('lists what was completed in the last seven days, from "Completada el"', () => {
    expect(sectionTexts(digest, 'doneRecently')).toEqual(['Cerrar la campaña']);
  });

  it('lists blocked tasks once, in their own section', () => {
    expect(sectionTexts(digest, 'blocked')).toEqual(['Esperar el logo']);
    expect(sectionTexts(digest, 'overdue')).not.toContain('Esperar el logo');
    expect(sectionLines(digest, 'blocked')?.[0]).toContain('venció mar 10 nov');
  });

  it('lists open tasks without owner or date as controls', () => {
    expect(sectionTexts(digest, 'controls')).toEqual(['Definir precios', 'Pensar el evento']);
    const lines = sectionLines(digest, 'controls')?.join('\n') ?? '';
    expect(lines).toContain(FOLLOW_UP_STRINGS.es.noOwner);
    expect(lines).toContain(FOLLOW_UP_STRINGS.es.noDate);
  });

  it('shows each objective with the share of its tasks done', () => {
    const lines = sectionLines(digest, 'objectives')?.join('\n') ?? '';
    expect(lines).toContain('Vender 50 cursos antes de fin de año');
    expect(lines).toContain(FOLLOW_UP_STRINGS.es.progress(1, 3));
    expect(digest.htmlBody).toContain('width:33%');
  });

  it('counts each section for the log', () => {
    expect(digest.counts).toEqual({
      overdue: 1,
      dueSoon: 3,
      doneRecently: 1,
      blocked: 1,
      objectives: 1,
      controls: 2,
    });
  });

  it('shows dates a reader cannot misread, and the priority', () => {
    expect(sectionLines(digest, 'overdue')?.[0]).toBe(
      '- Enviar presupuesto (luis perez · venció vie 20 nov · prioridad alta)',
    );
  });

  it('links to the sheet in both bodies', () => {
    expect(digest.body).toContain('https://docs.google.com/spreadsheets/d/abc123/edit');
    expect(digest.htmlBody).toContain('href="https://docs.google.com/spreadsheets/d/abc123/edit"');
  });

  it('names the sheet and the week (from its Monday) in the subject', () => {
    expect(digest.subject).toContain('Plan de Marta');
    expect(digest.subject).toContain('lun 23 nov');
    const thursday = clientDigest(buildDigests(source(workbook, settings(), '2026-11-26')));
    expect(thursday.subject).toBe(digest.subject);
  });

  it('uses inline styles only, so Gmail keeps them', () => {
    expect(digest.htmlBody).not.toMatch(/<style|<link|<script/i);
    expect(digest.htmlBody).toMatch(/style="/);
  });
});

describe('in English', () => {
  const digest = clientDigest(buildDigests(source(workbook, settings({}, 'en'))));

  it('titles the sections and the subject in English', () => {
    expect(digest.subject).toContain('Weekly follow-up');
    expect(digest.subject).toContain('Mon, Nov 23');
    expect(sectionTexts(digest, 'overdue')).toEqual(['Enviar presupuesto']);
    expect(sectionLines(digest, 'overdue')?.[0]).toContain('was due Fri, Nov 20');
    expect(digest.body).not.toContain('Vencidas');
  });
});

describe('owner digests', () => {
  const digests = buildDigests(source(workbook, settings({ sendToOwners: true })));
  const luis = digests.find((digest) => digest.recipient.name === 'Luis Pérez');

  it('match tasks to People by name or alias, ignoring accents and case', () => {
    expect(luis?.recipient.to).toEqual(['luis@equipo.com']);
    expect(sectionTexts(luis as Digest, 'overdue')).toEqual(['Enviar presupuesto']);
    expect(sectionTexts(luis as Digest, 'dueSoon')).toEqual(['Llamar al proveedor']);
    expect(sectionTexts(luis as Digest, 'doneRecently')).toEqual(['Cerrar la campaña']);
  });

  it("show only the owner's tasks and the objectives they serve", () => {
    expect(luis?.body).not.toContain('Armar el calendario');
    expect(luis?.body).not.toContain('Definir precios');
    expect(sectionLines(luis as Digest, 'objectives')?.join('\n')).toContain('Vender 50 cursos');
  });

  it('are not sent to someone who already reads the full digest', () => {
    const sofi = digests.filter((digest) => digest.recipient.to.includes('sofi@va.com'));
    expect(sofi.map((digest) => digest.recipient.audience)).toEqual([]);
    expect(digests.filter((digest) => digest.recipient.to.includes('marta@cliente.com'))).toHaveLength(1);
  });

  it('are built for owners with no email, so the log can say why they got nothing', () => {
    const unknown = digests.find((digest) => digest.recipient.name === 'Marta');
    expect(unknown?.recipient.to).toEqual([]);
    expect(unknown?.counts.blocked).toBe(1);
  });

  it('leave out owners with nothing open or recent', () => {
    const onlyOld = snapshot({
      tasks: [task({ text: 'Vieja', owners: ['Ana'], status: 'done', completedOn: '2026-10-01' })],
    });
    const names = buildDigests(source(onlyOld, settings({ sendToOwners: true }))).map(
      (digest) => digest.recipient.name,
    );
    expect(names).not.toContain('Ana');
  });
});

describe('text from the notes in the HTML body', () => {
  const hostile = '<img src=x onerror=alert(1)> "quoted" & more';
  const injected = snapshot({
    tasks: [task({ text: hostile, owners: [hostile], due: '2026-11-20' })],
    objectives: [objective({ id: hostile, text: `${hostile} goal` })],
    people: [person({ name: hostile, email: 'evil@x.com', role: 'client' }), ASSISTANT],
  });
  const digest = buildDigests({
    ...source(injected),
    context: { today: MONDAY, spreadsheetName: hostile, spreadsheetUrl: 'javascript:alert(1)' },
  })[0] as Digest;

  it('is escaped everywhere it appears: task, owner, objective, sheet name', () => {
    expect(digest.htmlBody).not.toContain('<img');
    expect(digest.htmlBody).not.toContain('"quoted"');
    expect(digest.htmlBody).not.toMatch(/& more/);
    expect(digest.htmlBody).toContain('&lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot; &amp; more');
  });

  it('never turns a non-web address into a link', () => {
    expect(digest.htmlBody).not.toContain('javascript:');
  });

  it('stays as written in the plain-text body', () => {
    expect(digest.body).toContain(hostile);
  });
});

describe('a quiet week', () => {
  const quiet = snapshot({ tasks: [task({ text: 'Más adelante', owners: ['Luis'], due: '2027-02-01' })] });
  const digest = clientDigest(buildDigests(source(quiet)));

  it('is an empty digest that says there is nothing to report', () => {
    expect(digest.empty).toBe(true);
    expect(digest.body).toContain(FOLLOW_UP_STRINGS.es.nothingThisWeek);
  });

  it('is not empty when something is missing an owner or a date', () => {
    const incomplete = snapshot({ tasks: [task({ text: 'Sin dueño', due: '2027-02-01' })] });
    expect(clientDigest(buildDigests(source(incomplete))).empty).toBe(false);
  });
});

describe('5,000 tasks', () => {
  const many = Array.from({ length: 5000 }, (_, index) =>
    task({
      text: `Tarea ${index}`,
      owners: [`Persona ${index % 40}`],
      due: index % 2 ? '2026-11-20' : '2026-11-25',
      objectiveId: `O${index % 10}`,
    }),
  );
  const people = [
    CLIENT,
    ASSISTANT,
    ...Array.from({ length: 40 }, (_, index) =>
      person({ name: `Persona ${index}`, email: `p${index}@x.com` }),
    ),
  ];
  const digests = buildDigests(source(snapshot({ tasks: many, people }), settings({ sendToOwners: true })));
  const digest = clientDigest(digests);

  it('builds one digest per recipient', () => {
    expect(digests).toHaveLength(41);
  });

  it('counts every task but lists a readable number, then says how many more', () => {
    expect(digest.counts.overdue).toBe(2500);
    expect(sectionTexts(digest, 'overdue')).toHaveLength(MAX_LINES_PER_SECTION);
    expect(sectionLines(digest, 'overdue')?.join('\n')).toContain(
      FOLLOW_UP_STRINGS.es.more(2500 - MAX_LINES_PER_SECTION),
    );
  });

  it('stays under the size Gmail clips', () => {
    expect(digest.htmlBody.length).toBeLessThan(100_000);
  });
});
