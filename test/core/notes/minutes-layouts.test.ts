// Layouts real meeting minutes use: shared instructions, action labels, report lists, targets, wrapped lines.
import { parse, summary, taskTexts } from './helpers/parse';

describe('a shared instruction completed by "Name - item" lines', () => {
  const notes = [
    '## Follow up actions',
    '1. Each person to review a document in Github as follows:',
    '- Madeline - Roster',
    '- Quang - Processes, Interactions',
    '2. Everyone to review the roles link',
  ].join('\n');

  it('gives each person the instruction with their own item, and no task for the instruction alone', () => {
    expect(parse(notes).tasks.map(summary)).toEqual([
      { text: 'Review a document in Github: Roster', owners: ['Madeline'], due: null, priority: null },
      {
        text: 'Review a document in Github: Processes, Interactions',
        owners: ['Quang'],
        due: null,
        priority: null,
      },
      { text: 'review the roles link', owners: ['everyone'], due: null, priority: null },
    ]);
  });

  it('leaves a colon-ended task alone when the lines under it name no one', () => {
    expect(taskTexts('Tareas\n- Comprar para la fiesta:\n- globos\n- velas')).toEqual([
      'Comprar para la fiesta',
      'globos',
      'velas',
    ]);
  });
});

describe('lines labelled as actions inside discussion', () => {
  it.each([
    ['ACTION: CJDB will continue to populate the tracker.', 'continue to populate the tracker', ['CJDB']],
    ['FUTURE ACTION: Assign topics to individuals.', 'Assign topics to individuals', []],
    ['ACTION: (unassigned) Develop an initial template topic.', 'Develop an initial template topic', []],
    ['AI: Dana to book the room', 'book the room', ['Dana']],
    ['TODO(ana): publish the release notes', 'publish the release notes', ['ana']],
    [
      '**Action Item 83.1:** A bounty for the benchmarking (Hudson)',
      'A bounty for the benchmarking',
      ['Hudson'],
    ],
  ])('reads "%s" as a task', (line, text, owners) => {
    const tasks = parse(`## Discussion\nWe talked about the tracker.\n${line}`).tasks;
    expect(tasks.map((task) => [task.text, task.owners])).toEqual([[text, owners]]);
  });

  it('does not take a lowercase "ai:" topic for an action', () => {
    expect(taskTexts('## Discussion\nai: the new models look promising')).toEqual([]);
  });
});

describe('a list about one person', () => {
  it('gives the unowned actions of a report list to the person its first bullet names', () => {
    const notes = [
      'Attended: Kian, Eric',
      '',
      'Local storage',
      '- Kian gives a demo about MongoDB',
      '- Contains query and mutation',
      '- Investigate about using local storage',
    ].join('\n');
    expect(parse(notes).tasks.map((task) => [task.text, task.owners])).toEqual([
      ['Investigate about using local storage', ['Kian']],
    ]);
  });

  it('does not take a capitalised first word mentioned nowhere else for a person', () => {
    const notes = 'Auth\n- Received user info after login\n- Investigate the login flow';
    expect(parse(notes).tasks.map((task) => task.owners)).toEqual([[]]);
  });

  it('keeps the bullets of an action list unowned when only the first names someone', () => {
    const notes = 'Attended: Tom\n\nAction items\n- Tom to set up the reminders\n- Research podcast sponsors';
    expect(parse(notes).tasks.map((task) => task.owners)).toEqual([['Tom'], []]);
  });
});

describe('an open question in a report', () => {
  it.each([['Notas\nAlguna propuesta?'], ['## Discussion\n- Move the launch to later in the year?']])(
    'is no task: %s',
    (notes) => {
      expect(taskTexts(notes)).toEqual([]);
    },
  );

  it('is still a task when someone is committed in it', () => {
    expect(parse('## Discussion\n- Tom will ask the venue: can we stay until 11?').tasks).toHaveLength(1);
  });
});

describe('a line glued under a bulleted item', () => {
  it('is more of that item, not a task of its own', () => {
    const notes = [
      'Next steps',
      '3. Everyone start brainstorming ideas for the project:',
      'https://example.org/courses/envisioning-the-future',
      'Think of a use case and a high level design',
      '',
      'Write the summary',
    ].join('\n');
    expect(taskTexts(notes)).toEqual([
      'start brainstorming ideas for the project: Think of a use case and a high level design',
      'Write the summary',
    ]);
  });

  it('is an aside after a finished sentence, kept out of the task', () => {
    const notes = [
      'FUTURE ACTION: Assign topics to individuals.',
      '(scribe note: people can self select topics using the issue tracker)',
    ].join('\n');
    expect(taskTexts(notes)).toEqual(['Assign topics to individuals']);
  });
});

