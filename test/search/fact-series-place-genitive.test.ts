/**
 * Untrue "also reported by" and "sources differ" an outside tester found (session 70), on
 * invented sentences: ordinals before one noun name two members of a series ("the first case" /
 * "the fourth case", fact-series-members.ts; Huddleston & Pullum 2002, ch. 5); a place written
 * only in a relative clause is that clause's event's place, no ground for "sources differ"
 * (fact-described-event-place.ts; Quirk et al. 1985, §17.8ff); a word after a genitive is a
 * noun, not the clause's act ("the clinic's waiting room had coped", fact-genitive-head.ts), so
 * two statements of one speaker about one room are not one fact. Related with the synonyms an
 * index over the two sentences would hold, each way round. One fact told twice stays joined.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { ordinalsByNoun, seriesMembersApart } from '../../src/search/select/fact-series-members.js';
import { placeOnlyDescribing } from '../../src/search/select/fact-described-event-place.js';
import { followsGenitive } from '../../src/search/select/fact-genitive-head.js';
import { synonymsFor } from '../support/index-synonyms.js';

/** The relation of `a` and `b`, each way round, with their words' synonyms. */
const related = (a: string, b: string, published: [string | null, string | null] = [null, null]) =>
  [a, b].map((x) => {
    const y = x === a ? b : a;
    const dates: [string | null, string | null] =
      x === a ? published : [published[1], published[0]];
    return classifyFacts(x, y, { published: dates, synonyms: synonymsFor(a, b) }).kind;
  });

describe('ordinals naming two members of a series', () => {
  const first = 'The first case was confirmed at Kelby Primary School on Monday.';
  const fourth =
    "The fourth case, a sister of one of the first three pupils, was confirmed a week after the school's first case.";

  it('keep a first case and a fourth case apart, though the fourth is dated from the first', () => {
    expect(related(first, fourth)).toEqual(['different-fact', 'different-fact']);
  });

  it('read the first mention of each noun, and no cardinal after an ordinal', () => {
    expect(ordinalsByNoun(fourth).get('case')).toBe(4);
    expect(seriesMembersApart(first, fourth)).toBe(true);
    expect(seriesMembersApart(first, 'The first case was confirmed on 3 May.')).toBe(false);
    expect(seriesMembersApart('The first ferry sailed.', 'The second crossing was calm.')).toBe(
      false,
    );
  });

  it('leave one case told twice joined', () => {
    expect(
      related(first, 'The first case was confirmed on Monday at Kelby Primary School.'),
    ).toEqual(['same-fact', 'same-fact']);
  });
});

describe('a place only in a relative clause', () => {
  const confirmed = 'The first case was confirmed at Ostby Primary School on Monday.';
  const over =
    'The outbreak that began at St Bede’s Primary School has been declared over after six weeks without a new case.';

  it('is no place of the report, so the sources do not differ on it', () => {
    expect(related(confirmed, over)).toEqual(['different-fact', 'different-fact']);
    expect(placeOnlyDescribing(over, ['St Bede’s Primary School'])).toBe(true);
    expect(placeOnlyDescribing(confirmed, ['Ostby Primary School'])).toBe(false);
    expect(
      placeOnlyDescribing('Officials said that cases at Ostby Primary School rose.', [
        'Ostby Primary School',
      ]),
    ).toBe(false);
  });

  it('leaves two places of one event a disagreement', () => {
    expect(
      related(confirmed, 'The first case was confirmed at Marlow Primary School on Monday.'),
    ).toEqual(['disagree', 'disagree']);
  });
});

describe('a word after a genitive', () => {
  const lessons =
    'Dr Anna Pell, a consultant, said the clinic had learned lessons about treating patients in a crowded waiting room.';
  const coped = "Dr Pell said the clinic's waiting room had coped, but only just.";

  it('is no act, so two statements of one speaker are two facts', () => {
    expect(related(lessons, coped)).toEqual(['different-fact', 'different-fact']);
    expect(followsGenitive(coped, coped.indexOf('waiting'))).toBe(true);
    expect(followsGenitive("It's gone.", 5)).toBe(false);
  });

  it('leaves one statement told twice joined', () => {
    expect(
      related(
        'Dr Anna Pell said the clinic had learned lessons about treating patients.',
        'Dr Pell said the clinic had learned lessons about treating patients.',
      ),
    ).toEqual(['same-fact', 'same-fact']);
  });
});
