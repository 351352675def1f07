// Which playbook a task is an instance of: both languages, plurals and accents, and tasks that only mention one.
import { DEFAULT_PLAYBOOKS, matchPlaybook, type Playbook } from '../../../src/core/playbooks';

const nameOfMatch = (taskText: string, playbooks: Playbook[]): string | null =>
  matchPlaybook(taskText, playbooks)?.name ?? null;

describe('matching a task to a default playbook', () => {
  const spanish = DEFAULT_PLAYBOOKS.es;
  const english = DEFAULT_PLAYBOOKS.en;

  it.each([
    ['Enviar el newsletter de marzo', 'Newsletter'],
    ['Mandar el Boletin del mes', 'Newsletter'],
    ['Armar los boletines de abril', 'Newsletter'],
    ['Organizar el seminario web de lanzamiento', 'Webinar'],
    ['Preparar WEBINARS del trimestre', 'Webinar'],
    ['Subir el posteo del viernes', 'Posteo en redes'],
    ['Programar post en Instagram sobre el curso', 'Posteo en redes'],
    ['Emitir las facturas de noviembre', 'Facturación'],
    ['Facturar a Acme', 'Facturación'],
    ['Onboarding de Lucía', 'Cliente nuevo'],
    ['Clientes nuevos: armar la carpeta de bienvenida', 'Cliente nuevo'],
  ])('es: "%s" → %s', (taskText, playbookName) => {
    expect(nameOfMatch(taskText, spanish)).toBe(playbookName);
  });

  it.each([
    ['Send the March newsletter', 'Newsletter'],
    ['Run the webinar on pricing', 'Webinar'],
    ['Schedule an Instagram post for Friday', 'Social post'],
    ['Send invoices to all retainer clients', 'Invoice run'],
    ['Invoice Acme for October', 'Invoice run'],
    ['Onboard the new client', 'New client onboarding'],
    ['New clients: set up the welcome call', 'New client onboarding'],
  ])('en: "%s" → %s', (taskText, playbookName) => {
    expect(nameOfMatch(taskText, english)).toBe(playbookName);
  });

  it.each([
    'Revisar las estadísticas del newsletter',
    'Pasarle a Ana el link para el webinar',
    'Llamar al dentista',
    'Actualizar la página de precios',
    'Postergar la reunión con el contador',
    'Responder consultas sobre las facturas',
  ])('es: "%s" does not expand (no trigger, or only mentioned in passing)', (taskText) => {
    expect(matchPlaybook(taskText, spanish)).toBeNull();
  });

  it.each([
    'Review the stats of the May newsletter',
    'Post the recording on the website',
    'Ask Tom about the invoices',
    'Book a dentist appointment',
    'Update the pricing page',
  ])('en: "%s" does not expand', (taskText) => {
    expect(matchPlaybook(taskText, english)).toBeNull();
  });

  it('matches whole words only, not a trigger inside another word', () => {
    expect(matchPlaybook('Revisar el composteo de la huerta', spanish)).toBeNull();
    expect(matchPlaybook('Check the webinarium booking', english)).toBeNull();
  });

  it('picks the playbook the task is about when it names two', () => {
    expect(nameOfMatch('Enviar el newsletter con la invitación al webinar', spanish)).toBe('Newsletter');
    expect(nameOfMatch('Armar el post en Instagram del webinar', spanish)).toBe('Posteo en redes');
    expect(nameOfMatch('Write the social post announcing the webinar', english)).toBe('Social post');
  });

  it('prefers the longer trigger that starts at the same word', () => {
    const playbooks: Playbook[] = [
      { name: 'Cliente', language: 'es', triggers: ['cliente'], steps: [] },
      { name: 'Cliente nuevo', language: 'es', triggers: ['cliente nuevo'], steps: [] },
    ];
    expect(nameOfMatch('Cliente nuevo: Acme', playbooks)).toBe('Cliente nuevo');
    expect(nameOfMatch('Cliente Acme: llamar', playbooks)).toBe('Cliente');
  });

  it('uses the trigger words a VA added to the tab', () => {
    const podcast: Playbook = {
      name: 'Podcast',
      language: 'es',
      triggers: ['episodio', 'podcast'],
      steps: [],
    };
    expect(nameOfMatch('Grabar el episodio 12', [...spanish, podcast])).toBe('Podcast');
    expect(matchPlaybook('Grabar el episodio 12', spanish)).toBeNull();
  });

  it('finds nothing in an empty task or with no playbooks', () => {
    expect(matchPlaybook('', spanish)).toBeNull();
    expect(matchPlaybook('Enviar el newsletter', [])).toBeNull();
  });
});

describe('ordinals before a trigger word mentioned in passing', () => {
  it('does not offer a playbook for the texts of the first newsletter', () => {
    expect(matchPlaybook('pasarme los textos del primer newsletter', DEFAULT_PLAYBOOKS.es)).toBeNull();
    expect(matchPlaybook('send me the texts for the first newsletter', DEFAULT_PLAYBOOKS.en)).toBeNull();
    expect(matchPlaybook('Enviar el primer newsletter', DEFAULT_PLAYBOOKS.es)?.triggers).toContain(
      'newsletter',
    );
  });
});