describe('a template note to whoever fills the notes in', () => {
  it('asks nothing, and neither does the list under it', () => {
    const notes = [
      '# Meeting Notes',
      'In this file, you are required to take notes for your weekly meetings.',
      '1. Plan for the next week for everyone',
      '',
      '# Meeting 07.11.2022',
      '## Actions',
      '1. Chen is going to do the Scope part.',
    ].join('\n');
    expect(taskTexts(notes)).toEqual(['do the Scope part']);
  });
});

describe('one bullet joining separate actions', () => {
  it('gives a task per action, each with its own owner', () => {
    const notes =
      '* Re-Submitting a Motion -- Staff: change the rule; SCI members: Take the revised text to the SGs for comments.';
    expect(parse(notes).tasks.map((task) => task.text)).toEqual([
      expect.stringContaining('change the rule'),
      expect.stringContaining('Take the revised text to the SGs for comments'),
    ]);
  });

  it('splits at "&&"', () => {
    expect(taskTexts('## Actions\n- Prepare the PR && Review the goals PR')).toEqual([
      'Prepare the PR',
      'Review the goals PR',
    ]);
  });

  it('gives both actions the complement they share', () => {
    expect(taskTexts('## Actions\n- Prepare(@stasm) PR && Review PR for Goals and Scope')).toEqual([
      'Prepare PR for Goals and Scope',
      'Review PR for Goals and Scope',
    ]);
  });
});

describe("a proposal in a discussion ('Let's …')", () => {
  it('settles the meeting, it is no follow-up task', () => {
    expect(
      taskTexts("## Agenda items\n* Let's have the March team call during the in person meeting"),
    ).toEqual([]);
  });

  it('is a task in an action list', () => {
    expect(taskTexts("## Next steps\n- Let's book the venue")).toEqual(['book the venue']);
  });
});

describe('a discussion bullet', () => {
  const notes = [
    '## Agenda items',
    '* Define next meeting agenda',
    '* Binder governance!',
    '    * We have a form of governance!',
    '    * Hold off on starting a public issue and report back after the March meeting.',
    '    * Make an explicit effort to improve shout outs',
    '        * Proposal: one team member per repository',
    '    * Things we need to do:',
    '        * define a hashtag',
    '    * After that it is too late.',
    '    * **Decision:** Let us use Monday morning. Zach is bringing a big postersized calendar.',
  ].join('\n');
  const tasks = parse(notes, { meetingDate: '2019-02-21' }).tasks;

  it('asks for an action when it is an imperative point under a topic', () => {
    expect(tasks.map((task) => task.text)).toContain(
      'Hold off on starting a public issue and report back after the March meeting',
    );
  });

  it('is a commitment when one of its sentences commits someone, read as the action', () => {
    expect(tasks.map(summary)).toContainEqual(
      expect.objectContaining({ text: 'bring a big postersized calendar', owners: ['Zach'] }),
    );
  });

  it('is no task as a top-level agenda topic, a topic with points under it, a lowercase fragment or an aside', () => {
    expect(tasks).toHaveLength(2);
  });
});

describe('a request in an email', () => {
  const email =
    'Thanks for the prompt posting of action items, Julie. One correction: the liaison is not named yet. ' +
    'If you could make that correction and then re-post that would be appreciated. Kind regards, Ron';

  it('is a task for the person the email thanks or greets, without the polite words', () => {
    expect(parse(email).tasks.map(summary)).toContainEqual(
      expect.objectContaining({ text: 'make that correction and then re-post', owners: ['Julie'] }),
    );
  });

  it('is no task when it only asks to be told or to take note', () => {
    expect(
      taskTexts('Please let me know if you have any comments.\nPlease note the action items below.'),
    ).toEqual([]);
  });

  it('is read in Spanish too', () => {
    expect(
      parse('Hola Marta,\npor favor mandame las fotos del local, gracias').tasks.map(summary),
    ).toContainEqual(expect.objectContaining({ text: 'mandame las fotos del local', owners: ['Marta'] }));
  });
});

