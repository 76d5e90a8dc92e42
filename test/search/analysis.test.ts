import { describe, expect, it } from 'vitest';
import { selectQueryTerms } from '../../src/search/candidates.js';
import { answerTypeOf, answerTypeScore } from '../../src/search/plan/answer-type.js';
import { foldWord, termsOf } from '../../src/text/terms.js';

describe('word analysis', () => {
  it('folds case, accents, possessives and British spellings the same way for questions and articles', () => {
    expect(termsOf('Lukashenka’s recognised café')).toEqual(
      termsOf("lukashenka's recognized CAFE"),
    );
    expect(foldWord('Neighbouring')).toBe('neighboring');
  });

  it('keeps dotted abbreviations although "us" is a stop word', () => {
    expect(termsOf('the U.S. and us')).toEqual(['us']);
  });
});

describe('answer types', () => {
  it.each([
    ['When was the deal signed?', 'date'],
    ['how long has he ruled', 'duration'],
    ['What share of the vote did she get?', 'number'],
    ['Who heads the KGB?', 'person'],
    ['Where did she take refuge?', 'place'],
    ['How old is the mayor?', 'age'],
    ['Which news agency reported the signing?', 'organisation'],
    ['What does the deal cover?', undefined],
    // The wh-word's head noun, past its modifiers, says what is asked for.
    ['Which Belarusian interior minister signed the deal?', 'person'],
    ["What's the name of the Lindholm harbour master?", 'person'],
    ['In which Norwegian coastal town was the ferry built?', 'place'],
    ['Which local news agency broke the story?', 'organisation'],
    ['which firm did the engineering survey', 'organisation'],
    ['Which charity runs the cafe?', 'organisation'],
    // …and an auxiliary or "kind of" is not a modifier: these ask for no person or place.
    ['What did the president say about the quay?', undefined],
    ['What kind of state is the harbour in?', undefined],
    // The first wh-phrase governs; a later "when" opens a clause of its own.
    ['Who led the squadron when the enemy attacked?', 'person'],
    ['How much did the quay cost when the council approved it?', 'number'],
    ['Where did the ferry land when the storm came?', 'place'],
    // "How" with a measure asks for a number.
    ['How tall are the barrier gates?', 'number'],
    ['How far is the island from the quay?', 'number'],
  ])('reads what "%s" asks for', (question, type) =>
    expect(answerTypeOf(question)?.name).toBe(type),
  );

  it('reads what a count counts: the plural noun, past its modifiers', () => {
    expect(answerTypeOf('How many trawlers were impounded?')).toEqual({
      name: 'number',
      unit: 'trawler',
    });
    expect(answerTypeOf('How many Norwegian fishing boats were seized?')?.unit).toBe('boat');
    expect(answerTypeOf('how many people died in the flood')?.unit).toBe('peopl');
    // A modifier that only ends in "s" (a city, "bus") is not the counted noun after it.
    expect(answerTypeOf('how many minneapolis cops kept their jobs')?.unit).toBe('cop');
    expect(answerTypeOf('how many bus drivers went on strike')?.unit).toBe('driver');
    // …nor is a plural object after the verb: the head stands before it.
    expect(answerTypeOf('how many workers lost jobs')?.unit).toBe('worker');
    expect(
      answerTypeScore('Police impounded 40 trawlers.', { name: 'number', unit: 'trawler' }),
    ).toBe(1);
    expect(answerTypeScore('Police made 40 arrests.', { name: 'number', unit: 'trawler' })).toBe(
      0.5,
    );
  });

  it('finds a place named after the kind of place it is', () => {
    expect(
      answerTypeScore('They took post at the settlement of Bayou Pierre.', { name: 'place' }),
    ).toBe(1);
    expect(answerTypeScore('They took post at dawn.', { name: 'place' })).toBe(0);
  });

  it('finds ages and organisations', () => {
    expect(answerTypeScore('The 52-year-old has led the council.', { name: 'age' })).toBe(1);
    expect(answerTypeScore('She has led the council.', { name: 'age' })).toBe(0);
    expect(
      answerTypeScore('Interfax reported that the Interior Ministry agreed.', {
        name: 'organisation',
      }),
    ).toBe(1);
    // Names joined by an ampersand are a firm's; a legal form or an institution's word ends one.
    const organisation = { name: 'organisation' } as const;
    expect(answerTypeScore('Engineers from Hallam & Pryce inspected it.', organisation)).toBe(1);
    expect(answerTypeScore('The Marlow Leisure Trust runs it.', organisation)).toBe(1);
    expect(answerTypeScore('It was built by Orrin Kell Ltd in 1936.', organisation)).toBe(1);
    expect(answerTypeScore('Rock & roll played all night.', organisation)).toBe(0);
  });

  it('reads part of a month and a season as a date, the end of the year as a relative one', () => {
    const when = { name: 'date' } as const;
    expect(answerTypeScore('The bridge will stay closed until mid-December.', when)).toBe(1);
    expect(answerTypeScore('The bridge will stay closed until December 15.', when)).toBe(1);
    expect(answerTypeScore('The line reopens in the spring.', when)).toBe(1);
    expect(answerTypeScore('It stays shut until the end of the year.', when)).toBe(0.5);
    expect(answerTypeScore('It stays shut for repairs.', when)).toBe(0);
  });

  it('scores a full date above a weekday, and a titled person above any capitalised name', () => {
    expect(answerTypeScore('It was signed on November 19.', { name: 'date' })).toBe(1);
    expect(answerTypeScore('It was signed on Thursday.', { name: 'date' })).toBe(0.5);
    expect(answerTypeScore('It was signed.', { name: 'date' })).toBe(0);
    expect(answerTypeScore('KGB chairman Ivan Tsertsel said so.', { name: 'person' })).toBe(1);
    expect(answerTypeScore('The Foreign Intelligence Service agreed.', { name: 'person' })).toBe(
      0.5,
    );
    expect(
      answerTypeScore('Lukashenka has run the country since 1994.', { name: 'duration' }),
    ).toBe(1);
  });

  it('reads a span after "for" in any unit of time, the second to the century', () => {
    const duration = { name: 'duration' } as const;
    expect(answerTypeScore('Run the outside taps for two minutes.', duration)).toBe(1);
    expect(answerTypeScore('The meeting went on for three hours.', duration)).toBe(1);
    expect(answerTypeScore('The bridge has stood for two centuries.', duration)).toBe(1);
    // A bare count of hours is as often a bound: not read as a span.
    expect(answerTypeScore('Tokyo could be reached within 2 hours.', duration)).toBe(0);
  });
});

describe('query terms sent to lunr', () => {
  const concept = (ids: number[], factor = 1) => ({
    weight: 1,
    name: false,
    alternatives: ids.map((id) => ({ ids: [id], factor })),
  });

  it('sends every term in a small corpus', () => {
    expect(
      [...selectQueryTerms([concept([1, 2]), concept([3], 0.6)], () => 50, 100).keys()].sort(),
    ).toEqual([1, 2, 3]);
  });

  it('in a large corpus spends the postings budget on the user’s rarest words first', () => {
    const df = (id: number) => ({ 1: 20_000, 2: 100, 3: 50, 4: 300 })[id] ?? 0;
    const chosen = selectQueryTerms(
      [concept([1]), concept([2]), concept([3], 0.6), concept([4])],
      df,
      60_000,
    );
    expect([...chosen.keys()]).toEqual([2, 4, 3]);
  });

  it('always sends at least the rarest of the user’s words, however common', () => {
    expect([...selectQueryTerms([concept([1])], () => 50_000, 60_000).keys()]).toEqual([1]);
  });
});
