import { afterEach, describe, expect, it } from 'vitest';
import { isLetterClose, splitLetterClose } from '../../src/corpus/letter-close.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { articleFolders } from '../support/corpus-fixture.js';

const { corpusOf, removeAll } = articleFolders();
afterEach(removeAll);

describe("a letter's close and its postscript", () => {
  it('are paragraphs of their own, and the close is never the title', async () => {
    const dir = await corpusOf({
      'letter.txt': [
        'Madam,',
        '',
        'The new parking charges at the harbour have emptied the car park on weekday mornings.',
        '',
        'Yours, a regular visitor from Tarnbridge',
        'P.S. Two of the kiosks on the front closed in October after their takings halved.',
      ].join('\n'),
    });
    const [article] = (await loadCorpus(dir)).articles;
    expect(article?.meta.title).toBe('');
    const paragraphs = article?.paragraphs.map((p) => article.text.slice(p.start, p.end));
    expect(paragraphs).toContain('Yours, a regular visitor from Tarnbridge');
    expect(paragraphs).toContain(
      'P.S. Two of the kiosks on the front closed in October after their takings halved.',
    );
  });

  it('splits a block at a close and before a postscript, and leaves other blocks whole', () => {
    expect(splitLetterClose(['It must stop.\nYours sincerely,\nAna Ruiz\nP.P.S. Thanks.'])).toEqual(
      ['It must stop.', 'Yours sincerely,\nAna Ruiz', 'P.P.S. Thanks.'],
    );
    const prose = 'Yours is the last shop on the street, she told him.\nPS5 sales rose.';
    expect(splitLetterClose([prose])).toEqual([prose]);
    expect(isLetterClose('Kind regards, Ana')).toBe(true);
    expect(isLetterClose('Yours truly was the name of the boat.')).toBe(false);
  });
});
