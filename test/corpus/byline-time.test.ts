import { afterEach, describe, expect, it } from 'vitest';
import { parseByline } from '../../src/corpus/byline.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { articleFolders } from '../support/corpus-fixture.js';

const { corpusOf, removeAll } = articleFolders();
afterEach(removeAll);

describe('a byline with a separator, a date and a time after the name', () => {
  it('gives the author and the date, whatever way the time is written', () => {
    for (const time of ['9:40am', '9:40 am', '9:40PM', '9.40 p.m.'])
      expect(parseByline(`By Orla Penhale | 12 March 2026, ${time}`), time).toEqual({
        author: 'Orla Penhale',
        outlet: null,
        date: '2026-03-12',
      });
    // A sentence after the bar is no byline's field.
    expect(parseByline('By Orla Penhale | she said she am here')).toBeNull();
  });

  it("is a page's byline under its headline", async () => {
    const dir = await corpusOf({
      'page.html':
        '<html><body><header><a href="/">Home</a></header><main><article><h1>Lifeboat crew called out twice</h1>' +
        '<p class="meta">By Orla Penhale | 12 March 2026, 9:40am</p>' +
        '<p>The lifeboat was launched twice on Tuesday to help walkers cut off by the tide, the station said.</p>' +
        '<p>Both groups were brought ashore safely and nobody needed hospital treatment afterwards.</p>' +
        '</article></main></body></html>',
    });
    const corpus = await loadCorpus(dir);
    expect(corpus.articles[0]?.meta).toMatchObject({
      author: 'Orla Penhale',
      published: '2026-03-12',
    });
  });
});
