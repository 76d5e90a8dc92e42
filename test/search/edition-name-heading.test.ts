import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { isMetadataHeading } from '../../src/corpus/metadata-heading.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { removeFolder, writePlainCorpus } from '../support/corpus-fixture.js';
import { sentenceText } from '../../src/corpus/sentence-text.js';

const folders: string[] = [];
afterAll(async () => Promise.all(folders.map(removeFolder)));

const STORY =
  'For more than a century the Tarnmouth lido has come back from every flood. It first closed in 1953.\n\nThe diving board was added in 1931, when the lido drew crowds from across the county.';

describe("an edition's name set as a heading under the byline", () => {
  it('is a label of the article, never quoted, as an outlet’s name is', async () => {
    const folder = await writePlainCorpus({
      'lido.txt': `When the lido flooded before\n\nBy Ana Ruiz\n\nTarnmouth Gazette Weekend\n\n${STORY}\n`,
    });
    folders.push(folder);
    const corpus = await loadCorpus(folder);
    const index = SearchIndex.build(corpus, corpus.aliases);
    const textOf = (s: number) => sentenceText(corpus, s);
    const result = index.search('tarnmouth gazette weekend', { limit: 3 });
    const shown = [...result.hits, ...result.closest].map((hit) => textOf(hit.window.first));
    expect(shown).not.toContain('Tarnmouth Gazette Weekend');
  });

  it('is told by an outlet’s name before the edition’s words, not by the words alone', () => {
    const meta = {
      id: 'a',
      file: 'a.txt',
      title: 'Lido reopens',
      outlet: null,
      published: null,
      url: null,
      author: null,
    };
    const heading = { article: 0, paragraph: 0, start: 0, end: 0, kind: 'heading' as const };
    const article = { meta };
    expect(isMetadataHeading(heading, 'Tarnmouth Gazette Weekend', article)).toBe(true);
    expect(isMetadataHeading(heading, 'MARROW BAY GAZETTE DAILY BRIEFING', article)).toBe(true);
    expect(isMetadataHeading(heading, 'Harbourside Briefing', article)).toBe(false);
    expect(isMetadataHeading(heading, 'Gazette Weekend', article)).toBe(false);
    expect(isMetadataHeading(heading, 'What the weekend brought', article)).toBe(false);
  });
});
