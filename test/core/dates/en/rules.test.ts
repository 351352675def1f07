// Every rule of the dates spec in English, against fixed meeting dates on several weekdays and edges.
import { dueDate, dueMatch, REFERENCE } from '../helpers';

const { thursday, friday, saturday, sunday, monthEnd, yearEnd, januaryEnd } = REFERENCE;

describe('English due dates', () => {
  it.each([
    ['Send the invoice March 20, 2026', thursday, '2026-03-20'],
    ['Send the invoice 2026-03-20', thursday, '2026-03-20'],
    ['Send the invoice 3/20/2026', thursday, '2026-03-20'],
    ['Send the invoice 20 March 2026', yearEnd, '2026-03-20'],
    ['make up your mind by the end of 5th March 2019', '2019-02-21', '2019-03-05'],
  ])('full date: %s (meeting %s) -> %s', (text, reference, expected) => {
    expect(dueDate('en', reference, text)).toBe(expected);
  });

  it.each([
    ['draft 3 posts — due 9/30', '2026-09-15', '2026-09-30', false],
    ['Book 12 parties by 11/15', '2026-10-06', '2026-11-15', false],
    ['Sell 400 cases by 18/12', '2026-10-12', '2026-12-18', true],
    ['Fix the button → Dev → 30/4 → – → –', friday, '2026-04-30', true],
    ['Send it March 20th', thursday, '2026-03-20', false],
    ['Send it March 10th', thursday, '2027-03-10', false],
    ['have it completed by friday sept 20', '2024-09-17', '2024-09-20', false],
    ['Completing the Project Plan by 10th November', '2022-11-07', '2022-11-10', true],
  ])('date without year: %s (meeting %s) -> %s', (text, reference, expected, dayFirst) => {
    expect(dueDate('en', reference, text, dayFirst)).toBe(expected);
  });

  it.each([
    ['pay the rent by the 15th', thursday, '2026-03-15'],
    ['pay the rent on the 5th', thursday, '2026-04-05'],
    ['pay the rent before the 31st', '2026-04-10', '2026-05-31'],
    ['pay the rent by the 1st', yearEnd, '2027-01-01'],
    ['van MOT booked for the 9th, take it in', thursday, '2026-04-09'],
    ['a donor list before the December board meeting on the 10th', thursday, '2026-12-10'],
    ['send your availability for June by the 15th', thursday, '2026-03-15'],
  ])('day of month alone: %s (meeting %s) -> %s', (text, reference, expected) => {
    expect(dueDate('en', reference, text)).toBe(expected);
  });

  it.each([
    ['share the deck by next Wed', thursday, '2026-03-18'],
    ['CI pipeline by Tues', thursday, '2026-03-17'],
    ['submit your PTO by end of next week', thursday, '2026-03-20'],
    ['the wed photos are in the shared drive', thursday, null],
  ])(
    'abbreviated weekday after a deadline word, end of next week: %s (meeting %s) -> %s',
    (text, reference, expected) => {
      expect(dueDate('en', reference, text)).toBe(expected);
    },
  );

  it.each([
    ['set up the reminders by Friday', thursday, '2026-03-13'],
    ['call the client Thursday', thursday, '2026-03-19'],
    ['call the client next Friday', thursday, '2026-03-13'],
    ['call the client this Friday', thursday, '2026-03-13'],
    ['call the client on Monday', thursday, '2026-03-16'],
    ['Update the price list → Sian → Friday → high', friday, '2026-05-01'],
    ['Count the paper stock Saturday', friday, '2026-04-25'],
    ['call the client by Wednesday', saturday, '2026-02-25'],
    ['call the client by Sunday', sunday, '2026-03-22'],
    ['call the client by Friday', monthEnd, '2026-04-03'],
    ['call the client by Monday', yearEnd, '2027-01-04'],
  ])('weekday, strictly after the meeting: %s (meeting %s) -> %s', (text, reference, expected) => {
    expect(dueDate('en', reference, text)).toBe(expected);
  });

  it.each([
    ['ship it Friday next week', thursday, '2026-03-20'],
    ['ship it Monday next week', friday, '2026-04-27'],
  ])('weekday of next week: %s (meeting %s) -> %s', (text, reference, expected) => {
    expect(dueDate('en', reference, text)).toBe(expected);
  });

  it.each([
    ['fix the caption today', thursday, '2026-03-12'],
    ['fix the caption EOD', thursday, '2026-03-12'],
    ['send the floor plans tomorrow', thursday, '2026-03-13'],
    ['send the floor plans tomorrow', yearEnd, '2027-01-01'],
    ['send the floor plans the day after tomorrow', thursday, '2026-03-14'],
  ])('today, tomorrow, the day after: %s (meeting %s) -> %s', (text, reference, expected) => {
    expect(dueDate('en', reference, text)).toBe(expected);
  });

  it.each([
    ['Review the contract in 10 days', '2026-03-19', '2026-03-29'],
    ['Review the contract in 3 days', thursday, '2026-03-15'],
    ['Email the offer in two weeks', thursday, '2026-03-26'],
    ['Email the offer in a fortnight', friday, '2026-05-08'],
    ['get through the rest in the next 2 weeks', '2021-05-05', '2021-05-19'],
    ['renew in a month', januaryEnd, '2026-02-28'],
    ['renew within 2 months', thursday, '2026-05-12'],
  ])('in N days, weeks, months: %s (meeting %s) -> %s', (text, reference, expected) => {
    expect(dueDate('en', reference, text)).toBe(expected);
  });

  it.each([
    ['Set up the form this week', thursday, '2026-03-13'],
    ['Set up the form this week', friday, '2026-04-24'],
    ['Set up the form EOW', saturday, '2026-02-27'],
    ['Set up the form by end of the week', sunday, '2026-03-20'],
    ['Record the video next week', thursday, '2026-03-20'],
    ['Record the video next week', saturday, '2026-02-27'],
    ['Record the video next week', yearEnd, '2027-01-08'],
    ['draft the newsletter over the weekend', thursday, '2026-03-15'],
    ['draft the newsletter this weekend', sunday, '2026-03-15'],
    ['draft the newsletter next weekend', thursday, '2026-03-22'],
  ])('weeks and weekends: %s (meeting %s) -> %s', (text, reference, expected) => {
    expect(dueDate('en', reference, text)).toBe(expected);
  });

  it.each([
    ['Update the pricing page end of month', thursday, '2026-03-31'],
    ['taste-test the stout by the end of the month', saturday, '2026-02-28'],
    ['renew the license EOM', monthEnd, '2026-03-31'],
    ['book the venue next month', thursday, '2026-04-30'],
    ['book the venue next month', yearEnd, '2027-01-31'],
    ['cut turnaround by end of May', friday, '2026-05-31'],
    ['launch by late March', thursday, '2026-03-31'],
    ['launch by end of March', friday, '2027-03-31'],
    ['launch mid June', thursday, '2026-06-15'],
    ['raise the money by end of June 2027', thursday, '2027-06-30'],
    ['grow the tutors to 80 by the end of 2027', thursday, '2027-12-31'],
    ['sell 40 boxes by December', thursday, '2026-12-31'],
    ['holiday card list, wk of 12/7', thursday, '2026-12-11'],
    ['fitting w/c 3/16', thursday, '2026-03-20'],
    ['launch mid June, 2027', thursday, '2027-06-15'],
    ['launch mid-June', yearEnd, '2027-06-15'],
    ['close the books by the end of the year', thursday, '2026-12-31'],
    ['close the books this month', thursday, '2026-03-31'],
  ])('months and the year: %s (meeting %s) -> %s', (text, reference, expected) => {
    expect(dueDate('en', reference, text)).toBe(expected);
  });

  it.each([
    ['the first week of April', thursday, '2026-04-03'],
    ['the second week of April', thursday, '2026-04-10'],
  ])('ordinal weeks: %s (meeting %s) -> %s', (text, reference, expected) => {
    expect(dueDate('en', reference, text)).toBe(expected);
  });

  it('takes the later of two deadlines offered', () => {
    expect(dueDate('en', thursday, 'reply today or tomorrow')).toBe('2026-03-13');
  });

  it.each(['we met yesterday', 'sent last Friday', 'done last week', 'two days ago'])(
    'gives no date for a past phrase, and says it is past: %s',
    (text) => {
      expect(dueMatch('en', thursday, text)).toMatchObject({ date: null, past: true });
    },
  );

  it.each(['Send the deck ASAP', 'reply soon', 'as soon as possible', 'whenever you can'])(
    'gives no date for a vague phrase: %s',
    (text) => {
      expect(dueMatch('en', thursday, text)).toMatchObject({ date: null, vague: true });
    },
  );

  it.each([
    ['meet on Friday at 3pm', '2026-03-13', 'on Friday at 3pm'],
    ['call tomorrow at 10:30', '2026-03-13', 'tomorrow at 10:30'],
    ['call TOMORROW', '2026-03-13', 'TOMORROW'],
  ])('drops the time of day and ignores case: %s', (text, expected, phrase) => {
    expect(dueMatch('en', thursday, text)).toMatchObject({ date: expected, text: phrase });
  });

  it('reads a quarter led in by a preposition as its last day', () => {
    expect(dueDate('en', thursday, 'launch the shop by Q3')).toBe('2026-09-30');
    expect(dueDate('en', friday, 'launch the shop in Q1')).toBe('2027-03-31');
  });

  describe('numeric dates', () => {
    it('reads M/D in notes with no D/M evidence, and flags a date that could be either', () => {
      expect(dueMatch('en', thursday, 'send it by 10/11', false)).toMatchObject({
        date: '2026-10-11',
        ambiguous: true,
      });
      expect(dueMatch('en', thursday, 'send it by 3/20', false)).toMatchObject({
        date: '2026-03-20',
        ambiguous: false,
      });
    });

    it('reads D/M when the notes show it, with nothing ambiguous', () => {
      expect(dueMatch('en', thursday, 'send it by 10/11', true)).toMatchObject({
        date: '2026-11-10',
        ambiguous: false,
      });
    });

    it('lets a weekday next to an ambiguous date settle which reading is meant', () => {
      expect(dueMatch('en', '2019-04-01', 'Tuesday 9/04', false)).toMatchObject({
        date: '2019-04-09',
        ambiguous: false,
      });
      expect(dueMatch('en', '2019-04-01', 'Wednesday 9/04', false)).toMatchObject({
        date: '2019-09-04',
        ambiguous: false,
      });
    });

    it('takes an abbreviated weekday into the date after it, and lets it settle the reading', () => {
      expect(dueMatch('en', '2026-03-01', 'send it Fri 3/13', false)).toMatchObject({
        text: 'Fri 3/13',
        date: '2026-03-13',
      });
      expect(dueMatch('en', '2026-03-01', 'send it Fri. 6/3', false)).toMatchObject({
        date: '2026-03-06',
        ambiguous: false,
      });
    });

    it('reads a date that can only be D/M as D/M even in M/D notes', () => {
      expect(dueDate('en', thursday, 'send it by 21/11', false)).toBe('2026-11-21');
    });
  });

  it('gives the phrase with its lead-in so the caller can cut it out', () => {
    const text = 'Tom to set up the booking reminder emails by Friday (high priority)';
    const match = dueMatch('en', thursday, text);
    expect(match?.text).toBe('by Friday');
    expect(text.slice(match?.span.start, match?.span.end)).toBe('by Friday');
  });
});
