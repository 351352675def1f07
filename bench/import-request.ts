// An import of a given number of tasks as the sidebar sends it: a few objectives, tasks with owners, dates, priorities.
import { addDays } from '../src/core/dates/calendar';
import type { IsoDate, Priority } from '../src/core/types';
import type { ImportObjective, ImportRequest, ImportTask } from '../src/server/api';

const OWNERS = ['Sofi', 'Martina', 'Lucas', 'Marta Gómez', 'Juan'];
const PRIORITIES: Array<Priority | null> = ['high', 'medium', null, 'low'];
const ACTIONS = [
  'Actualizar los precios de',
  'Mandar las fotos de',
  'Llamar al proveedor de',
  'Revisar el presupuesto de',
];
const SUBJECTS = ['la carta', 'las medialunas', 'las cajas', 'la web', 'el newsletter', 'la vidriera'];

function objectives(meetingDate: IsoDate): ImportObjective[] {
  return ['Llegar a 40 pedidos por semana', 'Ordenar las finanzas del local', 'Lanzar la tienda online'].map(
    (text, index) => ({
      id: `O${index + 1}`,
      text: `${text} antes de fin de junio`,
      due: addDays(meetingDate, 90 + index * 7),
      owners: [OWNERS[index] ?? 'Sofi'],
      smart: { specific: true, measurable: index !== 1, achievable: null, realistic: null, timeBound: true },
    }),
  );
}

function task(index: number, meetingDate: IsoDate, objectiveCount: number): ImportTask {
  const action = ACTIONS[index % ACTIONS.length] ?? '';
  const subject = SUBJECTS[index % SUBJECTS.length] ?? '';
  return {
    id: `T${index + 1}`,
    text: `${action} ${subject} (${index + 1})`,
    owners: index % 9 === 8 ? [] : [OWNERS[index % OWNERS.length] ?? 'Sofi'],
    due: index % 7 === 6 ? null : addDays(meetingDate, (index % 21) + 1),
    priority: PRIORITIES[index % PRIORITIES.length] ?? null,
    objective: index % 4 === 3 ? null : `O${(index % objectiveCount) + 1}`,
  };
}

export function importRequest(taskCount: number, meetingDate: IsoDate): ImportRequest {
  const linked = objectives(meetingDate);
  return {
    meeting: { date: meetingDate, title: 'Reunión semanal', notes: 'Notas de la reunión con el cliente' },
    language: 'es',
    objectives: linked,
    tasks: Array.from({ length: taskCount }, (_, index) => task(index, meetingDate, linked.length)),
  };
}
