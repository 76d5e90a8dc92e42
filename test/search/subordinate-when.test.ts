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
      // A participle and no subject: a reduced clause, after a verb of saying too.
      'what did the harbour master say when asked about the load',
      'which reef did Tobin name when talking about the wreck',
      'who did the divers thank when questioned',
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
      // The clause as direct object after an indirect object: "tell me when".
      'tell me when the ferry sank',
      'can you tell us when the Calder sank',
      'could you ask them when the divers went down',
      // A gerund as a finite clause's subject: an interrogative clause, asking the time.
      'what did they say when building would start',
      'did the harbour master say when to close the port',
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

  it('answers what a speaker said "when asked" with their words, not a date', () => {
    const { index, corpus } = engineOver(HEARING);
    const result = index.search('what did Tobin say when asked about the load?', { limit: 1 });
    const first = result.hits[0]!;
    const sentence = corpus.sentences[first.window.first]!;
    const text = corpus.articles[sentence.article]!.text.slice(sentence.start, sentence.end);
    expect(text).toMatch(/^"We counted/);
  });
});

/** An invented hearing on the ferry's load: the day it sat, and what the harbour master said. */
const HEARING: SearchFixtureArticle = {
  id: 'hearing',
  title: 'Ferry inquiry hears of overloading',
  published: '2024-06-10',
  paragraphs: [
    ['Harbour master Ewan Tobin faced questions on the load at the inquiry on June 4.'],
    ['"We counted every passenger twice," Tobin said of the load.'],
  ],
};