describe('student minutes from a course template', () => {
  const notes = [
    '# Weekly Meeting Minutes',
    "## 1. Review of last week's action items",
    '1. Marco set up the repo + branch protection – done',
    '2. Team charter signed by everyone ✔',
    '## 2. What we discussed',
    '1. Sprint 1 goal: have the login pages working end to end',
    '2. Standups on Slack every Mon/Wed/Fri, async',
    '## 3. Action items',
    '1. Jun is going to finish the CI workflow',
    '2. Someone needs to fix the README',
  ].join('\n');
  const result = parse(notes);

  it('keeps what is marked done and what was only discussed out of the tasks', () => {
    expect(result.tasks.map((task) => task.text)).toEqual(['finish the CI workflow', 'fix the README']);
  });

  it('still reads the goal stated in the discussion', () => {
    expect(result.objectives.map((objective) => objective.text)).toEqual([
      'have the login pages working end to end',
    ]);
  });
});

describe('a numbered list run into a paragraph that goes on after it', () => {
  it('ends the last item at its sentence', () => {
    const notes =
      'Hola equipo, les comparto los compromisos de la reunión de hoy. Compromisos: 1) Andrés: confirmar el salón comunal. ' +
      '2) Jorge: conseguir las semillas. 3) Pendiente definir quién da la charla de compostaje. También se decidió ' +
      'que el taller será gratuito y que las inscripciones se cierran el 10 de agosto.';
    expect(taskTexts(`Acta\n${notes}`)).toEqual([
      'confirmar el salón comunal',
      'conseguir las semillas',
      'definir quién da la charla de compostaje',
    ]);
  });
});

describe('a discussion point that says what to do after a semicolon', () => {
  const notes = [
    '## Agenda',
    '1. **Pitch Slideshow:**',
    '   - Color of the boxes needs improvement; use a different color next time',
    '2. **Budget:**',
    '   - Costs went up; the printer is still broken',
  ].join('\n');

  it('is a task read from that clause, and a clause that states a fact is none', () => {
    expect(taskTexts(notes)).toEqual(['use a different color next time']);
  });

  it('is read in Spanish too', () => {
    const spanish =
      '## Temas tratados\n1. Web:\n   - La portada quedó pesada; revisar las imágenes antes del lunes';
    expect(parse(spanish, { language: 'es' }).tasks.map(summary)).toEqual([
      { text: 'revisar las imágenes', owners: [], due: '2026-03-16', priority: null },
    ]);
  });
});

describe('volunteers named after a topic', () => {
  it('take the topic on, initials and all', () => {
    const notes =
      'Action Items:\n* Charter Revision Drafting Team -- Volunteers: Avri Doria, Angie Graves, J.Scott; ' +
      'Staff: Set up an initial call.';
    expect(parse(notes).tasks.map(summary)).toEqual([
      {
        text: 'Charter Revision Drafting Team',
        owners: ['Avri Doria', 'Angie Graves', 'J.Scott'],
        due: null,
        priority: null,
      },
      { text: 'Set up an initial call', owners: ['Staff'], due: null, priority: null },
    ]);
  });
});

describe("a person's report on work under way", () => {
  const notes = [
    '## Notes',
    '* Terms of Service discussion',
    '  - Jesus is working on implementing a page to read it and changing the ToS accepting flow',
    '* Darren still working on discussions: will hopefully get through the rest in the next 2 weeks',
    '* Aapeli is working on the events backend',
    '## What are we working on?',
    '- Jesus - ToS page/flow, then some of the issues above',
    '- Darren - Discussions',
    '- Aapeli - Search filters',
  ].join('\n');

  it('completes their terse item on the same topic, with its date', () => {
    expect(parse(notes).tasks.map(summary)).toEqual([
      {
        text: 'ToS page/flow, then some of the issues above (implementing a page to read it and changing the ToS accepting flow)',
        owners: ['Jesus'],
        due: null,
        priority: null,
      },
      {
        text: 'Discussions: will hopefully get through the rest',
        owners: ['Darren'],
        due: '2026-03-26',
        priority: null,
      },
      { text: 'Search filters', owners: ['Aapeli'], due: null, priority: null },
    ]);
  });

  it('is read in Spanish too', () => {
    const spanish = [
      'Notas',
      '- Lucía sigue trabajando en el catálogo: falta subir las fotos de otoño para el viernes',
      'Tareas',
      '- Lucía - Catálogo',
    ].join('\n');
    expect(parse(spanish, { language: 'es' }).tasks.map(summary)).toEqual([
      {
        text: 'Catálogo: falta subir las fotos de otoño',
        owners: ['Lucía'],
        due: '2026-03-13',
        priority: null,
      },
    ]);
  });
});

