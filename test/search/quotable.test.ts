import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { isMetadataHeading } from '../../src/corpus/metadata-heading.js';
import { removeFolder, writePlainCorpus } from '../support/corpus-fixture.js';
import { sentenceText } from '../../src/corpus/sentence-text.js';

const folders: string[] = [];
afterAll(async () => Promise.all(folders.map(removeFolder)));

/** A .txt and a .md article whose headlines hold the question's words better than their text does. */
const FILES = {
  'ferry.txt':
    'Skarvik ferry reopens after winter repairs\n\nThe ferry between Lindholm and Skarvik resumed on 3 May after its hull was repaired.\n\nTickets cost the same as last year.',
  'quay.md':
    '# Lindholm quay opening delayed by storm\n\nThe opening of the new quay in Lindholm was moved to 12 June because a storm damaged the pier.\n\nThe council said the cost is unchanged.',
};

async function indexOf(files: Record<string, string>) {
  const folder = await writePlainCorpus(files);
  folders.push(folder);
  const corpus = await loadCorpus(folder);
  return { corpus, index: SearchIndex.build(corpus, corpus.aliases) };
}

describe('headlines', () => {
  it('of .txt and .md articles are never quoted as passages, though their words still find the article', async () => {
    const { corpus, index } = await indexOf(FILES);
    const textOf = (s: number) => sentenceText(corpus, s);
    // The corpus layer reads both headlines as headings and as the titles.
    const titles = corpus.sentences.flatMap((sentence, s) =>
      isMetadataHeading(sentence, textOf(s), corpus.articles[sentence.article]!) ? [textOf(s)] : [],
    );
    expect(titles.sort()).toEqual([
      'Lindholm quay opening delayed by storm',
      'Skarvik ferry reopens after winter repairs',
    ]);
    for (const question of [
      'when did the Skarvik ferry reopen after winter repairs',
      'why was the Lindholm quay opening delayed',
    ]) {
      const result = index.search(question, { limit: 3 });
      const shown = [...result.hits, ...result.closest].map((hit) => textOf(hit.window.first));
      expect(shown.length).toBeGreaterThan(0);
      for (const text of shown) expect(titles).not.toContain(text);
    }
    const ferry = index.search('when did the Skarvik ferry reopen after winter repairs', {
      limit: 1,
    });
    expect(textOf([...ferry.hits, ...ferry.closest][0]!.window.first)).toContain(
      'resumed on 3 May',
    );
  });

  it('is told from a heading of the text by the article’s metadata, not by its position', () => {
    const meta = {
      id: 'a',
      file: 'a.txt',
      title: 'Ferry reopens',
      outlet: 'Harbour Gazette',
      published: null,
      url: null,
      author: null,
    };
    const heading = { article: 0, paragraph: 0, start: 0, end: 0, kind: 'heading' as const };
    const article = { meta };
    expect(isMetadataHeading(heading, 'Ferry  reopens', article)).toBe(true);
    expect(isMetadataHeading(heading, 'HARBOUR GAZETTE', article)).toBe(true);
    expect(isMetadataHeading(heading, 'What the inspectors found', article)).toBe(false);
    expect(isMetadataHeading({ ...heading, kind: 'body' }, 'Ferry reopens', article)).toBe(false);
  });

  it('is the headline line with its site name beside it, and any outlet’s name set as a masthead', async () => {
    const meta = {
      id: 'a',
      file: 'a.txt',
      title: 'Pier repairs finished early',
      outlet: null,
      published: null,
      url: null,
      author: null,
    };
    const heading = { article: 0, paragraph: 0, start: 0, end: 0, kind: 'heading' as const };
    const article = { meta, headline: 'Pier repairs finished early' };
    const is = (text: string) => isMetadataHeading(heading, text, article);
    expect(is('Pier repairs finished early | Gull Bay Times')).toBe(true);
    expect(is('Gull Bay Times — Pier repairs finished early')).toBe(true);
    expect(is('Velmora Courier')).toBe(true);
    // A site's header: the outlet and a section, as a masthead names the outlet.
    expect(is('Radio Brackwater - News')).toBe(true);
    expect(is('Brackwater Voice - News')).toBe(false);
    // A headline line with its topic and site beside it.
    expect(is('Pier repairs finished early | Harbour Affairs | Brackwater Voice')).toBe(true);
    expect(is('What the inspectors found | Gull Bay Times')).toBe(false);
    expect(is('Pier repairs finished early | Harbour board')).toBe(false);

    const { corpus, index } = await indexOf({
      'pier.txt':
        'Pier repairs finished early | Gull Bay Times\n\nCrews finished the pier repairs on Monday, two weeks ahead of schedule.',
    });
    const result = index.search('pier repairs finished early', { limit: 3 });
    const shown = [...result.hits, ...result.closest].map((hit) => {
      const s = corpus.sentences[hit.window.first]!;
      return corpus.articles[s.article]!.text.slice(s.start, s.end);
    });
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).not.toContain('Pier repairs finished early | Gull Bay Times');
  });

  it('is the headline cleaning read even when articles.json says "title": null or another title', async () => {
    for (const title of [null, 'Ferry service notes']) {
      const folder = await writePlainCorpus({
        ...FILES,
        'articles.json': JSON.stringify({ articles: [{ file: 'ferry.txt', title }] }),
      });
      folders.push(folder);
      const corpus = await loadCorpus(folder);
      const ferry = corpus.articles.findIndex((a) => a.meta.file === 'ferry.txt');
      expect(corpus.articles[ferry]!.meta.title).toBe(title ?? '');
      const headline = corpus.sentences.find((s) => s.article === ferry && s.kind === 'heading')!;
      const text = corpus.articles[ferry]!.text.slice(headline.start, headline.end);
      expect(text).toBe('Skarvik ferry reopens after winter repairs');
      expect(isMetadataHeading(headline, text, corpus.articles[ferry]!)).toBe(true);
      const index = SearchIndex.build(corpus, corpus.aliases);
      const result = index.search('when did the Skarvik ferry reopen after winter repairs', {
        limit: 3,
      });
      const shown = [...result.hits, ...result.closest].map((hit) => {
        const s = corpus.sentences[hit.window.first]!;
        return corpus.articles[s.article]!.text.slice(s.start, s.end);
      });
      expect(shown).not.toContain('Skarvik ferry reopens after winter repairs');
    }
  });
});
