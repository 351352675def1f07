// The installation check's strings in Spanish and English: line names, what each expects, the dialog's words.
import type { CheckId, CheckStatus } from '../check/model';
import type { Language } from '../types';

export interface CheckStrings {
  title: string;
  names: Record<CheckId, string>;
  statuses: Record<CheckStatus, string>;
  expectedLabel: string;
  seenLabel: string;
  ranAt: string;
  locale: string;
  spreadsheetTimeZone: string;
  scriptTimeZone: string;
  summary: (failed: number, total: number) => string;
  copyReport: string;
  copied: string;
  copyFallback: string;
  sendTestEmail: string;
  runAgain: string;
  running: string;
  close: string;
  expected: {
    text: (count: number) => string;
    dates: string;
    timeZones: string;
    conditionalFormats: string;
    rowMetadata: (row: number) => string;
    temporaryTab: string;
    lock: string;
    property: string;
    trigger: string;
    openFromTrigger: string;
    mailQuota: string;
    testEmail: string;
    parserFile: string;
    taskRows: (limit: number) => string;
    spreadsheetCells: (limit: number) => string;
    meetingNotes: (limit: number) => string;
  };
  seen: {
    error: (message: string) => string;
    allIdentical: (count: number) => string;
    becameFormula: (formula: string) => string;
    becameValue: (value: string, type: string) => string;
    datesAsWritten: string;
    noDate: string;
    zones: (spreadsheetZone: string, scriptZone: string) => string;
    sameZone: string;
    differentZones: string;
    clientRuleKept: string;
    clientRuleChanged: (before: string, after: string) => string;
    clientRuleGone: string;
    oursLeft: (count: number) => string;
    oursNotAdded: string;
    metadataAt: (row: number) => string;
    metadataGone: string;
    tabDeleted: string;
    noDocumentLock: string;
    lockNotAcquired: string;
    lockStillHeld: string;
    lockAcquiredReleased: string;
    propertyRoundTrip: string;
    propertyDiffers: (value: string) => string;
    triggerCycle: string;
    triggerInstalled: (handler: string) => string;
    triggerNotListed: string;
    triggerStillListed: string;
    realTriggersChanged: string;
    opened: string;
    openedOther: string;
    quotaLeft: (count: number) => string;
    testEmailSent: string;
    testEmailNotAsked: string;
    parserWhole: (characters: number, globalName: string) => string;
    parserNotWhole: (characters: number) => string;
    parserNoGlobal: (characters: number, globalName: string) => string;
    /** What to do about any failure of the parser file, after what was seen. */
    parserHint: string;
    rows: (dataRows: number, sheetRows: number, cells: number) => string;
    noTasksTab: string;
    cells: (cells: number) => string;
    notes: (characters: number) => string;
  };
}

/** 10000000 → 10.000.000 / 10,000,000, without Intl (not every Apps Script runtime has every locale). */
function grouped(count: number, mark: string): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, mark);
}