describe('a point that says "please" inside it', () => {
  const notes = [
    '## Reports',
    '* A BinderHub with auth and persistent storage!!',
    '    * they would like feedback on the setup',
    '    * feedback on the GitHub issue please or in person!',
    '    * please note the wiki moved',
    '    * the form already went in, so please cross that one off',
    '    * could we please have more time?',
  ].join('\n');

  it('asks the readers for it, without the polite word; courtesy, bookkeeping and questions ask nothing', () => {
    expect(taskTexts(notes)).toEqual(['feedback on the GitHub issue or in person!']);
  });

  it('is read in Spanish too', () => {
    const spanish = '## Novedades\n* Cambió el proveedor\n    * los datos nuevos en la planilla por favor';
    expect(taskTexts(spanish, { language: 'es' })).toEqual(['los datos nuevos en la planilla']);
  });
});

describe("a person's block of updates and next steps", () => {
  const notes = [
    'Product Sync',
    'May 14, 2026 | Attendees: Priya Raman, Tom Becker',
    '',
    'Priya',
    'Updates',
    '  - Pricing page copy is with legal',
    'Next steps',
    '  - Write the PRD for in-app tours',
    '',
    '**Tom**',
    'Next steps',
    '  - Pair with Priya on the crash on login',
    '',
    '## Challenges',
    'Next steps',
    '  - Fix the flaky login test',
  ].join('\n');

  it("gives the block's actions to the person it names, when the notes name them again", () => {
    expect(parse(notes, { language: 'en' }).tasks.map((task) => [task.text, task.owners])).toEqual([
      ['Write the PRD for in-app tours', ['Priya']],
      ['Pair with Priya on the crash on login', ['Tom']],
      ['Fix the flaky login test', []],
    ]);
  });
});

describe('numbered sections of a student team’s minutes', () => {
  const notes = [
    'Sprint 3 planning meeting minutes',
    '',
    '2. Sprint 3 goals',
    '  - Get test coverage to at least 60% by end of sprint',
    '  - Have a working demo of the booking flow',
    '3. To-do list',
    '  - Lucy: write unit tests for auth module by next Friday',
    '  - someone book the room for the rehearsal',
    '  - Lucy: ~~send sprint 2 minutes to Prof. Hale~~ sent',
    '4. Other',
    '  - Final presentation is on Tuesday',
  ].join('\n');
  const parsed = parse(notes, { language: 'en' });

  it('reads the goals under "Sprint 3 goals" as objectives, and the numbered lines after it as the next topics', () => {
    expect(parsed.objectives.map((objective) => objective.text)).toEqual([
      'Get test coverage to at least 60% by end of sprint',
      'Have a working demo of the booking flow',
    ]);
  });

  it('gives "someone" actions no owner, and leaves a struck-through action out', () => {
    expect(parsed.tasks.map((task) => [task.text, task.owners])).toEqual([
      ['write unit tests for auth module', ['Lucy']],
      ['book the room for the rehearsal', []],
    ]);
  });
});

describe('why an action matters, and remarks in brackets', () => {
  it('stay out of its text', () => {
    const notes = [
      'Action items',
      '- Tanya: log the volunteer hours in the tracker, since the grant report is due in July',
      '- Omar: CI pipeline w/ coverage report (he said on Discord he’ll take it)',
      '- Ana: revisar el presupuesto, porque cambió el proveedor',
      '- Luis: call the bank (main branch)',
      '- y @Andrea @Emiliano entrevisten a los candidatos, ya les mandé los CVs',
      "- Priya: review the deck, I've already sent the brief",
    ].join('\n');
    expect(taskTexts(notes)).toEqual([
      'log the volunteer hours in the tracker',
      'CI pipeline w/ coverage report',
      'revisar el presupuesto',
      'call the bank (main branch)',
      'entrevisten a los candidatos',
      'review the deck',
    ]);
  });
});

