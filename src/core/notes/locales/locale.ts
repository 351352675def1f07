// The shape of one language's word lists: every stage of the notes pipeline reads its words from here.

export interface NotesLocale {
  /** Headings of sections whose items are tasks. */
  taskHeadings: RegExp;
  /** Task headings that give their items to the writer ("What I'll do", "Lo que hago yo"). */
  writerHeadings: RegExp;
  /** Task headings that give their items to the reader ("What I need from you", "Lo que necesito de vos"). */
  readerHeadings: RegExp;
  /** Headings over a list both sides do together: "Pendientes de los dos", "Both of us". */
  sharedHeadings: RegExp;
  /**
   * A heading giving its list to someone ("Client to send:", "I'll set up:", "Rachel will:"): the subject captured
   * in one of its groups, the list's items are theirs.
   */
  assignedList: RegExp;
  /** The subject words that mean the reader ("client", "cliente") and the writer ("I", "yo"). */
  readerWord: RegExp;
  writerWord: RegExp;
  /** Headings of sections whose items are objectives. */
  objectiveHeadings: RegExp;
  /** Headings of sections that hold no tasks (attendees, decisions, done). */
  ignoredHeadings: RegExp;
  /** Headings of decision lists: only items naming who does what ("Ana: ...", "Tom will ...") are tasks there. */
  decisionHeadings: RegExp;
  /** Headings of sections that report or discuss (agenda, discussion): only explicit commitments there are tasks. */
  discussionHeadings: RegExp;
  /** Inline objective label at the start of a line ("Objetivo:", "Goal 1:"), captured text after it. */
  objectiveLabel: RegExp;
  /** A prose sentence stating a goal ("El objetivo es ..."), text captured. */
  objectiveSentence: RegExp;
  /** A state to reach by a date, with no one doing it ("Everything needs to be ready by Sept 27"), text captured. */
  targetSentence: RegExp;
  /** A word every `targetSentence` holds: a cheap test that passes over most text first. */
  targetWord: RegExp;
  /** A word every `objectiveSentence` holds, for the same cheap first test. */
  objectiveWord: RegExp;
  /** Lines that report, decide or inform rather than ask for an action. */
  notAction: RegExp;
  /** "Darren still working on discussions: …": a person's report of work under way; the subject is what precedes it. */
  workingOn: RegExp;
  /**
   * A chat reply taking an item on ("Lo del contador lo hago yo el martes", "Dale, la subo el 20", "I'll do it
   * Monday"): the item it names after "lo de" / "the", in a group named `topic`, else the message before.
   */
  takesItem: RegExp;
  /** A chat question asking who takes an item ("Lo del cemento quién puede?"): the item in group 1. */
  whoTakes: RegExp;
  /** Who took the notes, near the top: "notas Meli", "(notas de Pilar, 3ºB)", "**Scribe:** Melvyn"; name captured. */
  noteTaker: RegExp;
  /** Who the meeting was with, in the title: "Call con Flor", "Sync with Mark"; name captured. */
  meetingWith: RegExp;
  /** Words that mark an item already done. */
  done: RegExp;
  /** A mark closing an item that says it is done ("– done", "✔", "(hecho)"). */
  finished: RegExp;
  /** Conjunctions joining several owners ("y", "and", "&", "/", ","). */
  ownerJoin: RegExp;
  /** Words meaning the whole team. */
  everyone: RegExp;
  /** First-person owner words ("yo", "I'll", "me toca"), at the start of a task. */
  firstPerson: RegExp;
  /** The writer's word for themselves alone on a line ("Me", "Yo") over their own list. */
  self: RegExp;
  /** Second-person owner words addressed to the reader ("vos", "you"), at the start of a task. */
  secondPerson: RegExp;
  /** Verb phrases joining an owner to the action ("to", "will", "se encarga de"), matched after the name. */
  commitment: RegExp;
  /** A need stated for the group before the action ("hay que", "we need to", "let's"): the action is wanted. */
  needTo: RegExp;
  /** A request to the reader before the action ("If you could", "por favor"); courtesy phrases excluded. */
  request: RegExp;
  /** Something that needs doing, in the passive ("needs to be cancelled", "tiene que ser aprobado"). */
  passiveNeed: RegExp;
  /** A "please" inside a point ("feedback on the issue please"): it asks the readers for something; courtesy phrases excluded. */
  politeRequest: RegExp;
  /** The polite words that close a request ("that would be appreciated", "please", "gracias"). */
  requestEnd: RegExp;
  /** Commitments only a person or a group can make ("se encargarán de"): the subject before them is the owner. */
  agentive: RegExp;
  /** A body that acts as one ("The nominating committee will…", "La comisión de fiestas va a…"): its last word. */
  bodyNoun: RegExp;
  /** Roles that own actions in formal minutes ("la tesorera", "the treasurer"), article optional, as written. */
  roleOwner: RegExp;
  /** "Se encarga la tesorera de …": the verb before who takes the action; the subject and "de" follow. */
  /** Verbs that tell what someone said, once their name is read ("recuerda que…", "mentioned that…"): no action. */
  reporting: RegExp;
  /** A clause closing a point that hands it over: ", Rob owns that", "; esto lo lleva Manolo" (names in group 1). */
  ownsIt: RegExp;
  /** The line dating the next meeting ("Next meeting: Wed 2 Dec", "Próxima asamblea: sábado 21"): the date in group 1. */
  nextMeetingLine: RegExp;
  /** A deadline set by the next meeting ("feedback at the next meeting", "para la próxima reunión"). */
  atNextMeeting: RegExp;
  /** A named subject opening a sentence of minutes ("Marcy will coordinate", "Dale reported"): the names in group 1. */
  namedSubject: RegExp;
  /** A pronoun committing to an action ("She'll", "he will", "ella va a"), which the named subject before owns. */
  pronounCommitment: RegExp;
  /** Where a comment on the action starts (", que suele tardar", ", because…"): the action ends before it. */
  aside: RegExp;
  /** A point told in the past ("sent them the report", "they decided not to…", "mandé el mail"): what was done. */
  pastReport: RegExp;
  /** A third person pointed at after an action ("-> her"): in a VA's notes, the client they are written to. */
  pointedPerson: RegExp;
  agentFirst: RegExp | null;
  /** "The board directed the manager to", "Se encomienda a la tesorera": who is told to act, in group `owner`. */
  directed: RegExp;
  /**
   * A verb whose ending says who acts, with no pronoun ("le paso a Fer la lista": I; "me mandás los temas": you).
   * null where verbs do not say it.
   */
  writerVerb: RegExp | null;
  readerVerb: RegExp | null;
  /** Someone named beside the writer as the subject: "Pedro y yo hacemos", "Dana and I will"; the name captured. */
  withWriter: RegExp;
  /** What follows a name and a comma when the name is who is spoken to: "Lucía, te toca…", "Sam, can you…". */
  addressed: RegExp;
  /** What leads a request naming who should act: "que" in "que Martina y Lucas hagan inventario"; null where none. */
  requestedSubject: RegExp | null;
  /** Whether a bare name before a lowercase word owns the item in a list ("Martina actualiza ..."). */
  bareNameOwns: boolean;
  /** A verb form that, right after a bare name, commits that person ("Martina actualiza", "Tim starts"). */
  bareVerb: RegExp;
  /** A progressive left after the owner ("Zach is bringing a calendar"), its verb captured for `baseForm`. */
  progressiveLead: RegExp | null;
  /**
   * A future opening the action once its owner is read ("La tesorera enviará…" leaves "enviará…"): group 1 is the
   * infinitive, or a stem `baseForm` names ("har" is "hacer").
   */
  futureLead: RegExp | null;
  /** The plain form a task's text starts with instead of the progressive ("bringing" → "bring"). */
  baseForm: Record<string, string>;
  /** Column headers of task tables, per field. */
  columns: { task: RegExp; owner: RegExp; due: RegExp; priority: RegExp };
  /** Labels of "Responsable: X" style fields. */
  ownerLabel: RegExp;
  dueLabel: RegExp;
  priorityLabel: RegExp;
  /** Priority words, per level, as standalone words. */
  priority: { high: RegExp; medium: RegExp; low: RegExp };
  /** Words that start an action (imperatives, infinitives) when no owner is named. */
  actionStart: RegExp;
  /** Verbs whose object is a person ("ping", "ask", "avisarle a"): a handle after them is not the owner. */
  contactVerbs: RegExp;
  /** Capitalised words that are never a person's name at the start of a line. */
  notNames: RegExp;
  /** Honorifics dropped from names ("Dra.", "Lic.", "Don"). */
  honorific: RegExp;
  /** Greeting that names the reader ("Hola Juan,"). */
  greeting: RegExp;
  /** A greeting to the whole team ("Hi all", "Hola equipo"): what the notes ask, they ask of everyone. */
  teamGreeting: RegExp;
  /** Sign-off line before the writer's name ("Abrazo,"). */
  signOff: RegExp;
  /** A template's note to whoever fills it in ("In this file, you are required to…"): it and its list are no tasks. */
  templateNote: RegExp;
  /** Words frequent in this language, for detection. */
  commonWords: RegExp;
  /** A line listing who is at the meeting ("on the call: bec, tom"): the list in group 1. */
  attendeesLine: RegExp;
  /** Spoken openers before a point ("Oh and", "So", "Bueno, entonces"); capitalised only at the start, as "OH" and "SO" are initials. */
  opener: RegExp;
}
