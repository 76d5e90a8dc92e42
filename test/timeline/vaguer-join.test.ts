/**
 * A quote joins an entry of another source only at a date it gives for that event: a sentence
 * dated to one day ("on Monday") is not a second source of another day of the month through a
 * vaguer date it also holds ("last week's fire"). And a plan ("would run … until the end of the
 * month") is not the outcome ("ended on Thursday"). Invented harbour articles.
 */
import { describe, expect, it } from 'vitest';
import { entrySources, one, type FixtureArticle } from './fixtures.js';

const entries = (...articles: FixtureArticle[]) => entrySources(articles, true);

/** Tuesday 10 March 2026: "yesterday" is Monday 9 March. */
const RADIO = one(
  'radio',
  '2026-03-10',
  'Inspectors said yesterday that the blaze started in a store room behind the harbour office.',
);

describe('a sentence dated to a day does not join another day through a vaguer date', () => {
  it('"said on Monday [16th] … last week’s blaze" is not a source of the 9th', () => {
    const courier = one(
      'courier',
      '2026-03-16',
      'Inspectors said on Monday that a wiring fault in a store room caused last week’s blaze at the harbour office.',
    );
    const shown = entries(RADIO, courier);
    expect(shown).toContain('2026-03-09: radio');
    expect(shown).toContain('2026-03-16: courier');
    expect(shown.filter((e) => e.includes('radio') && e.includes('courier'))).toEqual([]);
  });

  it('a month-only sentence still joins a day of that month', () => {
    const monthly = one(
      'monthly',
      '2026-04-20',
      'Inspectors said in March that the blaze started in a store room behind the harbour office.',
    );
    expect(entries(RADIO, monthly)).toEqual(['2026-03-09: radio, monthly']);
  });

  it('a day of another month in the sentence does not keep its month from a day of that month', () => {
    const closed = one(
      'closed',
      '2026-03-10',
      'The harbour office closed yesterday after the blaze in its store room.',
    );
    const later = one(
      'later',
      '2026-04-20',
      'The harbour office, which opened on 3 May 2019, closed in March after the blaze in its store room.',
    );
    const shown = entries(closed, later);
    expect(shown).toContain('2026-03-09: closed, later');
    expect(shown).toContain('2019-05-03: later');
    // A day of that same month still keeps it apart.
    const sameMonth = one(
      'same',
      '2026-04-20',
      'The harbour office, which reopened on 30 March, closed in March after the blaze in its store room.',
    );
    expect(entries(closed, sameMonth)).toContain('2026-03-09: closed');
  });
});

describe('a saying shared is no evidence of one event', () => {
  it('"made redundant last October, the report confirms" is no source of "confirmed yesterday"', () => {
    const day = one(
      'day',
      '2025-10-07',
      'The last harbour ferry will sail on October 31, the operator confirmed yesterday, ending its service.',
    );
    const month = one(
      'month',
      '2026-08-21',
      'Ferry crews who were made redundant last October were paid in January, the report confirms.',
    );
    const shown = entries(day, month);
    expect(shown).toContain('2025-10: month');
    expect(shown.filter((e) => e.includes('day') && e.includes('month'))).toEqual([]);
  });

  it('"In May, he told the Gazette" is no source of "were told to expect … last Thursday"', () => {
    const day = one(
      'day',
      '2025-05-12',
      'The ferry boss denied the operator faced closure, after crews were told to expect bad news at a meeting last Thursday.',
    );
    const month = one(
      'month',
      '2025-09-16',
      'In May, the ferry boss told the Gazette: "The operator is not facing closure."',
    );
    const shown = entries(day, month);
    expect(shown).toContain('2025-05: month');
    expect(shown.filter((e) => e.includes('day') && e.includes('month'))).toEqual([]);
  });
});

