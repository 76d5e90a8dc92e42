/**
 * What a source says about a quantity of something ("what did the Echo report about the size
 * of the march") asks for that quantity, as "what was the size of the march" does
 * (search/plan/answer-type.ts): a passage of the named source stating the count answers,
 * though it never writes the amount noun, and another source's sentence that does ("the size
 * of the petition") is no answer. Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { answerTypeOf } from '../../src/search/plan/answer-type.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const MARCH: SearchFixtureArticle = {
  id: 'echo-march',
  title: 'Thousands march through Tarnbridge for the lido',
  outlet: 'Tarn Valley Echo',
  published: '2026-05-09',
  paragraphs: [
    [
      'More than 4,000 people marched through Tarnbridge today to protest against the lido closure.',
    ],
    ['The march set off from the station at 11am and ended at the town hall.'],
  ],
};
const VOTE: SearchFixtureArticle = {
  id: 'echo-vote',
  title: 'Council confirms lido closure date',
  outlet: 'Tarn Valley Echo',
  published: '2026-05-02',
  paragraphs: [['The council confirmed on Friday that the lido will close at the end of June.']],
};
const PETITION: SearchFixtureArticle = {
  id: 'gazette-petition',
  title: 'Lido petition handed in',
  outlet: 'Tarnbridge Gazette',
  published: '2026-05-10',
  paragraphs: [
    ['Campaigners handed a petition to the council on Saturday.'],
    ['The campaign chair said the size of the petition showed the strength of feeling.'],
  ],
};

/** Other outlets' articles, so that the Echo names its own few of the coverage. */
const OTHERS: SearchFixtureArticle[] = [
  {
    id: 'gazette-pool',
    title: 'Swimmers face 20-mile trip',
    outlet: 'Tarnbridge Gazette',
    published: '2026-05-03',
    paragraphs: [
      ['Swimmers will have to travel 20 miles to the nearest pool once the lido closes.'],
    ],
  },
  {
    id: 'radio-jobs',
    title: 'Lido staff told of job losses',
    outlet: 'Radio Tarn',
    published: '2026-05-04',
    paragraphs: [
      ['Twelve lifeguards will lose their jobs when the lido closes, the council said.'],
    ],
  },
];

describe('a question about a quantity of something', () => {
  it('asks for a number, as the quantity asked directly does', () => {
    for (const question of [
      'what did the Echo report about the size of the march',
      'what did the paper say on the number of jobs lost',
      'what did the council say regarding the cost of the repairs',
    ])
      expect(answerTypeOf(question)?.name, question).toBe('number');
    for (const question of [
      'what did the Echo report about the march',
      'what did the minister say about the future of the lido',
      'who spoke about the size of the march',
    ])
      expect(answerTypeOf(question)?.name, question).not.toBe('number');
  });

  it("is answered by the named source's count, not by another source's word for the quantity", () => {
    const { engine } = engineOver(MARCH, VOTE, PETITION, ...OTHERS);
    const answer = engine.ask('what did the Echo report about the size of the march');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toContain('More than 4,000 people marched');
  });
});