describe('something that needs doing, said in the passive', () => {
  it('is an action nobody is named for; a state to reach stays out', () => {
    const notes = [
      'Ops notes',
      '- floor plan for the new place still needs to be printed',
      '- the venue needs to be ready',
      '- el contrato tiene que ser firmado por los dos socios',
    ].join('\n');
    expect(parse(notes).tasks.map((task) => [task.text, task.owners])).toEqual([
      ['floor plan for the new place still needs to be printed', []],
      ['el contrato tiene que ser firmado por los dos socios', []],
    ]);
  });
});

describe('an action after a report in the same bullet', () => {
  it('is read from its "ACTION:" label, its topic dash or "need someone to"', () => {
    const notes = [
      'PTA minutes',
      '',
      '- Still no reply from the council. ACTION: Claire to chase the council again.',
      '- Volunteers needed for the disco - Claire to send a sign-up on ParentMail.',
      '- Need someone to update the website donate page.',
    ].join('\n');
    expect(parse(notes, { language: 'en' }).tasks.map((task) => [task.text, task.owners])).toEqual([
      ['chase the council again', ['Claire']],
      ['Volunteers needed for the disco - send a sign-up on ParentMail', ['Claire']],
      ['update the website donate page', []],
    ]);
  });
});

describe("a homeowners' association board's minutes with lettered items", () => {
  const minutes = [
    'WILLOW CREEK HOMEOWNERS ASSOCIATION',
    'February 10, 2026 - Clubhouse, 7:00 PM',
    '',
    '4. OLD BUSINESS',
    'a. Pool resurfacing - Three bids were received.',
    '   The board directed the manager to execute the contract with AquaBlue by the 20th.',
    '   Target: pool reopened for the season by May 23.',
    'b. Landscaping contract renewal - tabled until the March meeting.',
    '',
    '5. NEW BUSINESS',
    'a. Architectural request, 114 Heron Way - APPROVED with the condition that the finished side faces out.',
    '   Secretary to notify the homeowner in writing by Friday.',
  ].join('\n');
  const parsed = parse(minutes, { language: 'en', meetingDate: undefined });

  it('reads who the board directs and the action a later line of an item gives', () => {
    expect(parsed.tasks.map((task) => [task.text, task.owners, task.due])).toEqual([
      ['execute the contract with AquaBlue', ['the manager'], '2026-02-20'],
      ['notify the homeowner in writing', ['Secretary'], '2026-02-13'],
    ]);
  });

  it('keeps an indented target with its item, not as the head of the items after it', () => {
    expect(parsed.objectives.map((objective) => objective.text)).toEqual(['pool reopened for the season']);
  });
});

describe('an acta that entrusts an action to someone', () => {
  it('gives "se encomienda a la tesorera que…" to the treasurer', () => {
    const acta = ['ACTA', '', 'Se encomienda a la tesorera que publique el balance antes del 20 de marzo.'];
    expect(parse(acta.join('\n'), { language: 'es' }).tasks.map((task) => [task.text, task.owners])).toEqual([
      ['publique el balance', ['la tesorera']],
    ]);
  });
});

describe('a goal among the sentences of a minutes item', () => {
  it('is an objective, not one more task', () => {
    const minutes = [
      'Fire company minutes, June 9 2026',
      '',
      'NEW BUSINESS',
      '- AFG grant: application window opens soon. Voss will work on the narrative. Goal: secure $85,000 for new turnout gear by end of the year.',
    ].join('\n');
    const parsed = parse(minutes, { language: 'en', meetingDate: undefined });
    expect(parsed.tasks.map((task) => task.text)).toEqual(['work on the narrative']);
    expect(parsed.objectives.map((objective) => objective.text)).toEqual([
      'secure $85,000 for new turnout gear',
    ]);
  });
});

