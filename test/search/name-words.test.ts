/**
 * A word that names something (a month naming a date, the words naming the source a question
 * asks of) is matched as itself: no synonym, derived form or spelling guess of it
 * (src/search/plan/query-plan.ts). "March" is not the verb's synonym "move"; "Press" in an
 * outlet's name is not "urge".
 */
import { describe, expect, it } from 'vitest';
import { engineOver } from './fixtures.js';

const { engine, index } = engineOver(
  {
    id: 'stall',
    title: 'Market changes',
    outlet: 'Gull Press',
    published: '2024-06-05',
    paragraphs: [
      ['The fish stall has moved from the quay to the square.'],
      ['Traders urged shoppers to keep coming.'],
    ],
  },
  {
    id: 'fair',
    title: 'Bands march at the fair',
    outlet: 'Bay Radio',
    published: '2024-06-07',
    paragraphs: [['The summer fair opened on the green.'], ['Bands will march through town.']],
  },
);

const alternatives = (question: string, label: string) =>
  index
    .search(question, { limit: 3 })
    .plan.concepts.find((concept) => concept.label === label)
    ?.alternatives.map((alternative) => alternative.kind);

describe('words that name', () => {
  it('a month naming a date matches only itself; the verb keeps its synonyms', () => {
    for (const question of [
      'Who spoke on 6 March 2024?',
      'What opened in March?',
      'March 6: who spoke?',
    ])
      expect(alternatives(question, 'March'), question).toEqual(['exact']);
    expect(alternatives('Who will march?', 'march')).toContain('synonym');
    const answer = engine.ask('Who spoke on 6 March 2024?');
    expect([...answer.passages, ...answer.closest].map((p) => p.quote).join(' ')).not.toMatch(
      /moved/,
    );
  });

  it("the source's naming words match only themselves", () => {
    expect(alternatives('What did Gull Press report?', 'Press')).toEqual(['exact']);
    // Nothing else asked: its leads answer it, from its first sentence, not a passage "urged"
    // would match.
    const answer = engine.ask('What did Gull Press report?');
    expect(answer.passages[0]?.quote).toMatch(/^The fish stall has moved/);
    expect(answer.passages.every((p) => p.source.id === 'stall')).toBe(true);
    // A title word naming the article is also what it is about: it keeps its other forms.
    const question = 'What did the bands march piece say?';
    expect([...index.search(question, { limit: 3 }).plan.sources.terms]).toContain('march');
    expect(alternatives(question, 'march')).toContain('synonym');
  });
});

/**
 * The text side of the same rule (src/search/month-words.ts): a month the article names as a
 * date is matched by the question's own words only, and a month the question names as a date
 * matches no lowercase "march".
 */
describe('month names in the text', () => {
  const { engine: talks } = engineOver(
    {
      id: 'talks',
      title: 'Delegates meet',
      outlet: 'Bay Radio',
      published: '2024-06-07',
      paragraphs: [
        ['In March, the delegates met again in Minsk.'],
        ['Thousands continue to march weekly through the capital.'],
      ],
    },
    {
      id: 'office',
      title: 'Ferry office',
      outlet: 'Gull Press',
      published: '2024-06-05',
      paragraphs: [['The ferry company relocated its office to the harbour.']],
    },
  );
  const highlighted = (question: string, sentence: RegExp) => {
    const answer = talks.ask(question);
    const passage = [...answer.passages, ...answer.closest].find((p) => sentence.test(p.quote));
    expect(passage, question).toBeDefined();
    return passage!.highlights.map(([start, end]) => passage!.quote.slice(start, end));
  };

  it('a month naming a date is not matched by a synonym of another word ("move")', () => {
    const words = highlighted('When did the delegates move?', /delegates met/);
    expect(words).toContain('delegates');
    expect(words).not.toContain('March');
    // The verb still matches it.
    expect(highlighted('Who will move weekly?', /continue to march/)).toContain('march');
  });

  it('a month the question names as a date does not match the lowercase word', () => {
    const words = highlighted('Who was in the capital in March?', /continue to march/);
    expect(words).toContain('capital');
    expect(words).not.toContain('march');
  });
});
