/**
 * A signed letter or newsletter piece is by its signatory: the personal name under its close
 * ("With best wishes," / "Marion Treloar" / "Chair, …") is its author when no byline names one
 * and no other item follows it.
 * A letter quoted in someone else's report, whose text names the signatory again, is not the
 * signatory's piece, and a byline is what the article states first. Invented names and places.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { articleFolders } from '../support/corpus-fixture.js';

const { corpusOf, removeAll } = articleFolders();
afterEach(removeAll);

const SIGN_OFF = [
  'With best wishes,',
  'Marion Treloar',
  'Chair, Hollingford Village Hall Committee',
];

async function authorOf(paragraphs: string[]): Promise<string | null> {
  const dir = await corpusOf({ 'letter.txt': paragraphs.join('\n\n') + '\n' });
  const [article] = (await loadCorpus(dir)).articles;
  if (article === undefined) throw new Error('no article');
  expect(article.text).not.toContain('Marion Treloar');
  return article.meta.author;
}

describe('a signed piece', () => {
  it('is by its signatory', async () => {
    const author = await authorOf([
      'The hall roof will be replaced this winter',
      'The committee voted on Tuesday to spend £12,000 from its reserves on a new roof.',
      'I want to thank everyone who gave to the appeal last spring.',
      SIGN_OFF.join('\n'),
    ]);
    expect(author).toBe('Marion Treloar');
  });

  it('is by its byline’s author when a byline names one', async () => {
    const author = await authorOf([
      'The hall roof will be replaced this winter',
      'By Owen Castell',
      'The committee voted on Tuesday to spend £12,000 from its reserves on a new roof.',
      SIGN_OFF.join('\n'),
    ]);
    expect(author).toBe('Owen Castell');
  });

  it('followed by another item of the newsletter is not the whole article’s', async () => {
    const author = await authorOf([
      'The hall roof will be replaced this winter',
      'The committee voted on Tuesday to spend £12,000 from its reserves on a new roof.',
      SIGN_OFF.join('\n'),
      'Film nights',
      'Film nights will return in March, once the roof is finished.',
    ]);
    expect(author).toBeNull();
  });

  it('quoted in a report that names the signatory is not the signatory’s', async () => {
    const author = await authorOf([
      'Hall committee to spend reserves on roof',
      'Ms Treloar wrote to every household in Hollingford on Monday to explain the decision.',
      'The committee voted on Tuesday to spend £12,000 from its reserves on a new roof.',
      SIGN_OFF.join('\n'),
    ]);
    expect(author).toBeNull();
  });
});
