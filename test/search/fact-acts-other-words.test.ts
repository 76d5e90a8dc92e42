/**
 * One act told by two reports with WordNet synonyms ("were arrested" / "were apprehended",
 * "shut" / "closed", "halted" / "stopped") on one day is one fact, "also reported by", as the
 * same verb would be; what else the two state (who, when, whether it happened, another act on
 * the same count) still sets them apart. Invented sentences; dates counted from the invented
 * articles' publication dates.
 */
import { describe, expect, it } from 'vitest';
import { analyseFact } from '../../src/search/select/fact-analysis.js';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { actInOtherWords } from '../../src/search/select/fact-acts.js';
import { synonymsFor } from '../support/index-synonyms.js';

/** Relates `a` (published `pa`) and `b` (published `pb`) with the synonyms of their words. */
function relate(a: string, pa: string, b: string, pb: string) {
  return classifyFacts(a, b, { published: [pa, pb], synonyms: synonymsFor(a, b) });
}

const arrested = 'Two teenagers were arrested on Thursday over the boathouse fire.';

describe('one act told with a WordNet synonym', () => {
  it('"arrested on Thursday" and "apprehended on April 2" are one arrest, both ways round', () => {
    const apprehended = 'Two teenagers were apprehended on April 2 over the boathouse fire.';
    // Thursday before Friday 3 April 2026 is 2 April.
    expect(relate(arrested, '2026-04-03', apprehended, '2026-05-08')).toEqual({
      kind: 'same-fact',
    });
    expect(relate(apprehended, '2026-05-08', arrested, '2026-04-03')).toEqual({
      kind: 'same-fact',
    });
    // Without the synonym table (no index), the verbs are two words: a missed claim only.
    expect(
      classifyFacts(arrested, apprehended, { published: ['2026-04-03', '2026-05-08'] }).kind,
    ).toBe('different-fact');
  });

  it('a detail beside the act on one side only ("arrested in Kelby" / "apprehended") is no other act', () => {
    const inKelby = 'Two teenagers were arrested in Kelby on Thursday over the boathouse fire.';
    expect(
      relate(
        inKelby,
        '2026-04-03',
        'Two teenagers were apprehended on April 2 over the boathouse fire.',
        '2026-05-08',
      ),
    ).toEqual({ kind: 'same-fact' });
    // Another place in that place is another arrest, as far as the words show.
    expect(
      relate(
        inKelby,
        '2026-04-03',
        'Two teenagers were apprehended in Durnford on April 2 over the boathouse fire.',
        '2026-05-08',
      ).kind,
    ).toBe('different-fact');
  });

  it('"shut" / "closed" and "halted" / "stopped" on one day are one act', () => {
    expect(
      relate(
        'The swimming pool was shut on Tuesday.',
        '2026-03-11',
        'The swimming pool closed on 10 March.',
        '2026-03-12',
      ),
    ).toEqual({ kind: 'same-fact' });
    expect(
      relate(
        'Work on the bridge halted on Tuesday.',
        '2026-03-11',
        'Builders stopped work on the bridge on 10 March.',
        '2026-03-12',
      ),
    ).toEqual({ kind: 'same-fact' });
  });

  it('reads the two act words as one only when WordNet gives them one sense', () => {
    const a = analyseFact('Work on the bridge halted on Tuesday.');
    const b = analyseFact('Work on the bridge stopped on 10 March.');
    const synonyms = synonymsFor(a.text, b.text);
    const same = (x: string, y: string) => {
      const sx = a.stems.get(x);
      const sy = b.stems.get(y);
      return sx !== undefined && sy !== undefined && synonyms(sx).includes(sy);
    };
    expect(actInOtherWords(a, b, same)).toEqual(['halt', 'stop']);
    expect(actInOtherWords(a, b, () => false)).toBeNull();
  });
});

describe('near misses: one sense of the verb is not enough', () => {
  it('another act on the same count stays two facts ("marched" / "detained")', () => {
    expect(
      relate(
        'Two hundred people marched in Kelby on Tuesday.',
        '2026-03-11',
        'Two hundred people were detained in Kelby on 10 March.',
        '2026-03-12',
      ).kind,
    ).toBe('different-fact');
  });

  it('an opposite act, another day, other people or another thing are other facts', () => {
    expect(
      relate(
        'The swimming pool was shut on Tuesday.',
        '2026-03-11',
        'The swimming pool opened on 10 March.',
        '2026-03-12',
      ).kind,
    ).toBe('different-fact');
    expect(
      relate(
        arrested,
        '2026-04-03',
        'Two teenagers were apprehended on April 9 over the boathouse fire.',
        '2026-05-08',
      ).kind,
    ).toBe('different-fact');
    expect(
      relate(
        arrested,
        '2026-04-03',
        'Two fishermen were apprehended on April 2 over the boathouse fire.',
        '2026-05-08',
      ).kind,
    ).toBe('different-fact');
    expect(
      relate(
        'Work on the bridge halted on Tuesday.',
        '2026-03-11',
        'Work on the tunnel stopped on 10 March.',
        '2026-03-12',
      ).kind,
    ).toBe('different-fact');
  });

  it('a denial, an expectation or a possibility is no report of the act', () => {
    expect(
      relate(
        arrested,
        '2026-04-03',
        'Two teenagers were not apprehended on April 2 over the boathouse fire.',
        '2026-05-08',
      ),
    ).toEqual({ kind: 'different-fact', reason: 'polarity' });
    expect(
      relate(
        arrested,
        '2026-04-03',
        'Two teenagers are expected to be apprehended over the boathouse fire.',
        '2026-04-03',
      ).kind,
    ).toBe('different-fact');
    expect(
      relate(
        'The swimming pool was shut on Tuesday.',
        '2026-03-11',
        'The swimming pool may be closed on 10 March.',
        '2026-03-09',
      ).kind,
    ).toBe('different-fact');
  });
});

describe('an earlier plan is not the present one', () => {
  it('"originally due to be complete" is not "remains on course to be finished"', () => {
    // "complete" / "finish" share a WordNet sense, so the act is shared: "originally", as
    // "previously", tells an earlier state than the other report's.
    const originally =
      'The barrier was originally due to be complete in the spring of 2022; Bellhaven now says the final gates will be installed by the summer.';
    const onCourse =
      'The barrier remains on course to be finished in the spring of 2022, according to the council.';
    expect(relate(originally, '2021-06-01', onCourse, '2021-06-01')).toEqual({
      kind: 'different-fact',
      reason: 'another occurrence',
    });
    expect(
      relate(
        'The barrier was originally due to be finished in the spring of 2022.',
        '2021-06-01',
        'The barrier is due to be finished in the spring of 2022.',
        '2021-06-01',
      ).kind,
    ).toBe('different-fact');
  });
});
