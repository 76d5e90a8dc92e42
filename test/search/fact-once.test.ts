/**
 * The start, end or occurrence of one happening named with "the", told on two weekdays, is one
 * day told two ways: the reports differ on the date (src/search/select/fact-once.ts). A happening
 * named "a fire", a phase that may recur ("continued"), another happening or articles far apart
 * keep the reports apart, as any two weekdays do. Two verbs of one phase ("started" / "broke
 * out") at one time are one predicate told in other words. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { analyseFact } from '../../src/search/select/fact-analysis.js';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { onceOnWeekday, phaseVerbOf } from '../../src/search/select/fact-once.js';

const sameDay = { published: ['2026-03-10', '2026-03-10'] as const };
const relation = (
  a: string,
  b: string,
  published: readonly [string, string] = sameDay.published,
) => {
  const r = classifyFacts(a, b, { published });
  return r.kind === 'different-fact' ? `${r.kind}: ${r.reason}` : r.kind;
};
const bothWays = (a: string, b: string, published?: readonly [string, string]) => [
  relation(a, b, published),
  relation(b, a, published),
];

describe('onceOnWeekday', () => {
  it('reads the happening and its phase on a weekday, with a definite subject', () => {
    expect(
      onceOnWeekday(analyseFact('The fire at the Tarrow warehouse broke out on Monday night.')),
    ).toEqual({ event: 'fire', phase: 'start' });
    expect(
      onceOnWeekday(analyseFact('The Tarrow council meeting took place on Thursday.')),
    ).toMatchObject({ phase: 'occur' });
  });

  it('reads nothing of "a fire", a phase that recurs, a verb with an event, or a date', () => {
    expect(onceOnWeekday(analyseFact('A fire broke out at the Tarrow warehouse on Monday.'))).toBe(
      null,
    );
    expect(onceOnWeekday(analyseFact('The Tarrow dock strike continued on Monday.'))).toBe(null);
    expect(onceOnWeekday(analyseFact('The Tarrow council approved the plan on Monday.'))).toBe(
      null,
    );
    expect(onceOnWeekday(analyseFact('The Tarrow warehouse fire started on Monday 9 March.'))).toBe(
      null,
    );
  });
});

describe('one happening told on two weekdays', () => {
  it('its start on Sunday and on Monday: sources differ on the date, both ways round', () => {
    expect(
      bothWays(
        'The fire at the Tarrow warehouse broke out on Monday night.',
        'The fire at the Tarrow warehouse started on Sunday night.',
      ),
    ).toEqual(['disagree', 'disagree']);
    expect(
      bothWays(
        'The Tarrow warehouse fire broke out late on Sunday, police said.',
        'The Tarrow warehouse fire broke out on Monday, police said.',
      ),
    ).toEqual(['disagree', 'disagree']);
  });

  it('its occurrence on Monday and on Thursday: sources differ', () => {
    const r = classifyFacts(
      'The Tarrow council meeting took place on Monday.',
      'The Tarrow council meeting took place on Thursday.',
      sameDay,
    );
    expect(r).toMatchObject({ kind: 'disagree', aspect: 'date' });
  });

  it('keeps apart what may recur or be two happenings', () => {
    const apart = 'different-fact: different days';
    // "A fire" may be another fire.
    expect(
      bothWays(
        'A fire broke out at the Tarrow warehouse on Monday night.',
        'A fire broke out at the Tarrow warehouse on Sunday night.',
      ),
    ).toEqual([apart, apart]);
    // A strike goes on day after day; a council meets week after week.
    expect(
      relation(
        'The strike at the Tarrow docks continued on Monday.',
        'The strike at the Tarrow docks continued on Tuesday.',
      ),
    ).toBe(apart);
    expect(
      relation('The Tarrow council met on Monday.', 'The Tarrow council met on Thursday.'),
    ).toBe(apart);
    // Two warehouses; a start and an end; a fire put out (a verb with an event of its own).
    expect(
      relation(
        'The fire at the Tarrow warehouse started on Monday night.',
        'The fire at the Halby warehouse started on Sunday night.',
      ),
    ).toBe(apart);
    expect(
      relation(
        'The Tarrow council meeting took place on Monday.',
        'The Tarrow council meeting ended on Thursday.',
      ),
    ).toBe(apart);
    expect(
      relation(
        'The fire at the Tarrow warehouse started on Monday night.',
        'The fire at the Tarrow warehouse was put out on Sunday night.',
      ),
    ).toBe(apart);
  });

  it('claims nothing of articles a fortnight apart, nor against a plan', () => {
    expect(
      relation(
        'The fire at the Tarrow warehouse broke out on Monday night.',
        'The fire at the Tarrow warehouse started on Sunday night.',
        ['2026-03-10', '2026-03-24'],
      ),
    ).toBe('different-fact: different days');
    expect(
      relation(
        'The fire at the Tarrow warehouse started on Monday night.',
        'The fire at the Tarrow warehouse will start on Sunday night.',
      ),
    ).toMatch(/^different-fact/);
  });
});

describe('two verbs of one phase at one time', () => {
  it('reads "broke out" and "started" of one fire on one night as one fact', () => {
    expect(
      bothWays(
        'The fire at the Tarrow warehouse started on Monday night.',
        'The fire at the Tarrow warehouse broke out on Monday night.',
      ),
    ).toEqual(['same-fact', 'same-fact']);
    expect(
      phaseVerbOf(analyseFact('The fire at the Tarrow warehouse broke out on 9 March.')),
    ).toEqual({ term: 'broke', phase: 'start' });
  });

  it('does not read a start and an end as one', () => {
    expect(
      relation(
        'The fire at the Tarrow warehouse started on Monday night.',
        'The fire at the Tarrow warehouse ended on Monday night.',
      ),
    ).toMatch(/^different-fact/);
  });
});
