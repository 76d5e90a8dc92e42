import { describe, expect, it } from 'vitest';
import { answerTypeOf } from '../../src/search/plan/answer-type.js';
import { opensSubordinateWhen } from '../../src/search/plan/subordinate-when.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const at = (question: string) => question.search(/\bwhen\b/i);

/** An invented ferry sinking: when it sank, and what was said and counted of it. */
const FERRY: SearchFixtureArticle = {
  id: 'ferry',
  title: 'Ferry lost off Penmoor Point',
  published: '2024-05-02',
  paragraphs: [
    ['The ferry Calder sank off Penmoor Point in March 1911 after striking the Penmoor reef.'],
    ['Harbour master Ewan Tobin said the Calder had been carrying twice its licensed load.'],
    ['Divers recovered the ferry bell from the reef in the summer of 1962.'],
  ],
};

describe('a subordinate "when" (subject before the verb) asks no time', () => {
  it('reads subject–auxiliary inversion as the question, the subject first as a clause', () => {
    for (const question of [
      'how many sailors died when the Calder sank',
      'what was the Calder carrying when it sank',
      'minimum wage under the act when Truman gave his 1946 message',
    ])
      expect(opensSubordinateWhen(question, at(question))).toBe(true);
    for (const question of [
      'when did the Calder sink',
      'when the Calder sank?',
      'according to the harbour master when did it sink',
      'in the 1911 report when were the divers sent',
      'when exactly did it sink',
      "when's the memorial",
      'where did it sink, and when',
      'what did the harbour master say about when the ferry sank',
      'did the divers know when the ferry sank',
    ])
      expect(opensSubordinateWhen(question, at(question))).toBe(false);
  });

  it('leaves the question the type its other words ask, or none', () => {
    expect(answerTypeOf('what was the Calder carrying when it sank?')).toBeNull();
    expect(answerTypeOf('there was a debt when he came in - how big')?.name).toBe('number');
    expect(answerTypeOf('so when would the ferry be raised')?.name).toBe('date');
  });

  it('answers what the ferry carried when it sank with its load, not the date', () => {
    const { index, corpus } = engineOver(FERRY);
    const result = index.search('what was the Calder carrying when it sank?', {
      limit: 1,
    });
    const first = result.hits[0]!;
    const sentence = corpus.sentences[first.window.first]!;
    const text = corpus.articles[sentence.article]!.text.slice(sentence.start, sentence.end);
    expect(text).toMatch(/^Harbour master Ewan Tobin said/);
  });
});
