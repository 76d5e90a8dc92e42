/**
 * A page question answers from the article it names, or says that article states nothing: never
 * with another article's page line. A tiny invented corpus read from files.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/types.js';
import { suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const FILES: Record<string, string> = {
  // Named by the questions; states no date anywhere. Its title (from articles.json) is not in
  // its text, which uses only "Dunmore" and "repair": words the other outlet's dated article is
  // titled with too.
  'cost.txt':
    'The repair of the Dunmore ferry landing stage will cost four million pounds, the operator said.\n\nDivers found two more cracked piles under the stage.',
  'articles.json': JSON.stringify({
    articles: [
      {
        file: 'cost.txt',
        id: 'cost',
        title: 'Dunmore repair bill climbs to £4m',
        outlet: 'Bay Gazette',
        published: null,
      },
    ],
  }),
  // Another outlet's article about the repair, with a dateline.
  'works.txt': [
    'Dunmore ferry repair work begins',
    'By Ana Ruiz, Coast Post',
    'March 4, 2023',
    'Repair work on the Dunmore ferry landing stage began on Monday.',
    'Divers will inspect the piles first, the operator said.',
  ].join('\n\n'),
  // The named outlet's other article, dated.
  'strike.md': [
    '---',
    'title: Ferry crews vote to strike',
    'outlet: Bay Gazette',
    'date: 2023-02-10',
    '---',
    '',
    '# Ferry crews vote to strike',
    '',
    'Crews on the Dunmore ferry voted to strike over pay.',
  ].join('\n'),
  // Unrelated articles, so one outlet's name is rare enough to name its articles.
  ...UNRELATED_ARTICLES,
};

const engine = suiteEngine(FILES);

const pageQuotes = (answer: Answer) =>
  answer.passages.filter((passage) => passage.page).map((passage) => passage.quote);
const notStated = (answer: Answer) => answer.notStated?.map((note) => note.source.title) ?? [];

describe('a page question naming an article that states no date', () => {
  it('by its quoted title: says that article gives no date, quoting no other page', () => {
    const answer = engine.ask('when was "Dunmore repair bill climbs to £4m" published?');
    expect(pageQuotes(answer)).toEqual([]);
    expect(notStated(answer)).toEqual(['Dunmore repair bill climbs to £4m']);
  });

  it('by its outlet and subject: the same', () => {
    const answer = engine.ask('when was the Bay Gazette story about the repair bill published?');
    expect(pageQuotes(answer)).toEqual([]);
    expect(notStated(answer)).toEqual(['Dunmore repair bill climbs to £4m']);
  });

  it('still answers from the page of the article that does state its date', () => {
    const answer = engine.ask('when was "Dunmore ferry repair work begins" published?');
    expect(pageQuotes(answer)).toEqual(['March 4, 2023']);
  });
});
