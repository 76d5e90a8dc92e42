/**
 * `mayDisagree`, the cheap test that spares "sources differ" the full comparison, never rules
 * out a pair the full comparison finds in disagreement: checked on the labelled development
 * pairs and on invented ones of every kind of disagreement.
 */
import { describe, expect, it } from 'vitest';
import { analyseFact } from '../../src/search/select/fact-analysis.js';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { mayDisagree } from '../../src/search/select/fact-may-disagree.js';
import type { RelationContext } from '../../src/search/select/fact-relation-types.js';
import { publishedByFile } from '../eval/pair-dates.js';
import { PAIRS_FILES, pairSplit, pairSynonyms, predictPair, readPairs } from '../eval/pairs.js';

// A Wednesday and a Thursday: "on Tuesday" in either is 3 March (fact-resolved-time.ts).
const sameDays: RelationContext = { published: ['2026-03-04', '2026-03-05'] };

/** Invented pairs, each a disagreement by another way (values in place, a count said alike, …). */
const DISAGREEING: Array<[string, string]> = [
  ['None was hurt.', 'Four people were hurt, the fire service said.'],
  [
    'The company said 9,800 tickets had been sold.',
    'Wave Radio understands that around 9,400 tickets had been sold.',
  ],
  [
    'About 12,000 tonnes of rock and mud slid onto the Tarn Valley road near Orrel Bridge late on Tuesday.',
    'Around 15,000 tonnes of rock came down onto the Tarn Valley road near the old quarry on Tuesday night.',
  ],
  [
    'The treaty was signed in Oslo on 4 May 2021.',
    'The treaty was signed in Bergen on 4 May 2021.',
  ],
  [
    'The county council, not Wenn Water, issued the original notice.',
    'Wenn Water issued the notice late last night.',
  ],
  [
    'The repairs to the sea wall cost €15.6 million.',
    'Officials said the repairs to the sea wall cost €16.1m.',
  ],
  [
    'Councillors approved the Harl Road barrier last night by nine votes to four after a long debate.',
    'The Harl Road barrier will be built after the planning committee voted eight to five on Tuesday.',
  ],
];

describe('mayDisagree', () => {
  it('holds for every invented disagreement', () => {
    for (const [a, b] of DISAGREEING) {
      expect(classifyFacts(a, b, sameDays).kind, `${a} / ${b}`).toBe('disagree');
      expect(mayDisagree(analyseFact(a), analyseFact(b)), `${a} / ${b}`).toBe(true);
    }
  });

  // Known limit: the sum is read as of the noun nearest before it ("work", inside the head's
  // "of" phrase) and "put … at" as no price verb, so the two sums are not read as of one thing.
  // Session 51 read these as disagreeing only because both wrote "million", then a shared word.
  it.fails(
    'reads two sums of one postmodified head as disagreeing (known limit: it does not)',
    () => {
      const a = 'The final cost of the work was €15.6 million.';
      const b = 'Officials put the final cost at €16.1 million.';
      expect(classifyFacts(a, b, sameDays).kind).toBe('disagree');
    },
  );

  it('holds for every development pair found in disagreement', async () => {
    const dates = await publishedByFile();
    let found = 0;
    for (const spec of PAIRS_FILES) {
      const pairs = readPairs(spec) ?? [];
      // With the synonyms an index over the file's sentences holds, as the scores read them.
      const synonyms = pairSynonyms(pairs);
      for (const pair of pairs) {
        if (pairSplit(pair) !== 'dev' || predictPair(pair, dates, synonyms).kind !== 'disagree')
          continue;
        found += 1;
        expect(
          mayDisagree(analyseFact(pair.a), analyseFact(pair.b), synonyms),
          `${pair.a} / ${pair.b}`,
        ).toBe(true);
      }
    }
    expect(found).toBeGreaterThan(5);
  }, 120_000);

  it('counts a word and its WordNet synonym as one more word shared', () => {
    const a = analyseFact('Fourteen people were injured.');
    const b = analyseFact('Seventeen people were hurt.');
    expect(mayDisagree(a, b)).toBe(false);
    expect(mayDisagree(a, b, (stem) => (stem === 'injur' ? ['hurt'] : []))).toBe(true);
  });

  it('reads the synonyms of the table given, for passages already compared under another', () => {
    // Each passage's synonyms are read once per table and kept (fact-relation.ts
    // synonymTermsOf): the same analyses compared under a second table must follow that table.
    const a = analyseFact('Fourteen people were injured.');
    const b = analyseFact('Seventeen people were hurt.');
    const none = (): string[] => [];
    const injured = (stem: string) => (stem === 'injur' ? ['hurt'] : []);
    expect(mayDisagree(a, b, none)).toBe(false);
    expect(mayDisagree(a, b, injured)).toBe(true);
    expect(mayDisagree(b, a, injured)).toBe(true);
    expect(mayDisagree(a, b, none)).toBe(false);
  });

  it('rules out passages sharing one word and stating no count of nought', () => {
    expect(
      mayDisagree(
        analyseFact('The ferry to Harl Point carried 200 passengers on Sunday.'),
        analyseFact('A new ferry was ordered for 4 million crowns.'),
      ),
    ).toBe(false);
  });
});
