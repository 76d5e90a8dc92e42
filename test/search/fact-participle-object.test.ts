/**
 * An "-ing" word right after a past verb and before a noun describes that noun, the verb's object
 * ("had ignored falling attendance figures"), not a second act of the report (Quirk et al. 1985,
 * §17.98ff; fact-premodifying-participle.ts): two sentences sharing only their topic noun phrase
 * ("the flu outbreak in Dunmere") are two facts, found by an outside tester (session 70) where
 * "is over" was read as told by "falling". Related with the synonyms an index over the two
 * sentences would hold, each way round.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { synonymsFor } from '../support/index-synonyms.js';

const related = (a: string, b: string) =>
  [a, b].map(
    (x) =>
      classifyFacts(x, x === a ? b : a, { published: [null, null], synonyms: synonymsFor(a, b) })
        .kind,
  );

describe('a participle before the object of a past verb', () => {
  it('keeps an outbreak declared over apart from a review of it that found falling rates ignored', () => {
    expect(
      related(
        'The flu outbreak in Dunmere is over, and the bill has come in.',
        "An independent review of the flu outbreak in Dunmere's care homes has found that warnings were sent too late and that the trust had ignored falling vaccination rates for years.",
      ),
    ).not.toContain('same-fact');
  });
});
