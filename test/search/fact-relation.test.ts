import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { factValues } from '../../src/search/select/fact-values.js';

describe('fact values', () => {
  it('reads dates with and without years, numbers, places and actors', () => {
    const values = factValues(
      'The harbour board said 1,200 crates were seized in the port of Valletta on Nov. 3, 2019.',
    );
    expect(values.dates).toEqual([{ year: 2019, month: 11, day: 3 }]);
    expect(values.numbers).toEqual(['1200']);
    expect(factValues('The treaty was signed in the city of Tromsø.').places).toEqual(['Tromsø']);
    expect(factValues('They met on 4 March.').dates).toEqual([{ year: null, month: 3, day: 4 }]);
  });

  it('does not take a month or a possessive for a place', () => {
    expect(factValues('In March the fleet sailed at Admiral Voss’s request.').places).toEqual([]);
  });
});

describe('fact relations', () => {
  it('keeps a denial apart from the claim it denies', () => {
    expect(
      classifyFacts(
        'The port authority said 40 trawlers were impounded in Grimsvik on Monday.',
        'The port authority denied that any trawlers were impounded in Grimsvik on Monday.',
      ),
    ).toEqual({ kind: 'different-fact', reason: 'polarity' });
  });

  it('keeps a possibility apart from the fact it may become', () => {
    expect(
      classifyFacts(
        'The port authority impounded 40 trawlers in Grimsvik on Monday, the harbour master said.',
        'The port authority could impound 40 trawlers in Grimsvik on Monday, the harbour master said.',
      ),
    ).toEqual({ kind: 'different-fact', reason: 'modality' });
    expect(
      classifyFacts(
        'The port authority plans to impound 40 trawlers in Grimsvik on Monday, the harbour master said.',
        'The port authority impounded 40 trawlers in Grimsvik on Monday, the harbour master said.',
      ).kind,
    ).toBe('different-fact');
    // Reported speech in the future is not a modality of its own.
    expect(
      classifyFacts(
        'The harbour master said the 40 impounded trawlers will not be released before Monday in Grimsvik.',
        'The harbour master said the 40 impounded trawlers would not be released before Monday in Grimsvik.',
      ).kind,
    ).toBe('same-fact');
  });

  it('does not confirm a count with a report that states none', () => {
    expect(
      classifyFacts(
        'The port authority impounded 40 trawlers in Grimsvik harbour after the storm, the harbour master said.',
        'The port authority impounded trawlers in Grimsvik harbour after the storm, the harbour master said.',
      ),
    ).toEqual({ kind: 'different-fact', reason: 'a count on one side only' });
  });

  it('keeps a later occurrence of the same kind of event apart', () => {
    expect(
      classifyFacts(
        'Norland and Vestria signed a fisheries treaty on quotas in 2018.',
        'Norland and Vestria signed subsequent fisheries treaties on quotas in 2019.',
      ).kind,
    ).toBe('different-fact');
  });

  it('does not call a dated fact the same as an undated one of the same kind', () => {
    expect(
      classifyFacts(
        'In June 2021, the two coast guards signed an agreement on joint patrols and rescue drills.',
        'The coast guards of both countries signed an agreement on joint patrols and rescue drills.',
      ).kind,
    ).toBe('different-fact');
  });

  it('finds the same fact in other words when values agree', () => {
    expect(
      classifyFacts(
        'On March 3, 2019, the Norland foreign minister signed the fisheries treaty with Vestria in Oslo.',
        'The fisheries treaty with Vestria was signed by the Norland foreign minister in Oslo on March 3, 2019.',
      ),
    ).toEqual({ kind: 'same-fact' });
  });

  it('reports a disagreement on the place of one dated event, but not a different fact', () => {
    expect(
      classifyFacts(
        'The fisheries treaty "made in the city of Oslo on March 3, 2019" takes effect at once.',
        'In March 2019, the Norland and Vestria ministries signed in Bergen a fisheries treaty.',
      ),
    ).toEqual({ kind: 'disagree', aspect: 'place' });
    expect(
      classifyFacts(
        'The fisheries treaty was signed in Oslo on March 3, 2019.',
        'A trade pact was signed in Bergen on June 9, 2021.',
      ).kind,
    ).toBe('different-fact');
  });

  it('reports numbers and days that differ between nearly identical reports', () => {
    expect(
      classifyFacts(
        'The council fined 12 fishing firms on May 2.',
        'The council fined 30 fishing firms on May 2.',
      ),
    ).toEqual({ kind: 'disagree', aspect: 'number' });
    expect(
      classifyFacts(
        'The mayors met in Tromsø on September 14 and agreed to close the quay.',
        'The mayors met in Tromsø on September 4 and agreed to close the quay.',
      ),
    ).toEqual({ kind: 'disagree', aspect: 'date' });
  });

  it('reports only the aspect a question asks about', () => {
    const a =
      'The fisheries treaty "made in the city of Oslo on March 3, 2019" takes effect at once.';
    const b =
      'In March 2019, the Norland and Vestria ministries signed in Bergen a fisheries treaty.';
    expect(classifyFacts(a, b, { asked: 'date', sharedQuestionTerms: 2 }).kind).toBe(
      'different-fact',
    );
    expect(classifyFacts(a, b, { asked: 'place', sharedQuestionTerms: 2 })).toEqual({
      kind: 'disagree',
      aspect: 'place',
    });
  });
});
