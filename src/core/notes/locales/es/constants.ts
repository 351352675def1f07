// Spanish (rioplatense, Spain, Mexico, neutral) words the notes parser recognises.
import type { NotesLocale } from '../locale';

export const ES_NOTES: NotesLocale = {
  assignedList:
    /^(?:(.{1,30}?)\s+(?:tiene que|tienen que|va a|van a|se encarga(?:n)? de)|(yo)\s+(?:me encargo de|voy a))\s+[a-záéíóúñ]+$/i,
  readerWord: /^(?:el |la )?cliente$/i,
  writerWord: /^(?:yo)$/i,
  writerHeadings:
    /^(lo que hago yo|lo que me toca( a m[ií])?|mis tareas|mis pendientes|(?:tareas|pendientes) m[ií](?:o|a)s|de mi parte|por mi parte|lo que hago|(?:de|por) nuestra parte|lo que hacemos(?: nosotros)?|(?:lo que )?me (?:pidi[oó]|pide|pidieron|encarg[oó]|encargaron)(?: que)?(?: hiciera| haga)?|encargos|pedidos para m[ií])\s*:?$/i,
  sharedHeadings:
    /^(?:(?:tareas|pendientes|acciones) )?(?:de (?:los|las) dos|de ambos|de ambas|compartid[oa]s|en conjunto|juntos)\s*:?$/i,
  readerHeadings:
    /^(lo que necesito de (?:vos|ti|usted)|de tu parte|de su parte|tus tareas|tus pendientes|sus tareas|(?:tareas|pendientes) (?:tuy|suy)(?:o|a)s|para vos|para ti|lo que te toca(?: a (?:vos|ti|usted))?|lo que le toca(?: a usted)?|lo que hac[eé]s vos|por tu parte|por su parte|(?:necesito|necesitamos|te pido|te pedimos|le pido|le pedimos) que (?:me |nos )?(?:env[ií]es|mandes|pases|hagas|revises|confirmes|consigas|env[ií]e|mande|pase|haga|revise|confirme|consiga)(?: (?:lo siguiente|esto))?)\s*:?$/i,
  taskHeadings:
    /^(lista de (?:tareas|pendientes)|tareas?( pendientes| asignadas)?|pendientes( generales)?|otros pendientes|pr[oó]ximos pasos|acciones( a seguir)?|compromisos|acuerdos( y tareas)?|puntos acordados|to ?do|action items|otros|aparte de eso|(?:lo que |en lo que )?(?:quedamos|acordamos)(?: en)?|lo acordado)$/i,
  objectiveHeadings:
    /^(?:(?:objetivos?|metas?|prop[oó]sitos|misi[oó]n)(?: generales| principales| clave)?( del [a-zñ]+| de la reuni[oó]n| (de|para) [a-zñ]+( [a-zñ\d]+)?| (de )?(este|esta) [a-zñ]+)?(?: (?:q[1-4]|[hst][12]|\d{4}))*|lo que [\p{L} ]{0,30}\b(?:quiere|queremos|quieren|busca|buscamos) (?:lograr|conseguir|alcanzar))$/iu,
  ignoredHeadings:
    /^(asistentes|participantes|estuvieron|miembros|ausentes|hecho|hechos|completad[oa]s|informaci[oó]n|pr[oó]xima reuni[oó]n.*|historial.*|[ií]ndice|(?:indicadores|m[eé]tricas|kpis?|n[uú]meros)(?: de(?:l| la| los)? [a-záéíóúñ ]{1,30})?)$/i,
  decisionHeadings: /^(decisiones( clave| tomadas)?|resoluciones|acuerdos (?:de|del) equipo)$/i,
  discussionHeadings:
    /^(agenda|orden del d[ií]a|temario|temas( tratados)?|notas|desarrollo( de la (reuni[oó]n|sesi[oó]n))?|resumen|introducci[oó]n|observaciones|puntos tratados|avances|estado|lo que (hablamos|se habl[oó])|revisi[oó]n de (la semana|tareas) anterior(es)?|retro(?:spectiva)?|(?:qu[eé]|lo que) (?:sali[oó]|funcion[oó]) (?:bien|mal)|(?:qu[eé] )?(?:podemos )?mejorar|a mejorar|lecciones aprendidas|aprendizajes|logros)$/i,
  // "Objetivo:", "Meta 2 -", "Meta de junio:", "Objetivo principal:".
  objectiveLabel:
    /^(?:(?:otro|otra|segundo|segunda|nuevo|nueva)\s+)?(?:objetivo|meta|prop[oó]sito)(?:\s+(?:de|del|para)\s+[\p{L}\d]+(?:\s+[\p{L}\d]+){0,2}){0,2}(?:\s+(?:principal|general|clave)|\s+\d+|(?:\s+\p{Ll}+){1,2})?(?:\s+(?:planteado|propuesto|fijado|definido|acordado)s?\s+(?:por|con)\s+[^:]{2,40}|\s+que\s+[^:.]{2,30})?\s*(?::|\s[.-])\s*(.+)$/iu,
  objectiveSentence:
    /(?:(?:^|\b(?:el|la|nuestro|nuestra) )(?:objetivo|motivo|prop[oó]sito|meta|idea)(?: principal)?(?: de (?:la|esta) (?:reuni[oó]n|sesi[oó]n)| (?:de|para|del) (?:el |este |esta |la )?[\wáéíóúñ-]+(?: [\wáéíóúñ-]+)?)?(?: que nos pusimos)? (?:es|era|fue|sigue siendo|ser[aá])(?: que)?\s+|\b(?:tiene|tienen|tenemos) como (?:meta|objetivo|prop[oó]sito)\s+|\b(?:quiere|quieren|queremos|busca|buscan|buscamos)\s+(?=(?:llegar a|alcanzar|lograr|duplicar|aumentar|juntar|recaudar|superar|conseguir|reducir|bajar)\s))(.+?)(?:\.(?:\s|$)|$)/i,
  targetSentence:
    /(?:^|[—–:]\s+)((?:[\p{L}\d'’-]+\s+){1,6}(?:tiene que|tienen que|debe|deben|deber[ií]a|deber[ií]an) estar (?:list[oa]s?|terminad[oa]s?|funcionando|hech[oa]s?|complet[oa]s?)\b[^.]*?\b(?:para|antes)\b[^.]*)/iu,
  targetWord: / estar /iu,
  objectiveWord: /objetivo|motivo|prop[oó]sito|meta|idea|quier|queremos|buscamos|busca/i,
  notAction:
    /^(?:yo|va|asistente)\s*[:=]\s*[a-záéíóúñ]+(?:\s+[a-záéíóúñ]+)?(?:\s*\([^)]*\))?\s*$|^\W*(?:audio|imagen|video|sticker|documento|gif)s? omitid[oa]s?|^<?multimedia omitid[oa]>?|^\W*(?:se elimin[oó] este mensaje|este mensaje fue eliminado|mensaje eliminado)|^(moci[oó]n|se vota|votaci[oó]n|se aprueba|aprobad[oa]s?|se inform(?:a|[oó])|se recibi[oó]|se toma nota|se deja constancia|(?:(?:este )?(?:resumen|contenido) )?generado (?:por|con) (?:la )?(?:ia|inteligencia artificial)|decidimos|decisi[oó]n|acordamos|ya (?:hice|hicimos|mand[eé]|envi[eé]|arregl[eé]|habl[eé]|pagu[eé]|sub[ií])|acuerdos?|quedamos en|hemos decidido|ya (qued[oó]|lo hizo|est[aá]|hemos|se)|nota|informaci[oó]n|info|pr[oó]xim[oa] (reuni[oó]n|junta|llamada|videollamada|sesi[oó]n|cita|asamblea|encuentro)|la pr[oó]xima|nos vemos|tema para|asistentes|participantes|estuvieron|leyenda|orden del d[ií]a|temario|fecha|cualquier (?:cosa|duda|ajuste|consulta|comentario)|(?:te|les?|os) (?:dejo|paso|comparto|mando) (?:el|un|acá el|aqu[ií] el) resumen|¿?qui[eé]n (?:se (?:encarga|ocupa|anota|apunta|avienta|prende)|lo (?:toma|hace)|puede|se lo lleva)|os resumo|resumo lo que|quedo atent[oa]|atentamente|gracias|tema( principal)?|se (mantendr[aá]|mantiene|(?:acord[oó]|acuerda|decide|decidi[oó])(?! que (?:el|la|los|las) )|aprob[oó]|aprueba|concluy[oó]|coment[oó]|habl[oó]|revis[oó])|la reuni[oó]n (concluy|termin|finaliz|se cerr)|se (?:levanta|cierra|da por (?:terminada|cerrada)) la (?:sesi[oó]n|reuni[oó]n|asamblea))(?![a-záéíóúñü])|^(de|enviado|para|cc|asunto|lugar|hora|excusa[ns]? su asistencia|from|sent|to|subject)\s*:/i,
  workingOn:
    /\s+(?:(?:est[aá]n?|sigue|siguen|todav[ií]a|a[uú]n)\s+)+(?:trabajando|avanzando)\s+(?:en|con)\s+/i,
  takesItem:
    /^(?:(?:dale|ok|okey|listo|perfecto|bueno|genial|joya|s[ií]|anotado|ah)[\s,.!]+)*(?:(?:lo del?|(?=(?:el|la|los|las) ))(?<topic>[^,.]{3,60}?)[\s,]+|(?:eso|esto)\s+)?(?:(?:ma[nñ]ana|hoy|despu[eé]s|esta semana|el (?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo))\s+)?(?:(?:yo\s+)?me\s+(?:encargo|ocupo)(?:\s+yo)?(?=\s*(?:[.!,]|$|ma[nñ]ana|hoy|el\s|esta\s|pero\s|en\s|para\s|la semana\s))|(?:yo\s+)?(?:lo|la|los|las)\s+(?!(?:dijo|hizo|puso|trajo|tuvo|estuvo|pudo|quiso|vino|supo|dio|hubo|mismo|otro|resto)\b)\p{Ll}{2,}(?:[oé]|amos|emos|imos)(?:\s+yo)?|\p{Ll}{2,}[oé]\s+yo)(?![\p{L}])(?!\s+(?:de|a)\s+\p{Ll}+(?:ar|er|ir)(?:l[oa]s?|les?)?(?![\p{L}]))|^(?:(?:dale|ok|okey|va|bueno|s[ií])[\s,.!]+)*(?:yo\s+)?(?:puedo|podr[ií]a|voy a)\s+(?:tomar|agarrar|hacer|encargarme de)\s+lo\s+del?\s+(?<object>[^,.]{2,40}?)(?=$|[\s,.!])/iu,
  whoTakes:
    /\blo del?\s+([^,.?¿]{3,40}?)\s*,?\s*¿?\s*qui[eé]n\s+(?:puede|se (?:encarga|ocupa|anima|prende)|lo (?:hace|toma))/i,
  noteTaker:
    /^\(?\s*(?:notas|apuntes)\s+(?:de\s+|por\s+|tomad[oa]s por\s+)?(\p{Lu}\p{L}+)|^(?:[Nn]otas|[Aa]puntes)\s*:\s*(\p{Lu}\p{L}+)\s*(?:$|[(,|·])|^[Dd]e:\s*(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)|(?:^|[|·,.]\s*)(?:VA|[Aa]sistente|[Yy]o)\s*[:=]\s*(\p{Lu}\p{L}+)|(?:^|[|·,.]\s*)[Yy]o\s*\(\s*(\p{Lu}\p{L}+)\s*\)|^\(?\s*[Mm]is (?:notas|apuntes)\s*[-–—:,]\s*(\p{Lu}\p{L}+)/u,
  meetingWith:
    /\b(?:[Cc]all|[Ll]lamada|[Rr]euni[oó]n|[Cc]harla|[Vv]ideollamada|[Mm]eet)(?:\s+(?:semanal|mensual|de seguimiento))?(?:\s+con\s+|\s*[-–—:]\s*)(?:(?:la|el)\s+)?(?:(?:[Ll]ic|[Dd]ra?|[Ss]ra?|[Ii]ng)\.?\s+)?(\p{Lu}\p{L}+)|(?:^|[|·]\s*)[Cc]liente?\s*:\s*(\p{Lu}\p{L}+)/u,
  done: /(\bhecho\b|✔|✅|\bya (qued[oó]|lo hizo|est[aá] hecho|(?:lo|la|los|las) tengo\b|(?:est[aá]n? )?(?:organizad|resuelt|cubiert|arreglad|solucionad|gestionad|pagad)[oa]s?\b)|\beso est[aá](?![a-záéíóúñ])|\bcompletad[oa]\b)/i,
  finished:
    /(?:(?:[-–—:(→]|->)\s*(?:hecho|list[oa]|terminad[oa]|completad[oa]|ya est[aá])(?:,?\s*(?:hecho|list[oa]))?\)?|(?:✔|✅|☑)(?:\s*\([^()]*\)|\s*(?:list[oa]|hecho)\b.*)?)\s*[.!]*$|^\W*(?:hech[oa]|list[oa]|terminad[oa]|completad[oa])(?::|\s[-—–])\s|(?:[-–—:(→]|->)\s*ya\s+(?:est[aá]n?\s+)?(?:organizad|resuelt|cubiert|arreglad|solucionad|gestionad|pagad|hech|enviad|mandad|subid|publicad|reservad|confirmad|comprad|entregad|firmad)[oa]s?\b[^.!?]*[.!]*$/i,
  ownerJoin: /\s*(?:,\s*(?:y\s+)?|\s+y\s+|\s+e\s+|\s+o\s+|\s+\+\s+|\s*&\s*|\s*\/\s*)/i,
  everyone:
    /^(todos|todas|todxs|todes|tod@s|ambos|ambas|los dos|las dos|todo el equipo|el equipo|equipo|cada un[oa]( los suyos)?|cada (?:persona|miembro|integrante|grupo|subgrupo|equipo|docente|profesor(?:a)?|vecin[oa])|tod[oa]s l[oa]s [a-záéíóúñü]+s(?: de(?:l| la| los| las)? [^,.;:]{1,40})?|los (miembros|integrantes)|entre todos|entre todas)$/i,
  firstPerson:
    /^(yo\b(?! no\b)(?:\s*\(([^),]+)[^)]*\))?(?: me encargo de| me ocupo de| voy a)?|me toca|por mi parte,?|me pidi[oó](?: que)?|me pide(?: que)?)\s*/i,
  self: /^(yo|m[ií]|por mi parte)$/i,
  secondPerson:
    /^(?:(?:vos|t[uú]|usted|ella|él)(?![a-záéíóúñ])\s*(?:(?:te|se) (?:encarg|ocup)[aá]s? de\s+)?|(?:ten[eé]s|tienes|deb[eé]s|debes|necesit[aá]s) que\s+|deber[ií]as\s+)/i,
  commitment:
    /^(?:,[^,]{1,40},\s*)?(?:(?:dijo|dice|confirm[oó]|prometi[oó]) que (?:se encarga(?:r[aií]a?)? de|se ocupa(?:r[aií]a?)? de|va a|iba a|puede)|queda(?:n)? encargad[oa]s? de|queda(?:n)? a cargo de|se hace(?:n)? cargo de|se encarga(?:r[aá])?n? de|se ocupa(?:r[aá])?n? de|(?:vos\s+)?te encarg[aá]s de|(?:vos\s+)?te ocup[aá]s de|os encarg[aá]is de|tiene que|tienen que|ten[eé]s que|tenemos que|va a|van a|vas a|vamos a|debe|deben|debemos|queda en|quedan en|qued[oó] en|quedaron en|se ofreci(?:[oó]|eron) (?:a|para)|se ofrece(?:n)? (?:a|para)|hay que|se compromete(?:n)? a|se comprometi[oó] a|deber[aá]n?|deber[ií]an?)\s+/i,
  ownsIt:
    /[,;.]\s*(?:y\s+)?(?:(?:de\s+)?(?:esto|eso)\s+)?(?:lo lleva|lo hace|lo ve|lo coordina|se encarga|se ocupa)\s+(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)(?=\s*(?:[,;.!]|$))/u,
  nextMeetingLine:
    /^\W*(?:pr[oó]xim[oa] (?:reuni[oó]n|asamblea|sesi[oó]n|junta|llamada|encuentro)|fecha de la pr[oó]xima reuni[oó]n)(?![a-záéíóúñ])\s*(?:[:\-–—]|ser[aá]|es)?\s*(.+)$/i,
  atNextMeeting:
    /(?<![a-záéíóúñ])(?:en|para|antes de|hasta|a)\s+la\s+pr[oó]xima\s+(?:reuni[oó]n|asamblea|sesi[oó]n|junta|llamada)(?![a-záéíóúñ])/i,
  namedSubject:
    /^(?:(?:Sr|Sra|Srta|Dr|Dra|Lic|Ing|Prof)\.?\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}[\p{L}'’-]+|y|e)){0,3})\s+(?:va a|van a|dijo|dice|inform[oó]|coment[oó]|agradeci[oó]|propuso|present[oó]|se comprometi[oó]|se compromete|queda|se encarga|explic[oó]|plante[oó]|sugiri[oó]|ofreci[oó]|mencion[oó])(?![\p{L}])/u,
  pronounCommitment:
    /^(?:él|ella|ellos|ellas)\s+(?:también\s+)?(?:va a|van a|se encarga(?:n|r[aá]n?)? de|se ocupa(?:n|r[aá]n?)? de|queda(?:n)? a cargo de)\s+/iu,
  aside:
    /[,;]\s+(?:porque|ya que|que (?!se\s)(?=\p{Ll}+\s)|hay (?:como|unos|unas|\d)|la que|el que|los que|las que|sin (?:él|ella|eso|esto))(?![\p{L}])/iu,
  pastReport:
    /^(?:[Yy]a\s+)?(?:(?:le|les|lo|la|los|las|se|me|nos)\s+)?(?!(?:[Jj]os[eé]|[Nn]o[eé]|[Ss]alom[eé]|[Qq]u[eé]|[Cc]omit[eé]|[Cc]af[eé]|[Bb]eb[eé])(?![\p{L}]))\p{L}\p{Ll}+(?:ó|é|aron|ieron)(?![\p{L}])(?!\s+(?:a\s+|en\s+)?\p{Ll}+(?:ar|er|ir)(?![\p{L}]))/u,
  reporting:
    /^(?:recuerda|informa|comenta|señala|explica|menciona|avisa|cuenta|aclara|agradece|expone|destaca|reporta|reclama|se queja|denuncia|consulta|pregunta)(?:\s+que)?\s/i,
  pointedPerson: /^(?:ella|él|ellos|ellas)$/i,
  agentFirst: /^(?:se (?:encarga|ocupa)(?:r[aá])?n?|queda(?:n|r[aá]n?)? a cargo de)\s+/i,
  directed:
    /^(?:se\s+(?:le\s+)?(?:encomienda|encarga|instruye|designa|pide|solicita|autoriza)|queda(?:n)?\s+a\s+cargo|(?:la|el)\s+[\p{L} ]{2,30}?\s+(?:instruy[oó]|encomend[oó]|encarg[oó]|pidi[oó]|autoriz[oó]|design[oó])(?:\s+a)?)\s+(?:a\s+|del?\s+)?(?<owner>[^,;:]{2,50}?(?:,\s*[^,;:]{2,40}?,)?)\s+(?:(?:que|para|de)\s+|(?=\p{Ll}+(?:ar|er|ir)(?:l[oa]s?|les?)?(?![\p{L}]))|(?=(?:la|el|los|las)\s+\p{L}+(?:[\s.,;]|$)(?!\s*(?!para\b)\p{Ll}+(?:ar|er|ir)(?![\p{L}]))))/iu,
  // "Le paso", "Las pido a depósito", "La convocatoria la mando yo": an object pronoun before a verb in -o. Never a
  // past tense ("le dijo"), a participle ("lo acordado") or a noun or adjective after "lo"/"la" ("lo nuevo", "la foto").
  writerVerb:
    /^(?:[Ll][eoa]s?|[Tt]e|[Ss]e l[oa]s?)\s+(?!(?:dijo|hizo|puso|trajo|tuvo|estuvo|pudo|quiso|vino|supo|dio|hubo|gust[oó]|mismo|otro|resto|nuevo|primero|segundo|[uú]ltimo|bueno|malo|[uú]nico|foto|moto|mano|radio|modelo)\b)\p{Ll}{2,}(?<!\p{Ll}{2}(?:ad|id))o(?=\s)|^[^.;]{0,60}?\b(?:l[eoa]s?|se l[oa]s?)\s+\p{Ll}{2,}o\s+yo\b|^(?:(?:dale|ok|okey|listo|bueno|perfecto|s[ií])[\s,.!]+)?lo de\s[^.;]{3,60}?\s(?<!\bya\s)(?:l[oa]s?|se l[oa]s?)\s+(?!tengo\b)\p{Ll}{2,}o(?=\s|$)|^\p{Lu}\p{Ll}{3,}o\s+(?:el|un|una|unos|unas|hoy|mañana)\s/u,
  withWriter: /^(\p{Lu}\p{L}+)\s+y\s+yo\s+(?=\p{Ll})/u,
  addressed:
    /^(?:(?<ask>(?:te toca|por favor,?|¿?pod[eé]s|¿?podr[ií]as|¿?puedes)\s+)|te encarg[aá]s|te ocup[aá]s|vos\b|t[uú]\b|usted\b|\p{Ll}{2,}[áéí](?:l[oa]s?|le|les|me|nos)?(?![\p{L}]))/u,
  readerVerb: /^(?:me|nos)\s+\p{Ll}{2,}(?:ás|és|ís|as|es)(?=\s)/u,
  requestedSubject:
    /^(?:[Ss]e (?:acuerda|acord[oó]|pide|solicita|decide|decidi[oó]|resuelve)\s+)?(?:[\p{L} ]{1,20}:\s*)?que\s+(?=\p{Lu}|(?:el|la|los|las)\s)/u,
  bodyNoun: /\s(?:comit[eé]|comisi[oó]n|junta|equipo|consejo|subcomisi[oó]n|grupo|asamblea|directiva)$/i,
  roleOwner:
    /^(?:(?:el|la|los|las|nuestr[oa])\s+)?(?:president[ea]|vicepresident[ea]|secretari[oa]|tesorer[oa]|vocal(?:es)?|administrador(?:a)?|coordinador(?:a)?|director(?:a)?|gerente|contador(?:a)?|abogad[oa]|encargad[oa]|conserje|portero|síndic[oa]|(?:junta |comisi[oó]n )?directiva|(?:sub)?comisi[oó]n(?: del? [\p{L}]+)?|delegad[oa]s|comit[eé])$/iu,
  agentive:
    /^(?:se encarga(?:r[aá])?n? de|se ocupa(?:r[aá])?n? de|qued(?:[oó]|aron) en|se ofreci(?:[oó]|eron) (?:a|para))\s/i,
  needTo:
    /^(hay que|recordatorio(?:\s+(?:para|a)\s+(?:todos|todas|todo el equipo|el equipo))?\s*[:,-]|(?:se plantea|surge|existe|hay) la necesidad de|hace(?:n)? falta|es necesario|se necesita(?:n)?(?=\s+[a-záéíóúñ]+(?:ar|er|ir)\b)|tenemos que|habr[ií]a que|queda(?:n)? pendientes?(?: de)?|falta(?:n)? alguien (?:para|que)|se necesita alguien (?:para|que)|necesitamos (?:a )?alguien (?:para|que)|falta(?:n)?(?: adem[aá]s)?(?=\s+[a-záéíóúñ]+(?:ar|er|ir)\b)|pendiente|alguien (?:tiene|debe|deber[ií]a) que|alguien debe|(?:necesito|necesitamos|hace falta) que alguien|¿?alguien (?:puede|podr[ií]a))\s+/i,
  request: /^(?:por favor,?|¿?(?:podr[ií]as|podr[ií]an|pod[eé]s|puedes))\s+(?!(?:avisar|confirmar si)\b)/i,
  passiveNeed:
    /\b(?:tiene|tienen|debe|deben)\s+que\s+ser\s+[a-záéíóúñ]+(?:ad|id)[oa]s?\b|\b(?:debe|deben)\s+ser\s+[a-záéíóúñ]+(?:ad|id)[oa]s?\b/i,
  politeRequest: /\bpor favor\b(?![,\s]+(?:avis|ten(?:er|gan|é) en cuenta|not(?:ar|en))[a-záéíóúñ]*)/i,
  requestEnd: /,?\s*(?:por favor|gracias)[.!?]*\s*$/i,
  bareNameOwns: true,
  // Third person ("Martina actualiza") or the voseo imperative after a vocative name ("Nico pedí", "Juli mandá").
  bareVerb:
    /^(?:(?:le|les|lo|la|los|las|se|me|te|nos) )?(?!es |tienen? |est[aá] |era |fue |ha |hay |informa |comenta |pregunta |explica |cuenta |dice |propone |plantea |menciona |se[nñ]ala |aclara |reporta |expone |indica |opina |sugiere |agradece |pide que |piden |solicita que |solicitan |cree |creen |dicen |comentan |ah[ií] |all[aá] |ac[aá] |aqu[ií] |as[ií] |s[ií] |m[aá]s |qu[eé] |tambi[eé]n |despu[eé]s )[a-záéíóúñ]{3,}(a|e|an|en|rá|rán|á|é|í)(?![a-záéíóúñü])/,
  futureLead: /^(\p{Ll}{2,}?r)(?:án|á|emos|é)(?=\s)/iu,
  progressiveLead: null,
  // The irregular futures' stems ("hará", "tendrá"): the others end in their infinitive ("enviar-á").
  baseForm: {
    har: 'hacer',
    tendr: 'tener',
    pondr: 'poner',
    dir: 'decir',
    podr: 'poder',
    saldr: 'salir',
    vendr: 'venir',
    sabr: 'saber',
    habr: 'haber',
    querr: 'querer',
    valdr: 'valer',
  },
  columns: {
    task: /^(tareas?|temas?|actividad(es)?|acci[oó]n(es)?|pendientes?|qu[eé]|compromisos?|acuerdos?|entregables?)$/i,
    owner:
      /^(responsables?(\(s\))?|qui[eé]n(es)?|encargad[oa]s?|asignad[oa] a|a cargo( de)?|lidera|persona)$/i,
    due: /^(fecha( l[ií]mite| entrega| de entrega| (?:de )?compromiso| objetivo| de cierre| estimada| prevista| de vencimiento)?( \(.*\))?|plazo|cu[aá]ndo|para cu[aá]ndo|vencimiento|vence)$/i,
    priority: /^(prioridad)$/i,
  },
  ownerLabel:
    /^(?:responsables?|qued(?:a|an|[oó]|aron)\s+a cargo de(?=\s+[^\s,.;]+(?:\s+[^\s,.;]+){0,2}\s*(?:[,.;]|$))|a cargo de|asignad[oa] a|encargad[oa]|voluntari[oa]s?)\s*:?\s*/i,
  dueLabel:
    /^(?:fecha(?: l[ií]mite| (?:de )?compromiso| objetivo| de entrega| de cierre| estimada| prevista)?|plazo|vence|vencimiento|para cu[aá]ndo)\s*:\s*/i,
  priorityLabel: /^prioridad\s*:\s*/i,
  priority: {
    high: /(?<!\bno\s|\bno es\s)(?:\b(?:prioridad\s*:?\s*alta|alta prioridad|alta|(?:es lo m[aá]s |es muy |muy )?urgente|prioritari[oa]|es urgente|importante)\b|¡?urgente!?)/i,
    medium: /\b(?:prioridad\s*:?\s*media|media)\b/i,
    low: /\b(?:prioridad\s*:?\s*baja|baja prioridad|baja|no es urgente|no urge)\b/i,
  },
  actionStart:
    /^(?!(javier|oliver|pilar|edgar|[oó]scar|baltasar|gaspar|aitor|nur|esther|ester|amir|samir|yasmir|omar|jennifer|heather|peter|walter|roger|xavier|ramir|tyler|skyler|spencer|parker|hunter|carter|tucker|cooper|harper|amber|summer|homer|lester|chester|dexter|baxter|fletcher|archer|asher|christopher|alexander|jasper|elmer|blair|clair|alistair|vladimir|casimir|amílcar|aimar|sagar|kumar|kishor|samer|yaser|amer|jagger|parmar|conner|connor|taylor)\b)[a-záéíóúñ]{2,}(ar|er|ir)(la|le|lo|las|los|les|me|se|nos)?(?![a-záéíóúñü])|^(hay que|revisar|checar|pedir|llamar|enviar|mandar)\b/i,
  contactVerbs:
    /^(avisar(le)?|preguntar(le)?|recordar(le)?|escribir(le)?|llamar(a|le)?|consultar(le)?|invitar|agradecer(le)?|ping(ear)?)\b/i,
  notNames:
    /^(el|la|los|las|un|una|hay|quieres|puedes|necesitas|tienes|pod[eé]s|quer[eé]s|ah|eh|oh|che|ey|queda|quedan|falta|faltan|tambi[eé]n|tampoco|adem[aá]s|entonces|igual|bueno|dale|para|por|con|sin|que|se|si|no|ya|lo|le|les|me|te|nos|entre|aparte|otros?|otra|todos|cada|vos|yo|usted|mañana|hoy|este|esta|ese|esa|pero|y|o|en|de|del|al|a|hemos|quedamos|pr[oó]xim[oa]s?|miembros|equipo|grupo|tema|temas|puntos?|objetivos?|tareas?|acuerdos?|estado|nota|notas|desarrollo|se|todo|cada|nuevo|nueva|alg[uú]n[oa]?s?|ningun[oa]s?|otro|mucho|poco|general|varios|varias|generales|administraci[oó]n|marketing|ventas|finanzas|operaciones|log[ií]stica|novedades|pendientes?|falta|faltan|dale|che|bueno|listo|perfecto|genial|cierto|anotado|ok|okey|joya|gracias|voluntari[oa]s|[eé]l|ella|ellos|ellas|ustedes|nosotr[oa]s|hola|buen|buen[oa]s|vamos|vemos|damos|somos|estamos|hace|nadie|s[ií]|vale|genial|jajaja|jaja|como|cuando|donde|importante|urgente|ojo|recordatorio|aviso|atenci[oó]n|pd|prioritario|prioridad|lun|mi[eé]|jue|vie|s[aá]b|dom|pronto|ya mismo|navidad|pascua|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)$|(?:ci[oó]n|si[oó]n|dad|miento|mente|aje|ncia)$|^[a-zñ]{3,}(?:amos|emos|imos)$/i,
  honorific:
    /^(?:(?:la|el)\s+)?(?:dra?\.|lic\.|ing\.|sr\.|sra\.|srta\.|don|doña|prof\.|profe|c\.\s?p\.|arq\.|mtr[oa]\.|lcd[oa]\.|mgs?\.|msc\.|abg\.|econ\.)\s*/i,
  teamGreeting:
    /^(?:¡?hola|buenas|buen d[ií]a|buenos d[ií]as|buenas tardes)\s+(?:a\s+)?(?:todos|todas|todes|equipo|chicos|chicas|chiques|gente)(?![a-záéíóúñ])/i,
  greeting:
    /^(?:¡?(?:[Hh]ola|[Bb]uen(?:os|as) d[ií]as|[Qq]uerid[oa]|[Ee]stimad[oa])\s+|[Gg]racias(?: por [^,.!]{1,60})?,\s+)(?:(?:[Dd]ra?|[Ss]ra?|[Ss]rta|[Ll]ic|[Ii]ng|[Pp]rof)\.?\s+)?([A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)/,
  signOff:
    /^(abrazos?|un abrazo(?: grande)?|saludos(?: cordiales)?|un saludo|besos|un beso|gracias|muchas gracias|cariños|slds|atentamente|cordialmente)[,.!]*$/i,
  templateNote:
    /\b(?:(?:prop[oó]sito|objetivo) de (?:este documento|este archivo|esta plantilla)|en (?:este documento|este archivo|esta plantilla)|(?:deb[eé]s|deber[aá]s|debe) completar)\b/i,
  commonWords: /\b(el|la|los|las|de|del|que|para|con|por|una?|y|en|es|se|reuni[oó]n|tareas?)\b/gi,
  attendeesLine: /^\s*(?:en la llamada|presentes|asistentes|participantes|estuvieron|con)\s*:\s*(.+)$/i,
  opener:
    /^(?:(?:[Aa]h|[Yy]|[Bb]ueno|[Ee]ntonces|[Cc]he|[Tt]ambi[eé]n:|[Oo]tra cosa:?|(?:[Mm]e )?olvidaba:?|[Pp]or cierto|(?:[Mm]ientras tanto|[Pp]ara eso|[Pp]ara ello|[Pp]or ahora|[Aa]dem[aá]s|[Ee]n paralelo|[Cc]omo pr[oó]ximo paso|[Dd]e ahora en m[aá]s|[Dd]e aqu[ií] en m[aá]s),|[Aa]h y|[Yy] despu[eé]s|[Dd]espu[eé]s)(?:[\s,]+|$))+/,
};