const ES: CheckStrings = {
  title: 'Comprobar instalación',
  names: {
    text: 'El texto queda como texto',
    dates: 'Fechas',
    timeZones: 'Zonas horarias',
    conditionalFormats: 'Formatos condicionales',
    rowMetadata: 'Metadatos de fila',
    temporaryTab: 'Pestaña temporal',
    lock: 'Bloqueo del documento',
    documentProperty: 'Propiedad del documento',
    userProperty: 'Propiedad del usuario',
    trigger: 'Activador semanal',
    openFromTrigger: 'Abrir la hoja desde el activador',
    mailQuota: 'Cupo de correo',
    testEmail: 'Correo de prueba',
    parserFile: 'Archivo del analizador de la barra lateral',
    taskRows: 'Tamaño de Tareas',
    spreadsheetCells: 'Celdas de la hoja de cálculo',
    meetingNotes: 'Notas de reunión más largas',
  },
  statuses: { pass: 'OK', fail: 'FALLA', info: 'INFO', skipped: 'OMITIDO' },
  expectedLabel: 'Esperado',
  seenLabel: 'Visto',
  ranAt: 'Fecha',
  locale: 'Configuración regional',
  spreadsheetTimeZone: 'Zona horaria de la hoja',
  scriptTimeZone: 'Zona horaria del script',
  summary: (failed, total) =>
    failed === 0 ? `Las ${total} comprobaciones pasaron.` : `${failed} de ${total} comprobaciones fallaron.`,
  copyReport: 'Copiar informe',
  copied: 'Informe copiado.',
  copyFallback: 'Seleccioná el texto y copialo (Ctrl+C).',
  sendTestEmail: 'Enviarme un correo de prueba',
  runAgain: 'Comprobar de nuevo',
  running: 'Comprobando…',
  close: 'Cerrar',
  expected: {
    text: (count) => `${count} textos escritos como se escriben las tareas se leen idénticos, sin fórmula`,
    dates: 'Cada fecha límite se lee como el mismo día en la zona de la hoja',
    timeZones: 'Se muestran las dos zonas',
    conditionalFormats: 'Agregar y quitar una regla nuestra deja intacta la regla del cliente',
    temporaryTab: 'Las pruebas de la hoja usan una pestaña oculta que se borra al final',
    rowMetadata: (row) => `Tras insertar una fila arriba, el metadato de la fila pasa a la fila ${row}`,
    lock: 'El bloqueo se obtiene y se libera',
    property: 'Un valor guardado se lee idéntico',
    trigger:
      'Un activador semanal de prueba se crea, aparece en la lista y se borra; el real queda como estaba',
    openFromTrigger: 'openById abre esta hoja (el permiso que usa el activador semanal)',
    mailQuota: 'Queda cupo para enviar correos hoy',
    testEmail: 'Se envía un correo de prueba a quien comprueba',
    parserFile:
      'Parser.html está en el proyecto y llega como un solo script entero que define el analizador de notas',
    taskRows: (limit) => `Menos de ${grouped(limit, '.')} celdas en la pestaña`,
    spreadsheetCells: (limit) => `Menos de ${grouped(limit, '.')} celdas en total`,
    meetingNotes: (limit) => `Menos de ${grouped(limit, '.')} caracteres por celda`,
  },
  seen: {
    error: (message) => `Error: ${message}`,
    allIdentical: (count) => `Los ${count} idénticos`,
    becameFormula: (formula) => `fórmula ${formula}`,
    becameValue: (value, type) => `${value} (${type})`,
    datesAsWritten: 'Mismo día',
    noDate: 'sin fecha',
    zones: (spreadsheetZone, scriptZone) => `hoja ${spreadsheetZone}, script ${scriptZone}`,
    sameZone: 'iguales',
    differentZones: 'distintas: las fechas se convierten en la zona de la hoja',
    clientRuleKept: 'La regla del cliente sigue igual y las nuestras se quitaron',
    clientRuleChanged: (before, after) => `La regla del cliente cambió: ${before} → ${after}`,
    clientRuleGone: 'La regla del cliente desapareció',
    oursLeft: (count) => `Quedaron ${count} reglas nuestras`,
    oursNotAdded: 'No se agregó ninguna regla nuestra',
    metadataAt: (row) => `Fila ${row}`,
    metadataGone: 'El metadato desapareció',
    tabDeleted: 'Creada oculta y borrada',
    noDocumentLock: 'getDocumentLock() devolvió null',
    lockNotAcquired: 'tryLock devolvió false',
    lockStillHeld: 'Sigue tomado después de liberarlo',
    lockAcquiredReleased: 'Obtenido y liberado',
    propertyRoundTrip: 'Idéntico',
    propertyDiffers: (value) => `Se leyó ${value}`,
    triggerCycle: 'Creado, listado y borrado',
    triggerInstalled: (handler) =>
      `El activador real (${handler}) está instalado y aparece en la lista; no se creó otro porque un complemento admite uno solo por documento`,
    triggerNotListed: 'Creado pero no aparece en la lista',
    triggerStillListed: 'Sigue en la lista después de borrarlo',
    realTriggersChanged: 'Los otros activadores cambiaron',
    opened: 'Abierta',
    openedOther: 'Abrió otra hoja',
    quotaLeft: (count) => `Quedan ${count}`,
    testEmailSent: 'Enviado',
    testEmailNotAsked: 'No pedido',
    parserWhole: (characters, globalName) =>
      `Entero: ${grouped(characters, '.')} caracteres de código que definen ${globalName}`,
    parserNotWhole: (characters) =>
      `${grouped(characters, '.')} caracteres que no forman un elemento <script> entero: llegó cortado o alterado`,
    parserNoGlobal: (characters, globalName) =>
      `Los ${grouped(characters, '.')} caracteres del script no definen ${globalName}`,
    parserHint: 'Volvé a publicar con `npm run deploy`; Parser.html tiene que estar en el proyecto.',
    rows: (dataRows, sheetRows, cells) =>
      `${dataRows} ${dataRows === 1 ? 'tarea' : 'tareas'}, ${grouped(sheetRows, '.')} filas, ${grouped(cells, '.')} celdas`,
    noTasksTab: 'No hay pestaña de tareas todavía',
    cells: (cells) => `${grouped(cells, '.')} celdas`,
    notes: (characters) => `${grouped(characters, '.')} caracteres`,
  },
};

