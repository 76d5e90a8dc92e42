import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { holderSpans } from '../../src/search/select/fact-holders.js';
import { bodyNamedInSentence } from '../../src/search/select/fact-described-body.js';

const holders = (text: string) =>
  holderSpans(text).map((s) => `${text.slice(s.start, s.end)}${s.pronoun ? ' (pronoun)' : ''}`);

describe('the holders of a statement or a figure', () => {
  it('reads speakers, "according to", possessive figures and subjects of estimating', () => {
    expect(holders('Ana Ruiz, who opposed it, said the board was late.')).toEqual(['Ana Ruiz']);
    expect(holders('The board was late, said the ministry.')).toEqual(['the ministry']);
    expect(holders('The petition has 900 names, campaigners say.')).toEqual(['campaigners']);
    expect(
      holders('The wall would cost £3m, according to a surveyors’ report published on Friday.'),
    ).toEqual(['a surveyors’ report']);
    expect(
      holders('Jo Hale told councillors the residents’ own estimate put the cost at £2 million.'),
    ).toEqual(['residents', 'Jo Hale']);
    expect(holders('It puts the cost of the harbour wall repairs at £3.5 million.')).toEqual([
      'It (pronoun)',
    ]);
  });

  it('reads none where nothing is attributed, nor in an adjective or a passive', () => {
    expect(holders('The repairs would cost an estimated £3m.')).toEqual([]);
    expect(holders('The cost is estimated at £3m.')).toEqual([]);
    expect(holders('The treaty bound the two states and it set a legal framework.')).toEqual([]);
    // A reduced relative clause: the result was announced; it announces nothing.
    expect(
      holders('Members voted 78% for a strike, the result announced on Tuesday showed.'),
    ).toEqual([]);
    expect(holders('Members voted 78% for a strike, the union said last week.')).toEqual([
      'the union',
    ]);
  });
});

describe('figures of different holders', () => {
  const residents =
    'Jo Hale told councillors the residents’ own estimate put the cost of the harbour wall repairs at about £2 million.';

  it('sets no party’s own figure against a figure not shown to be that party’s', () => {
    expect(
      classifyFacts('It puts the cost of the harbour wall repairs at £3.5 million.', residents),
    ).toEqual({ kind: 'different-fact', reason: 'holders not shown to be one' });
    expect(
      classifyFacts(
        'The trust puts the cost of the harbour wall repairs at £3.5 million.',
        residents,
      ),
    ).toEqual({ kind: 'different-fact', reason: 'different holders' });
  });

  it('still sets the same holder’s figures, or one holder’s against a bare one, against each other', () => {
    expect(
      classifyFacts(
        'The trust puts the cost of the harbour wall repairs at £3.5 million.',
        'The trust puts the cost of the harbour wall repairs at £2 million.',
      ).kind,
    ).toBe('disagree');
    expect(
      classifyFacts(
        'The harbour wall repairs will cost £3.5 million, the council said.',
        'The harbour wall repairs will cost £2 million, according to the council.',
      ).kind,
    ).toBe('disagree');
    expect(
      classifyFacts(
        'It puts the cost of the harbour wall repairs at £3.5 million.',
        'The cost of the harbour wall repairs is £2 million.',
      ).kind,
    ).toBe('disagree');
  });

  it('links the same figure of one holder, never of two', () => {
    const council = 'The harbour wall repairs will cost £2 million, the council said.';
    expect(
      classifyFacts(
        council,
        'The harbour wall repairs will cost £2 million, according to the council.',
      ).kind,
    ).toBe('same-fact');
    expect(
      classifyFacts(
        council,
        'Jo Hale told councillors the harbour wall repairs will cost £2 million.',
      ),
    ).toEqual({ kind: 'different-fact', reason: 'different holders' });
    expect(
      classifyFacts(
        'The trust puts the cost of the harbour wall repairs at £2 million.',
        residents.replace('about ', ''),
      ),
    ).toEqual({ kind: 'different-fact', reason: 'different holders' });
    // A pronoun names no holder to set apart: the same figure is still one fact (as a near copy:
    // a holder adding two words, "The engineers’ report", leaves too few shared, whichever way
    // the sum is written, "£3.5 million" or "£3.5m").
    expect(
      classifyFacts(
        'It puts the cost of the harbour wall repairs at £3.5 million.',
        'The report puts the cost of the harbour wall repairs at £3.5 million.',
      ).kind,
    ).toBe('same-fact');
    const engineers = (sum: string) =>
      classifyFacts(
        `It puts the cost of the harbour wall repairs at ${sum}.`,
        `The engineers’ report puts the cost of the harbour wall repairs at ${sum}.`,
      );
    expect(engineers('£3.5 million')).toEqual(engineers('£3.5m'));
  });
});

describe('a holder restating the body its sentence opens with', () => {
  // "has offered" ties its figure to the time of writing: articles of one day.
  const day = { published: ['2026-03-02', '2026-03-02'] as const };
  const named = 'Brackwell Energy said it had offered £2.6 million to residents near the site.';

  it('reads "the company said" as the body named, so the figures differ', () => {
    expect(
      bodyNamedInSentence(
        'Brackwell Energy has offered £1.8 million to residents, the company said.',
        'the company',
      ),
    ).toBe('Brackwell Energy');
    expect(
      classifyFacts(
        'Brackwell Energy has offered £1.8 million to residents near the site, the company said.',
        named,
        day,
      ),
    ).toMatchObject({ kind: 'disagree', aspect: 'number' });
  });

  it('reads no body when another is named, the class differs, or the noun is modified', () => {
    expect(
      bodyNamedInSentence(
        'Orwell Power said Brackwell Energy had offered £1.8 million, the company said.',
        'the company',
      ),
    ).toBeNull();
    expect(
      bodyNamedInSentence(
        'Kelby Council has offered £1.8 million, the company said.',
        'the company',
      ),
    ).toBeNull();
    expect(
      bodyNamedInSentence(
        'Brackwell Energy has offered £1.8 million, the parent company said.',
        'the parent company',
      ),
    ).toBeNull();
    expect(
      classifyFacts(
        'Orwell Power has offered £1.8 million to residents near the site, the company said.',
        named,
        day,
      ).kind,
    ).toBe('different-fact');
  });
});
