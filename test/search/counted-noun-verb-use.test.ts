import { describe, expect, it } from 'vitest';
import { verbOnlyCountedNoun } from '../../src/search/counted-noun-verb-use.js';
import { termsOf } from '../../src/text/terms.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';
import { sentenceText } from '../../src/corpus/sentence-text.js';

/**
 * An invented tram extension: a safety review whose sentence uses "stop" as a verb beside the
 * question's other word, and an explainer that
 * counts the new stops in a sentence of its own.
 */
const REVIEW: SearchFixtureArticle = {
  id: 'tram-review',
  title: 'Tram extension approved after safety review',
  published: '2025-03-03',
  paragraphs: [
    [
      'Inspectors found three minor faults in the signalling, but none of the faults would stop the extension opening in the spring, the review said.',
    ],
    ['The mayor said the project was on budget and would be finished before the summer.'],
  ],
};

const EXPLAINER: SearchFixtureArticle = {
  id: 'tram-explainer',
  title: 'What the tram extension means for the east of the city',
  published: '2025-03-05',
  paragraphs: [
    ['Work on the tram extension began in 2023 and has cost £210 million so far.'],
    ['The line will gain nine new stops between the station and the hospital.'],
    ['Residents in Eastfield said the noise of construction had been a burden for two years.'],
  ],
};

describe('the counted noun of "how many" is not matched by its verb homograph', () => {
  const { index, corpus } = engineOver(REVIEW, EXPLAINER);
  const textOf = (s: number) => sentenceText(corpus, s);

  it('ranks the count of stops above "would stop the extension opening"', () => {
    const ranking = index.rank('how many stops will the extension have');
    expect(textOf(ranking.ranked[0]!.sentence)).toMatch(/^The line will gain nine new stops/);
  });

  it('reads only certain verb uses: after a modal, a negated "do", or "to" with an object', () => {
    const plan = index.rank('how many stops will the extension have').plan;
    const texts = [
      'None of the faults would stop the extension opening.',
      "The faults didn't stop the work.",
      'The faults did not stop the work.',
      'The council voted to stop the work.',
      'The line will gain nine new stops.',
      'Trams stop at every stop on the line.',
      'The trams run from stop to stop.',
      'It could be weeks before the stops open.',
    ];
    const read = verbOnlyCountedNoun(plan, (s) => texts[s]!)!;
    const stops = plan.concepts.findIndex((concept) => concept.label === 'stops');
    expect(texts.map((_, s) => read(s))).toEqual([
      [stops],
      [stops],
      [stops],
      [stops],
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('leaves a plural after a modal (an inverted subject) and nouns of no regular plural alone', () => {
    const plan = index.rank('how many stops will the extension have').plan;
    const read = verbOnlyCountedNoun(plan, () => 'Why should stops be moved?')!;
    expect(read(0)).toBeUndefined();
    expect(verbOnlyCountedNoun(index.rank('how many people live there').plan, () => '')).toBe(
      undefined,
    );
    expect(verbOnlyCountedNoun(index.rank('when did the extension open').plan, () => '')).toBe(
      undefined,
    );
  });

  it("reads the same with the sentences' index terms, tokenizing only those that hold the unit", () => {
    const plan = index.rank('how many stops will the extension have').plan;
    const texts = [
      'None of the faults would stop the extension opening.',
      'The line will gain nine new stops.',
      'STOP the work, they said.',
      'The mayor said the project was on budget.',
      'Work on the tram extension began in 2023.',
      '',
    ];
    const ids = new Map<string, number>();
    const idsOf = texts.map((text) =>
      termsOf(text).map((term) => ids.get(term) ?? ids.set(term, ids.size).size - 1),
    );
    const read = [] as number[];
    const textOf = (s: number) => {
      read.push(s);
      return texts[s]!;
    };
    const plain = verbOnlyCountedNoun(plan, (s) => texts[s]!)!;
    const filtered = verbOnlyCountedNoun(plan, textOf, {
      idOf: (term) => ids.get(term),
      of: (s) => idsOf[s]!,
    })!;
    expect(texts.map((_, s) => filtered(s))).toEqual(texts.map((_, s) => plain(s)));
    expect(read).toEqual([0, 1, 2]);
    // A corpus with no sentence holding the unit: nothing to read.
    expect(verbOnlyCountedNoun(plan, textOf, { idOf: () => undefined, of: () => [] })).toBe(
      undefined,
    );
  });
});
