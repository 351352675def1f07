// How observations become pass or fail: text that changed, dates a day off, rules, metadata, lock, triggers, sizes.
import {
  dateVerdict,
  lockVerdict,
  meetingNotesVerdict,
  rowMetadataVerdict,
  rulesVerdict,
  textVerdict,
  triggerVerdict,
} from '../../../src/core/check';

const kept = (written: string) => ({ written, value: written, type: 'text' as const, formula: '' });

describe('text verdict', () => {
  it('passes when every payload reads back as the same text', () => {
    expect(textVerdict([kept('+1'), kept('0012')], 'en').status).toBe('pass');
  });

  it('fails naming only the payloads that changed, and what they became', () => {
    const verdict = textVerdict(
      [kept('0012'), { written: '+1', value: 1, type: 'number', formula: '' }],
      'en',
    );
    expect(verdict.status).toBe('fail');
    expect(verdict.seen).toBe('"+1" → 1 (number)');
  });

  it('fails a payload that became a formula even if it shows the same text', () => {
    const verdict = textVerdict([{ written: '=A1', value: '=A1', type: 'text', formula: '=A1' }], 'en');
    expect(verdict.status).toBe('fail');
  });

  it('shows a tab or a line break at the start of a payload', () => {
    const verdict = textVerdict([{ written: '\t=1', value: '=1', type: 'text', formula: '' }], 'en');
    expect(verdict.seen).toBe('"\\t=1" → "=1" (text)');
  });
});

describe('date verdict', () => {
  it('fails with the day each date came back as', () => {
    const verdict = dateVerdict(
      [
        { written: '2026-03-10', read: '2026-03-10' },
        { written: '2026-09-10', read: '2026-09-09' },
      ],
      'en',
    );
    expect(verdict).toEqual({ status: 'fail', seen: '2026-09-10 → 2026-09-09' });
  });
});

describe('controls verdicts', () => {
  const rules = { clientBefore: 'TEXT_CONTAINS ["x"] #fff A2:B20', oursAdded: 1, oursLeft: 0 };

  it("fails when the client's rule changed, showing before and after", () => {
    const verdict = rulesVerdict({ ...rules, clientAfter: 'TEXT_CONTAINS ["x"] #fff A3:B21' }, 'en');
    expect(verdict.status).toBe('fail');
    expect(verdict.seen).toContain('A2:B20 → TEXT_CONTAINS ["x"] #fff A3:B21');
  });

  it("passes when the client's rule is the same and ours are gone", () => {
    expect(rulesVerdict({ ...rules, clientAfter: rules.clientBefore }, 'en').status).toBe('pass');
  });

  it('fails when metadata stayed on its old row', () => {
    const stayed = rowMetadataVerdict(3, 'en');
    expect(stayed.status).toBe('fail');
    expect(stayed.seen).toContain('3');
    expect(rowMetadataVerdict(4, 'en').status).toBe('pass');
  });
});

describe('service verdicts', () => {
  it('fails a lock that is null outside a document before anything else', () => {
    const verdict = lockVerdict({ documentLock: false, acquired: false, heldAfterRelease: false }, 'en');
    expect(verdict.seen).toContain('null');
  });

  it('fails a trigger cycle that deleted another trigger', () => {
    const verdict = triggerVerdict(
      { existingHandler: null, listedAfterCreate: true, listedAfterDelete: false, othersUnchanged: false },
      'en',
    );
    expect(verdict.status).toBe('fail');
  });

  it('fails meeting notes at the cell limit and passes short ones', () => {
    expect(meetingNotesVerdict(50_000, 'en').status).toBe('fail');
    expect(meetingNotesVerdict(3_000, 'en').status).toBe('pass');
  });
});