describe('a meeting recap pasted from a video-call tool', () => {
  const recap = [
    'Meeting recap: Website relaunch sync',
    'Wednesday, November 4, 2026 10:00 AM - 10:45 AM (GMT)',
    '',
    'Follow-up tasks',
    '  Confirm budget for the extra translation work: Assigned to Priya Shah',
    '  Schedule load testing with the hosting provider: Assigned to Tom Becker, next Tuesday',
    '  Book the venue · Owner: Aisha Karim',
    '  Completed: Update Jira board with phase 1 scope',
    '',
    'Generated by AI. Be sure to check for accuracy.',
  ].join('\n');
  const tasks = parse(recap, { meetingDate: '2026-11-04', language: 'en' }).tasks.map(summary);

  it('reads "Assigned to" after the action, keeps a line with its own fields apart, and skips what is done or boilerplate', () => {
    expect(tasks.map((task) => [task.text, task.owners, task.due])).toEqual([
      ['Confirm budget for the extra translation work', ['Priya Shah'], null],
      ['Schedule load testing with the hosting provider', ['Tom Becker'], '2026-11-10'],
      ['Book the venue', ['Aisha Karim'], null],
    ]);
  });
});

describe('board notes written as paragraphs', () => {
  const notes = [
    'Board retreat - Saturday, November 7, 2026',
    '',
    'On fundraising, Grace will put together a list of corporate donors. En cuanto a la web, Pete will fix the footer.',
    'We also need to update the website with the new board bios.',
  ].join('\n');
  const tasks = parse(notes, { meetingDate: '2026-11-07', language: 'en' }).tasks.map(summary);

  it('reads the person after a topic that leads into the sentence, and a need with an adverb in it', () => {
    expect(tasks.map((task) => [task.text, task.owners])).toEqual([
      ['put together a list of corporate donors', ['Grace']],
      ['fix the footer', ['Pete']],
      ['update the website with the new board bios', []],
    ]);
  });
});

describe('call notes typed all in lower case', () => {
  const notes = [
    'call notes - podcast - wed 20/5/26',
    'on the call: bec (host), tom (co-host), me (jess), dani from the network',
    '',
    'ep 18 the guest pulled out so bec is going to reach out to the surf lifesaving lady instead.',
    'dani will send the new script tonight.',
    "i'll cut 3 reels from ep 17 by the weekend.",
    'So Tom needs to sort his mic.',
  ].join('\n');
  const tasks = parse(notes, { meetingDate: '2026-05-20', language: 'en' }).tasks.map(summary);

  it('knows the attendees by their lower-case names, reads the clause after "so", and "me (jess)" as the writer', () => {
    expect(tasks.map((task) => [task.text, task.owners, task.due])).toEqual([
      ['reach out to the surf lifesaving lady instead', ['Bec'], null],
      ['send the new script', ['Dani'], '2026-05-20'],
      ['cut 3 reels from ep 17', ['Jess'], '2026-05-24'],
      ['sort his mic', ['Tom'], null],
    ]);
  });
});

describe('minutes that put actions in the passive or set owners off by commas', () => {
  const notes = [
    'Halloween disco',
    '- Glow sticks + treats order, Gráinne and Siobhán, by 9/10',
    '- Garda vetting for new volunteers to be checked before the night',
    '- Details to be released, likely a group assignment',
    '- We are happy to be involved in the fair.',
  ].join('\n');

  it('reads "X to be checked" as something to do, unless it only announces, and names set off before a deadline', () => {
    expect(parse(notes, { meetingDate: '2026-09-01', language: 'en' }).tasks.map(summary)).toEqual([
      {
        text: 'Glow sticks + treats order',
        owners: ['Gráinne', 'Siobhán'],
        due: '2026-09-10',
        priority: null,
      },
      {
        text: 'Garda vetting for new volunteers to be checked before the night',
        owners: [],
        due: null,
        priority: null,
      },
    ]);
  });
});

describe('production meeting minutes by department, with initials', () => {
  const notes = [
    'PRODUCTION MEETING #4 - Tuesday 27/01/2026',
    '',
    "SET (from AN's email)",
    '- Fire escape unit delivered. Paint finish to be signed off on Thursday.',
    '',
    'WARDROBE',
    "- Tom's jacket - distress it more (DK note). PW.",
    '- Agreed to put £500 towards LX hires.',
  ].join('\n');
  const tasks = parse(notes, { meetingDate: '2026-01-27', language: 'en' }).tasks.map(summary);

  it('takes a heading in capitals with a note in brackets, initials closing an item, and "Agreed" as no one', () => {
    expect(tasks.map((task) => [task.text, task.owners])).toEqual([
      ['Paint finish to be signed off', []],
      ["Tom's jacket - distress it more (DK note)", ['PW']],
    ]);
  });
});

