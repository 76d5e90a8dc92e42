import { describe, expect, it } from 'vitest';
import { verbOnlyCountedNoun } from '../../src/search/counted-noun-verb-use.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

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
  const textOf = (s: number) => {
    const sentence = corpus.sentences[s]!;
    return corpus.articles[sentence.article]!.text.slice(sentence.start, sentence.end);
  };

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
});
