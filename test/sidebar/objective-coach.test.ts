// The coach in the preview: the rewrite replaces the objective's text, is re-read, and reaches the import request.
import { smartFlags } from '../../src/core/smart';
import {
  buildImportRequest,
  buildPreview,
  editObjective,
  type ObjectiveEdits,
} from '../../src/sidebar/view-model';
import { objective, result } from './fixtures';

const text = 'Mejorar la presencia en Instagram';
const vague = result({
  objectives: [
    objective({ id: 'O1', text, line: 2, smart: smartFlags({ text, dueText: null, language: 'es' }) }),
  ],
});
const meeting = { date: '2026-03-12', title: '', notes: '' };

it('proposes the rewrite with its reasons', () => {
  const row = buildPreview(vague, []).objectives[0]!;
  expect(row.coaching.rewrite).toBe('Llegar a ___ seguidores en Instagram antes del ___');
  expect(row.coaching.measurable.reason).toContain('Agregá un número');
});

it('puts the rewrite in the request, blanks and all, and keeps it after a re-parse', () => {
  const edits = new Map<string, ObjectiveEdits>();
  const row = buildPreview(vague, [], edits).objectives[0]!;
  editObjective(edits, row, { text: row.coaching.rewrite!, achievable: true, realistic: true });
  const again = buildPreview(vague, [], edits);
  const sent = buildImportRequest(again, meeting, 'es').objectives[0]!;
  expect(sent.text).toBe('Llegar a ___ seguidores en Instagram antes del ___');
  // Blanks left empty are not a number nor a date yet; the new verb already makes it specific.
  expect(sent.smart).toEqual({
    specific: true,
    measurable: false,
    achievable: true,
    realistic: true,
    timeBound: false,
  });
});

it('passes S, M and T once the VA fills the blanks', () => {
  const edits = new Map<string, ObjectiveEdits>();
  const row = buildPreview(vague, [], edits).objectives[0]!;
  editObjective(edits, row, { text: 'Llegar a 500 seguidores en Instagram antes del 30/06' });
  expect(row.smart).toMatchObject({ specific: true, measurable: true, timeBound: true });
  expect(row.coaching.rewrite).toBeNull();
});