const EN: CheckStrings = {
  title: 'Check installation',
  names: {
    text: 'Text stays text',
    dates: 'Dates',
    timeZones: 'Time zones',
    conditionalFormats: 'Conditional formats',
    rowMetadata: 'Row metadata',
    temporaryTab: 'Temporary tab',
    lock: 'Document lock',
    documentProperty: 'Document property',
    userProperty: 'User property',
    trigger: 'Weekly trigger',
    openFromTrigger: 'Open the sheet from the trigger',
    mailQuota: 'Mail quota',
    testEmail: 'Test email',
    parserFile: "Sidebar's parser file",
    taskRows: 'Tasks tab size',
    spreadsheetCells: 'Spreadsheet cells',
    meetingNotes: 'Longest meeting notes',
  },
  statuses: { pass: 'PASS', fail: 'FAIL', info: 'INFO', skipped: 'SKIPPED' },
  expectedLabel: 'Expected',
  seenLabel: 'Seen',
  ranAt: 'Ran at',
  locale: 'Locale',
  spreadsheetTimeZone: 'Spreadsheet time zone',
  scriptTimeZone: 'Script time zone',
  summary: (failed, total) =>
    failed === 0 ? `All ${total} checks passed.` : `${failed} of ${total} checks failed.`,
  copyReport: 'Copy report',
  copied: 'Report copied.',
  copyFallback: 'Select the text and copy it (Ctrl+C).',
  sendTestEmail: 'Send me a test email',
  runAgain: 'Check again',
  running: 'Checking…',
  close: 'Close',
  expected: {
    text: (count) => `${count} texts written the way tasks are read back identical, with no formula`,
    dates: 'Each due date reads back as the same day in the spreadsheet time zone',
    timeZones: 'Both zones are shown',
    conditionalFormats: "Adding and removing one of our rules leaves the client's rule untouched",
    temporaryTab: 'The sheet checks use a hidden tab that is deleted at the end',
    rowMetadata: (row) => `After inserting a row above, the row's metadata moves to row ${row}`,
    lock: 'The lock is acquired and released',
    property: 'A stored value reads back identical',
    trigger: 'A test weekly trigger is created, listed and deleted; the real one is left as it was',
    openFromTrigger: 'openById opens this spreadsheet (the permission the weekly trigger uses)',
    mailQuota: 'Some email quota is left today',
    testEmail: 'A test email is sent to the person checking',
    parserFile:
      'Parser.html is in the project and comes back as one whole script that defines the notes parser',
    taskRows: (limit) => `Under ${grouped(limit, ',')} cells on the tab`,
    spreadsheetCells: (limit) => `Under ${grouped(limit, ',')} cells in all`,
    meetingNotes: (limit) => `Under ${grouped(limit, ',')} characters per cell`,
  },
  seen: {
    error: (message) => `Error: ${message}`,
    allIdentical: (count) => `All ${count} identical`,
    becameFormula: (formula) => `formula ${formula}`,
    becameValue: (value, type) => `${value} (${type})`,
    datesAsWritten: 'Same day',
    noDate: 'no date',
    zones: (spreadsheetZone, scriptZone) => `spreadsheet ${spreadsheetZone}, script ${scriptZone}`,
    sameZone: 'the same',
    differentZones: 'different: dates are converted in the spreadsheet zone',
    clientRuleKept: "The client's rule is unchanged and ours were removed",
    clientRuleChanged: (before, after) => `The client's rule changed: ${before} → ${after}`,
    clientRuleGone: "The client's rule is gone",
    oursLeft: (count) => `${count} of our rules were left`,
    oursNotAdded: 'None of our rules was added',
    metadataAt: (row) => `Row ${row}`,
    metadataGone: 'The metadata is gone',
    tabDeleted: 'Created hidden and deleted',
    noDocumentLock: 'getDocumentLock() returned null',
    lockNotAcquired: 'tryLock returned false',
    lockStillHeld: 'Still held after releasing it',
    lockAcquiredReleased: 'Acquired and released',
    propertyRoundTrip: 'Identical',
    propertyDiffers: (value) => `Read ${value}`,
    triggerCycle: 'Created, listed and deleted',
    triggerInstalled: (handler) =>
      `The real trigger (${handler}) is installed and listed; no other was created, as an add-on may have only one per document`,
    triggerNotListed: 'Created but not listed',
    triggerStillListed: 'Still listed after deleting it',
    realTriggersChanged: 'The other triggers changed',
    opened: 'Opened',
    openedOther: 'Opened another spreadsheet',
    quotaLeft: (count) => `${count} left`,
    testEmailSent: 'Sent',
    testEmailNotAsked: 'Not asked for',
    parserWhole: (characters, globalName) =>
      `Whole: ${grouped(characters, ',')} characters of code defining ${globalName}`,
    parserNotWhole: (characters) =>
      `${grouped(characters, ',')} characters that are not one whole <script> element: cut short or altered`,
    parserNoGlobal: (characters, globalName) =>
      `The script's ${grouped(characters, ',')} characters do not define ${globalName}`,
    parserHint: 'Push again with `npm run deploy`; Parser.html must be in the project.',
    rows: (dataRows, sheetRows, cells) =>
      `${dataRows} ${dataRows === 1 ? 'task' : 'tasks'}, ${grouped(sheetRows, ',')} rows, ${grouped(cells, ',')} cells`,
    noTasksTab: 'No Tasks tab yet',
    cells: (cells) => `${grouped(cells, ',')} cells`,
    notes: (characters) => `${grouped(characters, ',')} characters`,
  },
};

export const CHECK_STRINGS: Record<Language, CheckStrings> = { es: ES, en: EN };