describe('a huddle with plain headings and owners after the item', () => {
  const notes = [
    'Weekly Huddle - Mon 10/19/2026',
    '',
    'Schedule / front desk',
    '- @Brittany call the unconfirmed appts tomorrow',
    '',
    'Clinical',
    '- Sterilization log audit - Jenna, next week',
    '- Budget review - Tom, as discussed at length with the whole board last month',
  ].join('\n');

  it('takes "Schedule / front desk" as a heading, and a name with a deadline after the item as its owner', () => {
    expect(parse(notes, { meetingDate: '2026-10-19', language: 'en' }).tasks.map(summary)).toEqual([
      { text: 'call the unconfirmed appts', owners: ['Brittany'], due: '2026-10-20', priority: null },
      { text: 'Sterilization log audit', owners: ['Jenna'], due: '2026-10-30', priority: null },
    ]);
  });
});

describe('numbered business items with a topic before a dash', () => {
  const minutes = [
    'Outreach Committee - Minutes, Tuesday, October 13, 2026',
    '',
    'OLD BUSINESS',
    '1. Fall Food Drive - we collected 1,140 lbs, delivered to Harvest Pantry. Thank-you cards were mailed.',
    '2. Church van - Dale reported the van passed inspection. Still needs wiper blades; Dale will pick them up this week.',
  ].join('\n');
  const tasks = parse(minutes, { meetingDate: undefined, language: 'en' }).tasks.map(summary);

  it('reads a topic, not an owner, before what was done, and the commitment after a semicolon', () => {
    expect(tasks).toEqual([{ text: 'pick them up', owners: ['Dale'], due: '2026-10-16', priority: null }]);
  });
});

describe('deadlines set by the next meeting', () => {
  it('dates "at next meeting" by the notes\' own "Next meeting:" line, and reads owners in an action label', () => {
    const minutes = [
      'Practice team meeting 18/11/2026',
      '',
      '- Dr Shah: recall template ready. Action (Dr Shah + Sr Morris): pilot the template, feedback at next meeting.',
      '- Aisha to bring the rota to the next meeting.',
      '',
      'Next meeting: Wednesday 2 December, 1pm',
    ].join('\n');
    expect(parse(minutes, { meetingDate: undefined, language: 'en' }).tasks.map(summary)).toEqual([
      { text: 'pilot the template, feedback', owners: ['Shah', 'Morris'], due: '2026-12-02', priority: null },
      { text: 'bring the rota to the next meeting', owners: ['Aisha'], due: '2026-12-02', priority: null },
    ]);
  });

  it('does the same in Spanish, and leaves the phrase when the notes give no date for that meeting', () => {
    const acta = (closing: string): string =>
      [
        'Acta 17/10/2026',
        '',
        'Acuerdos:',
        '1. Lucía presentará la grilla en la próxima reunión.',
        '',
        closing,
      ].join('\n');
    const dated = parse(acta('Próxima reunión: martes 27 de octubre'), {
      meetingDate: undefined,
      language: 'es',
    });
    expect(dated.tasks.map((task) => [task.text, task.due])).toEqual([['presentar la grilla', '2026-10-27']]);
    const undated = parse(acta('Se levanta la sesión.'), { meetingDate: undefined, language: 'es' });
    expect(undated.tasks.map((task) => [task.text, task.due])).toEqual([
      ['presentar la grilla en la próxima reunión', null],
    ]);
  });
});

describe('a pronoun committing after a named person', () => {
  it('gives the later action to the one named before, in an item and in prose', () => {
    const minutes = [
      'Minutes, Tuesday, October 13, 2026',
      '',
      'OLD BUSINESS',
      '3. Nursing home visits - Marcy will coordinate the visit schedule. She will have the sign-up sheet ready by Sunday.',
      '',
      'Nomvula raised the question of training. She will call the diocese office this week.',
    ].join('\n');
    expect(
      parse(minutes, { meetingDate: undefined, language: 'en' }).tasks.map((task) => [
        task.text,
        task.owners,
        task.due,
      ]),
    ).toEqual([
      ['Nursing home visits - coordinate the visit schedule', ['Marcy'], null],
      ['have the sign-up sheet ready', ['Marcy'], '2026-10-18'],
      ['call the diocese office', ['Nomvula'], '2026-10-16'],
    ]);
  });
});
