/**
 * An author read from a page that ends in an outlet's name ("By Ana Ruiz, Westmarch Lantern", an
 * outlet without a news outlet's noun) is the author alone when the page or the corpus states
 * that outlet; the outlet is then the article's outlet unless one is stated. Tiny invented
 * corpora.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { authorAndOutlet } from '../../src/corpus/byline.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { removeFolder, writePlainCorpus } from '../support/corpus-fixture.js';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map(removeFolder));
});

const BODY = 'The ferry timetable will be cut for the winter months, the operator said on Monday.';
const article = (byline: string, foot = '') =>
  `Ferry timetable cut for winter\n\n${byline}\n\n${BODY}\n${foot ? `\n${foot}\n` : ''}`;

async function metaOf(files: Record<string, string>) {
  const dir = await writePlainCorpus(files);
  folders.push(dir);
  const corpus = await loadCorpus(dir);
  return Object.fromEntries(corpus.articles.map(({ meta }) => [meta.id, meta]));
}

describe('authorAndOutlet', () => {
  it('splits off a known outlet at the end, compared without case or "The"', () => {
    expect(authorAndOutlet('Ana Ruiz, Westmarch Lantern', ['The Westmarch Lantern'])).toEqual({
      author: 'Ana Ruiz',
      outlet: 'Westmarch Lantern',
    });
    expect(authorAndOutlet('Ana Ruiz, Ben Ode', ['Westmarch Lantern'])).toEqual({
      author: 'Ana Ruiz, Ben Ode',
      outlet: null,
    });
    expect(authorAndOutlet('Westmarch Lantern', ['Westmarch Lantern']).outlet).toBeNull();
  });
});

describe('an author field ending in an outlet', () => {
  it("is the author alone when the page's footer names that outlet", async () => {
    const meta = await metaOf({
      'ferry.txt': article('By Ana Ruiz, Westmarch Lantern', '(c) Westmarch Lantern 2026'),
    });
    expect(meta.ferry).toMatchObject({ author: 'Ana Ruiz', outlet: 'Westmarch Lantern' });
  });

  it('is the author alone, and that outlet, when another article or articles.json states it', async () => {
    const meta = await metaOf({
      'ferry.txt': article('By Ana Ruiz, Westmarch Lantern'),
      'pier.txt': article('By Ben Ode', '(c) Westmarch Lantern 2026'),
    });
    expect(meta.ferry).toMatchObject({ author: 'Ana Ruiz', outlet: 'Westmarch Lantern' });
    const listed = await metaOf({
      'ferry.txt': article('By Ana Ruiz, Westmarch Lantern'),
      'articles.json': JSON.stringify({
        articles: [{ file: 'other.txt', outlet: 'Westmarch Lantern' }],
      }),
      'other.txt': article('By Ben Ode'),
    });
    expect(listed.ferry).toMatchObject({ author: 'Ana Ruiz', outlet: 'Westmarch Lantern' });
  });

  it('keeps a second name no one states as an outlet, and what articles.json states', async () => {
    const meta = await metaOf({
      'ferry.txt': article('By Ana Ruiz, Ben Ode'),
      'pier.txt': article('By Ana Ruiz, Westmarch Lantern', '(c) Westmarch Lantern 2026'),
      'articles.json': JSON.stringify({
        articles: [{ file: 'pier.txt', author: 'Ana Ruiz, Westmarch Lantern', outlet: null }],
      }),
    });
    expect(meta.ferry).toMatchObject({ author: 'Ana Ruiz, Ben Ode', outlet: null });
    expect(meta.pier).toMatchObject({ author: 'Ana Ruiz, Westmarch Lantern', outlet: null });
  });

  it('keeps an outlet stated otherwise', async () => {
    const meta = await metaOf({
      'ferry.txt': article('By Ana Ruiz, Westmarch Lantern', '(c) Gull Bay Times 2026'),
      'pier.txt': article('By Ben Ode', '(c) Westmarch Lantern 2026'),
    });
    expect(meta.ferry).toMatchObject({ author: 'Ana Ruiz', outlet: 'Gull Bay Times' });
  });
});
