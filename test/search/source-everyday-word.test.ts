/**
 * A source is named by its distinctive name, not by a common word of its name that the coverage
 * writes in lower case for what it reports (plan/outlet-word-use.ts `writesAsEverydayWord`):
 * beside a release from "Tarnby Coastguard", the coverage's "the coastguard said" makes
 * "coastguard" a word a question needs as content ("how do I pass on info to the coastguard"),
 * not the release's name. The release's name in full still names it. Invented articles.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const RELEASE: SearchFixtureArticle = {
  id: 'release',
  title: 'Appeal after dinghy capsizes off Skarvik Point',
  outlet: 'Tarnby Coastguard',
  published: '2025-08-11',
  paragraphs: [
    ['Tarnby Coastguard is appealing for witnesses after a dinghy capsized off Skarvik Point.'],
    ['Anyone with information is asked to call 999 quoting incident 4471.'],
  ],
};
const local = (id: string, day: number, sentence: string): SearchFixtureArticle => ({
  id,
  title: `Harbour notes ${day}`,
  outlet: 'Lindholm Echo',
  published: `2025-08-1${day}`,
  paragraphs: [[sentence]],
});
const ARTICLES = [
  RELEASE,
  local('echo1', 2, 'Two sailors were rescued off Skarvik Point, the coastguard said.'),
  local('echo2', 3, 'The harbour was busy with visitors on Sunday, the coastguard said.'),
  local('echo3', 4, 'The dinghy was towed back to the harbour by a fishing boat.'),
];

describe('a common word of an outlet’s name the coverage writes in lower case', () => {
  beforeAll(() => void engineOver(...ARTICLES), 120_000);

  it('names no source alone', () => {
    const { index } = engineOver(...ARTICLES);
    const plan = index.rank('how do i pass on info to the coastguard').plan;
    expect([...plan.sources.articles]).toEqual([]);
  });

  it('leaves the question answered by what it asks, not refused for its source', () => {
    const { engine } = engineOver(...ARTICLES);
    const answer = engine.ask('how do i pass on info to the coastguard');
    expect(answer.notFromNamed).toBeUndefined();
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toMatch(/^Anyone with information is asked to call 999/);
  });

  it('still names the source in its full name', () => {
    const { index } = engineOver(...ARTICLES);
    const plan = index.rank('what did Tarnby Coastguard say about the dinghy').plan;
    expect([...plan.sources.articles]).toEqual([0]);
  });
});
