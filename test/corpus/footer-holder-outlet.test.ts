/**
 * A saved page states its outlet at its foot, in a copyright notice ("© 2026 Tollan Bay
 * Herald"), in no meta tag: the page's footer, which Readability leaves out of the article, is
 * read for it as a text's footer is (clean.ts, site-evidence.ts), and only where nothing else
 * names the outlet. A notice in a picture's caption names the picture's rights, never the page's.
 * Tiny invented pages.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { articleFolders } from '../support/corpus-fixture.js';

const { corpusOf, removeAll } = articleFolders();
afterEach(removeAll);

const STORY = [
  'The island ferry will run four crossings a day instead of seven from 1 November, its operator said on Tuesday.',
  'Councillor Tam Reid said the change would leave commuters on the island stranded after six in the evening.',
  'The operator said it would review the timetable in March after hearing from islanders.',
];

/** A saved page: a logo, a cookie banner, the story (with `inStory` after it), then `footer`. */
const page = (footer: string, inStory = '') =>
  [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ferry crossings cut for winter</title></head><body>',
    '<header><a href="https://tollanbay.example/"><img src="logo.png" alt="Tollan Bay Herald"></a></header>',
    '<div class="cookies"><p>Tollan Bay Herald uses cookies to give you the best experience.</p><button>Accept</button></div>',
    '<main><article><h1>Ferry crossings cut for winter</h1><p>By Ellen Marsh</p>',
    ...STORY.map((text) => `<p>${text}</p>`),
    inStory,
    '</article></main>',
    `<footer>${footer}<p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></p></footer>`,
    '</body></html>',
  ].join('\n');

describe("a saved page's outlet stated only at its foot", () => {
  it('is the holder its copyright notice names', async () => {
    const dir = await corpusOf({ 'ferry.html': page('<p>© 2026 Tollan Bay Herald</p>') });
    const [article] = (await loadCorpus(dir)).articles;
    expect(article?.meta.outlet).toBe('Tollan Bay Herald');
    expect(article?.text).not.toContain('©');
  });

  it("is no caption's rights holder, nor one of two holders that differ", async () => {
    const dir = await corpusOf({
      'caption.html': page(
        '',
        '<figure><img src="ferry.jpg" alt=""><figcaption>© Ana Ruiz 2026</figcaption></figure>',
      ),
      'two.html': page('<p>© 2026 Tollan Bay Herald</p><p>© 2026 Quay Photo Agency</p>'),
    });
    const outlets = Object.fromEntries(
      (await loadCorpus(dir)).articles.map(({ meta }) => [meta.file, meta.outlet]),
    );
    expect(outlets['two.html']).toBeNull();
    expect(outlets['caption.html']).not.toBe('Ana Ruiz');
  });
});
