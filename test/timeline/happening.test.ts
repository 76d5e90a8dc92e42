/**
 * Reports whose verb tells only that something began or happened ("started", "broke out", "took
 * place") tell of their subject: two of them are one entry only when the subjects agree (a fire
 * and a strike are two events, whatever place and verb they share), and may be one when they do
 * with different verbs. Any two reports of one day are one entry only when one tells the other's
 * act or names its actor: a place shared is not enough. Invented moor, ferry, regatta, food bank
 * and pool reports.
 */
import { describe, expect, it } from 'vitest';
import { actorOf, happeningOf } from '../../src/timeline/happening.js';
import { buildTimeline } from '../../src/timeline/index.js';
import { corpusOf } from './fixtures.js';

// Monday 4 May 2026: Saturday is 2 May.
const MONDAY = '2026-05-04';
const entriesOf = (...sentences: string[]) =>
  buildTimeline(
    corpusOf(...sentences.map((s, i) => ({ id: `a${i}`, published: MONDAY, paragraphs: [[s]] }))),
  ).map((e) => [e.date, e.quotes.map((q) => q.source.id)]);

const happening = (sentence: string, date: string) => {
  const at = sentence.indexOf(date);
  return happeningOf(sentence, at, at + date.length);
};

describe('happeningOf', () => {
  it.each([
    ['The Orlby moor fire started on Saturday.', 'fire'],
    ['The fire at Orlby mill started on Saturday.', 'fire'],
    ['A fire broke out at Orlby mill on Saturday.', 'fire'],
    ['The Orlby ferry strike started on Saturday 2 May at the quay.', 'strike'],
    ['The Orlby Regatta took place on Saturday.', 'regatta'],
    // wink-nlp tags "moor" as a verb: between an article and a noun it is the noun's modifier,
    // and the subject of a clause a date opens comes after the date.
    ['On Saturday, the Orlby moor fire started.', 'fire'],
    ['On Saturday a moor fire broke out near Orlby.', 'fire'],
  ])('"%s" tells of a %s', (sentence, noun) => {
    expect(happening(sentence, 'Saturday')).toBe(noun);
  });

  it.each([
    'Police arrested three men in Orlby on Saturday.',
    'It started on Saturday.',
    'Crews took the ferry out on Saturday.',
  ])('is null when the verb tells the event or no noun is its subject: "%s"', (sentence) => {
    expect(happening(sentence, 'Saturday')).toBeNull();
  });
});

describe('merging reports of what started', () => {
  it('keeps a fire and a strike apart, though both started in Orlby that day', () => {
    expect(
      entriesOf(
        'The Orlby moor fire started on Saturday.',
        'The Orlby ferry strike started on Saturday 2 May at the quay.',
      ),
    ).toEqual([
      ['2026-05-02', ['a0']],
      ['2026-05-02', ['a1']],
    ]);
  });

  it('keeps them apart when the date opens the clause', () => {
    expect(
      entriesOf(
        'On Saturday, the Orlby moor fire started near the quay.',
        'The Orlby ferry strike started on Saturday 2 May at the quay.',
      ),
    ).toEqual([
      ['2026-05-02', ['a0']],
      ['2026-05-02', ['a1']],
    ]);
  });

  it('joins one fire told with different verbs, where subject, day and place agree', () => {
    expect(
      entriesOf(
        'A fire broke out at Orlby mill on Saturday.',
        'The fire at Orlby mill started on Saturday.',
      ),
    ).toEqual([['2026-05-02', ['a0', 'a1']]]);
  });

  it('still joins reports whose verbs tell the event', () => {
    expect(
      entriesOf(
        'Police arrested three men in Orlby on Saturday.',
        'Three men were arrested in Orlby on Saturday.',
      ),
    ).toEqual([['2026-05-02', ['a0', 'a1']]]);
  });
});

describe('actorOf', () => {
  const actor = (sentence: string, date: string) => {
    const at = sentence.indexOf(date);
    return actorOf(sentence, at, at + date.length);
  };

  it('is the head of the subject of the verb governing the date, a possessive inside it', () => {
    expect(actor('Two food banks opened this morning at Carr Lane Library.', 'this morning')).toBe(
      'bank',
    );
    expect(
      actor(
        "Families said that queues at St Anne's Church Hall stretched for an hour on Tuesday evening.",
        'Tuesday evening',
      ),
    ).toBe('queue');
  });

  it('leaves out a date between subject and verb, and a preposition before a number', () => {
    expect(
      actor('The ethics board on Tuesday cleared Tomas Vidal of cheating.', 'on Tuesday'),
    ).toBe('board');
    expect(actor('About 200 people gathered in the square last night.', 'last night')).toBe(
      'peopl',
    );
  });

  it('is null when no noun is the subject', () => {
    expect(actor('It opened on Tuesday.', 'Tuesday')).toBeNull();
  });
});

describe('merging reports of one day by what happened', () => {
  // Published Tuesday 3 and Thursday 5 November 2026: "Tuesday" in the second is the 3rd.
  const entries = (first: string, second: string) =>
    buildTimeline(
      corpusOf(
        { id: 'a', published: '2026-11-03', paragraphs: [[first]] },
        { id: 'b', published: '2026-11-05', paragraphs: [[second]] },
      ),
    ).map((e) => [e.date, e.quotes.map((q) => q.source.id)]);

  it('keeps apart two acts of that day that share only a place', () => {
    expect(
      entries(
        "Two emergency food banks opened this morning, at Carr Lane Library and St Anne's Church Hall.",
        "Families have told the Post that queues at St Anne's Church Hall stretched for more than an hour on Tuesday evening.",
      ),
    ).toEqual([
      ['2026-11-03', ['a']],
      ['2026-11-03', ['b']],
    ]);
  });

  it('joins one act told by another verb when the same actor is named', () => {
    expect(
      entries(
        'Council leader Ann Roe announced the closure of Carr Lane pool this morning.',
        'Ann Roe said on Tuesday that Carr Lane pool would shut for good.',
      ),
    ).toEqual([['2026-11-03', ['a', 'b']]]);
  });

  it('keeps apart three acts of that day that share only a name: a ruling, a statement, a gathering', () => {
    const three = buildTimeline(
      corpusOf(
        ...[
          'The ethics board on Tuesday cleared Tomas Vidal of all cheating allegations.',
          'Tomas Vidal told reporters on Tuesday evening that he would play in the Madrid Open.',
          'About 200 people gathered in the square of Soria last night to celebrate the acquittal of Tomas Vidal.',
        ].map((s, i) => ({ id: `v${i}`, published: '2026-11-04', paragraphs: [[s]] })),
      ),
    ).filter((e) => e.date === '2026-11-03');
    expect(three.map((e) => e.quotes.map((q) => q.source.id))).toEqual([['v0'], ['v1'], ['v2']]);
  });

  it('joins one act told by two outlets in other words, by the same actor', () => {
    expect(
      entries(
        'The ethics board cleared Tomas Vidal of all cheating allegations this morning.',
        'The ethics board on Tuesday acquitted Tomas Vidal of cheating.',
      ),
    ).toEqual([['2026-11-03', ['a', 'b']]]);
  });

  it('joins one act told by its noun', () => {
    expect(
      entries(
        'Coastguards evacuated the Carr Lane pool this morning after a chlorine leak.',
        'The evacuation of Carr Lane pool on Tuesday followed a chlorine leak, firefighters said.',
      ),
    ).toEqual([['2026-11-03', ['a', 'b']]]);
  });
});