describe('a plan is not its outcome', () => {
  it('"would run … until the end of the month" and "ended on Thursday" stay apart', () => {
    const plan = one(
      'plan',
      '2026-03-10',
      'The operator said that ferries would run from the old pier until the end of the month.',
    );
    const outcome = one(
      'outcome',
      '2026-03-13',
      'The operator said the temporary ferry service from the old pier ended on Thursday.',
    );
    const shown = entries(plan, outcome);
    expect(shown).toContain('2026-03-12: outcome');
    expect(shown.filter((e) => e.includes('plan') && e.includes('outcome'))).toEqual([]);
  });
});

describe('a month-only quote joins a day only when it reports the same action', () => {
  /** Saturday 8 March 2025: "yesterday afternoon" is Friday 7 March. */
  const notice = one(
    'notice',
    '2025-03-08',
    'Harbour Water issued the notice yesterday afternoon after tests confirmed parasites at its Mill Lane treatment works.',
  );

  it('the same works and month, another action: an entry of its own', () => {
    const court = one(
      'court',
      '2026-02-21',
      'The court heard that the filter unit at Mill Lane had been switched off for 11 days in February and March 2025.',
    );
    const admits = one(
      'admits',
      '2025-09-18',
      'Harbour Water has admitted that its treatment filter at Mill Lane was not working when parasites entered the supply in March.',
    );
    const shown = entries(notice, court, admits);
    expect(shown).toContain('2025-03-07: notice');
    expect(
      shown.filter((e) => e.includes('notice') && e.length > '2025-03-07: notice'.length),
    ).toEqual([]);
  });

  it('the same action, said of the month: one entry', () => {
    const monthly = one(
      'monthly',
      '2025-06-13',
      'Harbour Water issued the notice in March after tests confirmed parasites at Mill Lane.',
    );
    expect(entries(notice, monthly)).toEqual(['2025-03-07: notice, monthly']);
  });

  it('the action told by a noun in the sharper quote: one entry', () => {
    const evacuated = one(
      'evacuated',
      '2025-06-13',
      'Families on Mill Lane were evacuated in March after the harbour wall cracked.',
    );
    const evacuation = one(
      'evacuation',
      '2025-03-08',
      'The evacuation of Mill Lane families yesterday followed a crack in the harbour wall.',
    );
    expect(entries(evacuated, evacuation)).toEqual(['2025-03-07: evacuated, evacuation']);
  });
});

describe('the action of a date in a "that" clause is that clause’s verb', () => {
  /** Tuesday 1 April 2025. */
  const closure = one(
    'closure',
    '2025-04-01',
    'The council said the Mill Lane treatment plant will close on 12 May for repairs.',
  );

  it('"said that the plant will reopen in May" is no source of the closure', () => {
    const reopening = one(
      'reopening',
      '2025-04-02',
      'The council said that the Mill Lane treatment plant will reopen in May.',
    );
    const shown = entries(closure, reopening);
    expect(shown).toContain('2025-05-12 future: closure');
    expect(shown).toContain('2025-05 future: reopening');
  });

  it('"said that the plant will close in May" is', () => {
    const monthly = one(
      'monthly',
      '2025-04-02',
      'The council said that the Mill Lane treatment plant will close in May.',
    );
    expect(entries(closure, monthly)).toContain('2025-05-12 future: closure, monthly');
  });
});

describe("a month's act joins a day only as the act that day dates", () => {
  // Friday 13 March 2026: the ferry's voyage ended that day ("which ended … last Friday",
  // published Monday 16 March); the falling ill is told, undated, in the main clause.
  const day = one(
    'day',
    '2026-03-16',
    'Nearly two hundred passengers fell ill on the voyage, which ended two days early in Wrenby last Friday.',
  );

  it('"fell ill … in March" is no source of the day a relative clause dates the ending', () => {
    const month = one(
      'month',
      '2026-04-21',
      'The inquiry found that 218 passengers fell ill during the outbreak in March.',
    );
    const shown = entries(day, month);
    expect(shown).toContain('2026-03-13: day');
    expect(shown).toContain('2026-03: month');
  });

  it('"the voyage ended in March" still is', () => {
    const month = one(
      'month',
      '2026-04-21',
      'The inquiry found that the voyage ended early in March because so many passengers fell ill.',
    );
    expect(entries(day, month)).toContain('2026-03-13: day, month');
  });
});
