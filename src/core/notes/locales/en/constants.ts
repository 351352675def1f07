// English (US and UK) words the notes parser recognises.
import type { NotesLocale } from '../locale';

/** Progressives that commit the person before them to an action ("Zach is bringing a calendar"). */
const PROGRESSIVE = 'bringing|preparing|taking|handling|organi[sz]ing';

export const EN_NOTES: NotesLocale = {
  assignedList:
    /^(?:(.{1,30}?)\s+(?:to|will|needs? to|has to)|(i|we)['’]ll|(i|we) will)(?:\s+[a-z]+(?:\s+(?:up|out|over|in|on|off|back))?)?$/i,
  readerWord: /^(?:the )?client$/i,
  writerWord: /^(?:i|me)$/i,
  writerHeadings:
    /^(what i['’]?ll do|what i will do|my (?:action items|tasks|next steps|to-?dos?)|on my (?:side|end)|from me|i['’]?ll (?:do|handle)|us|we|on our (?:side|end)|our (?:action items|tasks|next steps))\s*:?$/i,
  readerHeadings:
    /^(what i need from you|what you['’]?ll do|from you|your (?:action items|tasks|next steps|to-?dos?)|for you|you|on your (?:side|end))\s*:?$/i,
  taskHeadings:
    /^(action items?|actions?( items?)?( for next meeting)?|next steps|to[ -]?dos?(?: list)?|action list|task list|tasks?|follow[ -]up actions?|follow[ -]ups?|assignments|other|what are we working on\??)$/i,
  objectiveHeadings:
    /^(?:(?:sprint|phase|milestone|release|quarter|q[1-4]|team|project|company|business|monthly|quarterly|annual|yearly|weekly|\d{4})(?: \d+)? )?(goals?|objectives?|aims?|targets?|topics\/goals|mission)( of (the )?meeting| (this|next) (cycle|sprint|quarter|month|year|season)| for (the )?[\w-]+( [\w-]+){0,2})?(?: (?:q[1-4]|h[12]|\d{4}))*$|^what [\w ]{0,30}\b(?:wants?|hopes?|aims?) to (?:achieve|accomplish|reach)$/i,
  ignoredHeadings:
    /^(attendees|present|apologies|people attended|roll call|done( since last week)?|completed|fyi|next (meeting|sync|catch-up).*|(?:key )?(?:metrics|kpis?|numbers|stats)(?: (?:for|from|of) [\w ]{1,30})?)$/i,
  decisionHeadings:
    /^(decisions?( items?| made)?|resolutions?|agreed|(?:team |working )?agreements?|we agreed)$/i,
  discussionHeadings:
    /^(agenda( items)?|discussion( points)?|notes|minutes|summary|updates?|status|reports?( and celebrations)?|topics|welcome.*|background|context|progress|what we discussed|(things )?discussed|open questions|review of last (week|meeting)'?s? .*|(?:sprint )?retro(?:spective)?|(?:what )?went well|what (?:could|can|should) (?:be|we) improved?|what didn['’]?t go (?:so )?well|(?:things )?to improve|lessons learned|kudos|shout-?outs|wins)$/i,
  // "Goal:", "Goal 2 -", "Sprint 1 goal:", "Secondary goal:", "Objective for the season:".
  objectiveLabel:
    /^(?:[\p{L}\d]+\s+){0,2}(?:objective|goal|aim|target)(?:\s+(?:for|of)\s+(?:the\s+)?[\p{L}\d]+(?:\s+[\p{L}\d]+)?)?(?:\s+\d+)?\s*(?::|\s[.-])\s*(.+)$/iu,
  objectiveSentence:
    /(?:(?:^|\b(?:the|our|[\w-]+['’]s) )(?:main )?(?:goal|objective|aim|purpose|target)(?: of (?:the|this) meeting| (?:for|of) (?:the |this )?[\w-]+(?: [\w-]+)?)? (?:is|was|remains|will be) (?:to\s+)?|\bwe(?:'re| are) aiming to\s+|\b(?:we |will )aim to\s+|\bagreed (?:the|an?) (?:aim|goal|target) of\s+|\b(?:wants?|we want) to (?=(?:reach|hit|get|double|grow|increase|raise|reduce|cut|bring|keep)\s))(.+?)(?:\.(?:\s|$)|$)/i,
  targetSentence:
    /(?:^|[—–:]\s+)((?:[\p{L}\d'’-]+\s+){1,6}(?:needs? to|should|must|has to|have to) be (?:ready|done|finished|completed?|functional|working|live|in place|up and running)\b[^.]*?\bby\b[^.]*)/iu,
  targetWord: / be /iu,
  objectiveWord: /goal|objective|aim|purpose|target|want/i,
  notAction:
    /^(?:me|va|assistant)\s*[:=]\s*[a-z]+(?:\s+[a-z]+)?(?:\s*\([^)]*\))?\s*$|^\W*(?:audio|image|video|sticker|document|gif)s? omitted|^<?media omitted>?|^\W*(?:this message was deleted|you deleted this message)|^(motion|moved|seconded|carried|approved|call(?:ed)? to order|meeting called to order|decision|decided|we decided|agreed|we agreed|done|already|(?:i|we) already|fyi|note|info|who(?:['’]s| is| can| wants to| will)? (?:taking|take|on|up for|grab)|next (meeting|sync|catch-up|check-in|check in|call)|i've pencilled|present|attendees|apologies|date|thanks|cheers|the meeting (ended|closed|adjourned))\b|^(notetaker|note taker|scribe|chair|facilitator|moderator|from|sent|to|cc|bcc|subject|location|venue|place|time)\s*:/i,
  workingOn: /\s+(?:(?:is|are|still|also)\s+)*working\s+on\s+/i,
  takesItem:
    /^(?:(?:ok|okay|sure|yes|yep|great|perfect|will do)[\s,.!]+)*(?:(?:the )?(?<topic>[^,.]{3,60}?)[\s,:]+)?(?:i'll|i will|i can)\s+(?:do|take|handle|send|sort|get)\s+(?:it|that|this|them|the (?<object>[^,.]{2,40}?))(?=$|[\s,.!]|\s+though)/iu,
  noteTaker:
    /(?:^|[|·]\s*)(?:\*\*|__)?(?:scribe|scriber|note[- ]?taker|notes (?:taken )?by|minutes (?:taken )?by|minute[- ]taker|recorder|va|assistant)\s*:?\s*(?:\*\*|__)?\s*:?\s*(\p{Lu}\p{L}+)|(?:^|[|·,.]\s*)me\s*[:=]\s*(\p{Lu}\p{L}+)|^\(?\s*(\p{L}+)['’]s notes\b|^notes\s*:\s*(\p{L}+)\s*(?:$|[(,|·])|^from:\s*(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)/iu,
  meetingWith:
    /\b(?:call|meeting|sync|1:1|catch-up|chat|session)(?:\s+notes)?(?:\s+with\s+|\s*[-–—:]\s*)(?:(?:dr|mr|mrs|ms)\.?\s+)?(\p{Lu}\p{L}+)|(?:^|[|·]\s*)client\s*:\s*(\p{Lu}\p{L}+)|(?:^|\s)w\/\s*(?:(?:dr|mr|mrs|ms)\.?\s+)?(\p{Lu}\p{L}+)/iu,
  done: /(\bdone\b|✔|✅|\balready (sorted|done)\b|\bcompleted\b)/i,
  finished: /(?:(?:[-–—:(→]|->)\s*(?:done|completed?|finished)\)?|(?:✔|✅|☑)(?:\s*\([^()]*\))?)\s*[.!]*$/i,
  ownerJoin: /\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+|\s+\+\s+|\s*&\s*|\s*\/\s*)/i,
  everyone:
    /^(everyone|everybody|both of us|the two of us|all|the (whole )?team|team|all of us|(all )?(team )?members|all team members|all (the )?([a-z]+ )?(members|maintainers|staff|volunteers|participants|attendees|parents|students|reviewers|mentors|leads|directors|officers|trustees|board members)(?: of the [^,.;:]{1,40})?|each (?:person|member|one|of us|group|subgroup|team))$/i,
  firstPerson:
    /^(i['’]ll try to|i will try to|i['’]ll|i will|i['’]m going to|i am going to|i can|(?:(?:she|he|they|\w+) )?(?:asked|wants|needs) me to)\b\s*/i,
  self: /^(me|myself|i)$/i,
  secondPerson: /^(you|she|he)\b(?!['’]d\b)\s*/i,
  commitment:
    /^(?:(?:said|says|mentioned|confirmed|thinks|promised)(?: that)? (?:she|he|they)(?:['’]ll| will| would| can| could)|(?:was|were|is|are|has been|have been) asked to|(?:also )?(?:needs|has) to|to(?! be\b)|will(?! be\b)|is going to|are going to|shall|should|needs to|need to|has to|have to|is to|are to|agreed to|offered to|volunteered to|promised to)\s+(?:(?:hopefully|also|then)\s+)?/i,
  agentFirst: null,
  directed:
    /^(?:the\s+)?[\p{L} ]{2,30}?\s+(?:directed|instructed|asked|tasked|authori[sz]ed|requested|charged)\s+(?<owner>(?:the\s+)?\p{L}+(?:\s+\p{Lu}\p{L}+)?)\s+(?:with\s+|to\s+)/iu,
  writerVerb: null,
  withWriter: /^(\p{Lu}\p{L}+)\s+and\s+I\s+(?=\p{Ll})/u,
  addressed: /^(?:(?<ask>(?:can you|could you|would you|will you|please),?\s+)|you\b)/i,
  readerVerb: null,
  requestedSubject: null,
  bodyNoun:
    /\s(?:committee|board|council|team|group|commission|panel|subcommittee|taskforce|task force|staff)$/i,
  roleOwner:
    /^(?:(?:the|our)\s+)?(?:chair|chairman|chairwoman|chairperson|president|vice[- ]president|secretary|treasurer|director|manager|coordinator|administrator|accountant|lawyer|landlord|clerk|board|committee|customer|vendor|supplier)$/i,
  agentive: /^(?:will take care of|(?:is|are) in charge of|(?:take|takes) care of)\s/i,
  needTo:
    /^((?:also\s+)?(?:(?:friendly\s+)?reminder(?:\s+to)?(?:\s+(?:everyone|all|team))?\s*[:,-]|we need to|need to|(?:we )?needs? (?:someone|somebody|a volunteer) to|we need(?=\s+(?:a|an|the|some|more|new|another)\s)|we should|we have to|let's|let us|(?:someone|somebody) (?:also )?(?:needs|has) to|(?:someone|somebody) should|(?:can|could|would) (?:someone|somebody|anyone)(?: please)?|(?:someone|somebody)(?=\s+(?!(?:is|was|has|had|said|asked|mentioned)\b)[a-z]+(?<!ed)\s)))\s+/i,
  request:
    /^(?:if you could|could you|can you|would you(?: mind)?|please)\s+(?!(?:note|see|find|let (?:me|us) know|feel free|do not hesitate|don't hesitate)\b)/i,
  passiveNeed:
    /\b(?:still\s+|also\s+)?(?:needs?|has|have)\s+to\s+be\s+(?!(?:ready|done|finished|completed?|functional|working|live|in place|able|careful|aware|sure)\b)[a-z]+(?:ed|en|t)\b/i,
  politeRequest:
    /\b(?:please|pls|plz)\b(?![,\s]+(?:note|see|find|let (?:me|us) know|feel free|do not hesitate|don't hesitate|reply|cross|ignore|disregard)\b)/i,
  requestEnd: /,?\s*(?:(?:that|it) would be (?:appreciated|great|helpful)|please|thanks?)[.!]*\s*$/i,
  bareNameOwns: false,
  bareVerb: new RegExp(`^(?:is|are) (?:going to|${PROGRESSIVE})\\b`),
  progressiveLead: new RegExp(`^(?:is|are)\\s+(${PROGRESSIVE})\\b`, 'i'),
  baseForm: {
    bringing: 'bring',
    preparing: 'prepare',
    taking: 'take',
    handling: 'handle',
    organising: 'organise',
    organizing: 'organize',
  },
  columns: {
    task: /^(tasks?|actions?( items?)?|what|items?|description)$/i,
    owner:
      /^(owners?|assignees?|assigned to|who|responsible|leads?|lead person|action by|by whom|person|point person)$/i,
    due: /^(due( date| by)?|deadline|when|by when|date|target( date)?|eta)$/i,
    priority: /^(priority)$/i,
  },
  ownerLabel: /^(?:owners?|assigned to|responsible|assignee|volunteers?)\s*:\s*/i,
  dueLabel: /^(?:due(?: by| date)?|deadline|when|by when|target date|eta)\s*:\s*/i,
  priorityLabel: /^priority\s*:\s*/i,
  priority: {
    high: /\b(?:high(?: prio(?:rity)?)?|(?<!not )(?:very |most )?urgent|p1|(?:(?:this|it) is (?:the |our )?)?top priority|critical)\b/i,
    medium: /\b(?:medium(?: priority)?|med|p2|normal priority)\b/i,
    low: /\b(?:low(?: prio(?:rity)?)?|p3|not urgent)\b/i,
  },
  actionStart:
    /^(add|ask|book|build|buy|call|cancel|chase|check|clean|confirm|contact|count|create|define|design|draft|email|finish|fix|follow|get|implement|investigate|invite|log|look|make|move|order|organi[sz]e|pick|plan|post|prepare|publish|reach|renew|request|research|review|schedule|send|service|set|share|start|submit|test|update|upload|write|find|follow|decide|discuss|try|keep|merge|open|close|run|read|figure|reply|respond|talk|meet|collect|compile|put|take|bring|give|help|complete|continue|enter|appoint|resend|produce|change|hold|fold|provide|assign|approve|arrange|attend|clarify|coordinate|document|edit|ensure|explore|gather|identify|include|inform|install|integrate|introduce|list|maintain|migrate|monitor|notify|outline|pay|print|push|record|refactor|register|remind|remove|rename|replace|report|resolve|revise|rewrite|sign|summari[sz]e|support|sync|track|train|translate|verify|fill|file|finali[sz]e|deploy|deliver|develop|distribute|download|establish|estimate|evaluate|fetch|hire|improve|join|launch|lead|mentor|obtain|pull|reconcile|refresh|release|reschedule|restart|return|secure|ship|simplify|study|think|transfer|triage|upgrade|validate|wrap|brainstorm|circulate|assess|ping|audit|backup|forward|gather|use)\b/i,
  contactVerbs: /^(ping|ask|tell|remind|thank|cc|contact|email|message|dm|notify|invite|call|nudge|chase)\b/i,
  notNames:
    /^(the|a|an|to|we|i|i['’](?:ll|m|ve|d)|you|they|it|this|that|these|there|all|each|also|and|or|but|if|for|by|in|on|at|with|no|not|please|other|next|then|tbd|n\/a|unassigned|any|members?|team|group|everyone|some|how|what|why|when|where|who|which|should|must|need|needs|can|could|would|might|is|are|was|were|has|have|had|do|does|did|let's|here's|there's|someone|somebody|anyone|nobody|general|misc|miscellaneous|other|others|admin|marketing|sales|finance|operations|logistics|news|housekeeping|aob|update|updates|discussion|decision|action|actions|question|questions|topic|topics|proposal|link|links|note|notes|status|volunteers?|consensus|motion|resolution|agreement|proposal|wants|needs|says|thinks|feels|likes|prefers|hopes|plans|seems|he|she|him|her|them|hi|hey|hello|yes|yeah|yep|ok|okay|sure|thanks|great|cool)$|(?:ing|tions|sions|ments|ness)$/i,
  honorific: /^(?:dr\.?|mr\.?|mrs\.?|ms\.?|prof\.?)\s+/i,
  greeting: /^(?:(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear)\s+|[Tt]hanks(?: for [^,.!]{1,60})?,\s+)([A-Z][\w]+)/,
  signOff:
    /^(cheers|thanks|thanks all|thanks everyone|thank you|best|regards|best regards|kind regards|warm regards|all the best|talk soon|sincerely)[,.!]*$/i,
  templateNote:
    /\b(?:(?:purpose|aim) of this (?:document|file|template)|in this (?:document|file|template)|you are required to)\b/i,
  commonWords: /\b(the|and|to|of|for|with|will|is|on|by|we|meeting|action)\b/gi,
};
