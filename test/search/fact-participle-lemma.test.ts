/**
 * An irregular participle after an auxiliary has its lemma's WordNet synonyms in a fact
 * comparison (fact-participle-lemma.ts): "were found" is "find"'s participle, never the verb
 * "found" (whose participle is "founded"), so "The wreck was found on 20 March" and "The wreck
 * was discovered on 20 March" tell one act ("find, discover": one WordNet synset). Invented
 * sentences, articles published on one day.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { participleLemmas } from '../../src/search/select/fact-participle-lemma.js';
import { analyseFact } from '../../src/search/select/fact-analysis.js';
import { synonymsFor } from '../support/index-synonyms.js';

const DAY = '2027-05-14';

/** Relates `a` and `b` with the synonyms of their words, both read as published on `days`. */
function relate(a: string, b: string, days: [string, string] = [DAY, DAY]) {
  return classifyFacts(a, b, { published: days, synonyms: synonymsFor(a, b) });
}

const found = 'The wreck of the trawler was found on 11 May by divers from Penwick.';
const discovered = 'The wreck of the trawler was discovered on 11 May by divers from Penwick.';

describe('an irregular participle after an auxiliary', () => {
  it('reads the lemma of the participle: one act told with a synonym, both ways round', () => {
    expect(relate(found, discovered)).toEqual({ kind: 'same-fact' });
    expect(relate(discovered, found)).toEqual({ kind: 'same-fact' });
    expect(
      relate(
        'Two bodies have been found in the quarry.',
        'Two bodies have been discovered in the quarry.',
      ),
    ).toEqual({ kind: 'same-fact' });
  });

  it('joins a weekday and the date it names, resolved against the article', () => {
    // 14 May 2027 is a Friday: "on Tuesday" is 11 May.
    expect(
      relate('The wreck of the trawler was found on Tuesday by divers from Penwick.', discovered, [
        DAY,
        '2027-05-18',
      ]),
    ).toEqual({ kind: 'same-fact' });
  });

  it('keeps apart what else differs: another date, another count, a denial', () => {
    expect(
      relate(found, 'The wreck of the trawler was discovered on 12 May by divers from Penwick.')
        .kind,
    ).not.toBe('same-fact');
    expect(
      relate(
        'Two bodies have been found in the quarry.',
        'Three bodies have been discovered in the quarry.',
      ),
    ).toMatchObject({ kind: 'disagree', aspect: 'number' });
    expect(
      relate(found, 'The wreck of the trawler was not discovered on 11 May by divers from Penwick.')
        .kind,
    ).toBe('different-fact');
  });

  it('reads "found" only as a participle after "be", "have" or "get"', () => {
    const lemmasOf = (text: string) => {
      const fact = analyseFact(text);
      return participleLemmas(fact.text, fact.sequence, fact.stems);
    };
    expect([...(lemmasOf(found).get('found') ?? [])]).toEqual(['find']);
    // A finite verb without an auxiliary may be "found" itself ("they found a school").
    expect(lemmasOf('The brothers found a boatyard in Penwick.').size).toBe(0);
    // A regular form has no lemma of its own here: its stem is its lemma's.
    expect(lemmasOf(discovered).size).toBe(0);
  });
});
