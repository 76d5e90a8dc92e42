import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { markOmissions } from '../../src/corpus/omissions.js';
import type { Corpus } from '../../src/corpus/types.js';
import { articleFolders, BUNDLED_CORPUS } from '../support/corpus-fixture.js';
import { piecesNotIn, rawTextOf } from '../support/verbatim-pieces.js';

const { corpusOf, removeAll } = articleFolders();
afterEach(removeAll);

/** Each sentence of `corpus` as shown, with the pieces of it that are no span of its file. */
function unverbatim(corpus: Corpus, folder: string): Array<{ shown: string; pieces: string[] }> {
  const raws = corpus.articles.map((article) =>
    rawTextOf(path.join(folder, 'articles'), article.meta.file),
  );
  return corpus.sentences.flatMap((sentence) => {
    const shown = corpus.articles[sentence.article]!.text.slice(sentence.start, sentence.end);
    const pieces = piecesNotIn(shown, raws[sentence.article]!);
    return pieces.length === 0 ? [] : [{ shown, pieces }];
  });
}

/** The sentences of the only article of `corpus`, as shown. */
const sentencesOf = (corpus: Corpus) =>
  corpus.sentences.map((s) => corpus.articles[s.article]!.text.slice(s.start, s.end));

describe('markOmissions', () => {
  it('marks text left out between two runs of a paragraph at the space between them', () => {
    const source = 'The ferry will run until\n\nhttps://example.com/a\n\nmidnight on Fridays.';
    expect(markOmissions(['The ferry will run until midnight on Fridays.'], source)).toEqual([
      'The ferry will run until … midnight on Fridays.',
    ]);
  });

  it('leaves a paragraph that is one span of its source, whitespace aside, as it is', () => {
    const source = 'The ferry will run\n   until midnight\non Fridays.';
    expect(markOmissions(['The ferry will run until midnight on Fridays.'], source)).toEqual([
      'The ferry will run until midnight on Fridays.',
    ]);
  });

  it('ends a run at a word’s end where the text left out begins as the next word does', () => {
    // "mid" of "midweek" runs on from "until": the run stops before the word it cut into.
    const source = 'Buses will run until\nmidweek offers: see the site\nmidnight on Fridays.';
    expect(markOmissions(['Buses will run until midnight on Fridays.'], source)).toEqual([
      'Buses will run until … midnight on Fridays.',
    ]);
  });

  it('leaves text left out between two sentences unmarked: each sentence is a span on its own', () => {
    const source = 'The ferry runs late.\n\nhttps://example.com/a\n\n“It is busy,” she said.';
    expect(markOmissions(['The ferry runs late. “It is busy,” she said.'], source)).toEqual([
      'The ferry runs late. “It is busy,” she said.',
    ]);
    const quoted = '“The ferry runs late.”\nSign up now\nShe said it was busy.';
    expect(markOmissions(['“The ferry runs late.” She said it was busy.'], quoted)).toEqual([
      '“The ferry runs late.” She said it was busy.',
    ]);
  });

  it('claims nothing of a paragraph its source does not hold', () => {
    expect(markOmissions(['Nothing here.'], 'Something else.')).toEqual(['Nothing here.']);
  });
});

describe('a sentence that cleaning rejoined across dropped text', () => {
  it('shows "…" where a wrapped text file’s link lines stood inside it', async () => {
    const dir = await corpusOf({
      'ferry.txt': [
        'Ferry timetable cut for the winter',
        'March 3, 2026',
        '',
        'The Tarnmouth ferry will stop running after 8pm from November, the operator said,',
        'citing the falling number of passengers on the late crossings to the island’s',
        '',
        'https://www.tarnmouth-news.example/ferry/timetable',
        'https://www.tarnmouth-news.example/2025/10/02/ferry-fares-rise',
        '',
        '',
        'harbour.',
        '',
        'The last boat from the island will leave at 7.30pm.',
      ].join('\n'),
    });
    const corpus = await loadCorpus(dir);
    expect(sentencesOf(corpus)).toContain(
      'The Tarnmouth ferry will stop running after 8pm from November, the operator said, citing the falling number of passengers on the late crossings to the island’s … harbour.',
    );
    expect(unverbatim(corpus, dir)).toEqual([]);
  });

  it('shows "…" where a related article’s link stood inside it, a paragraph apart', async () => {
    const dir = await corpusOf({
      'pontoon.txt': [
        'Pontoon to open in June',
        '',
        'The harbour board said on Monday that the new visitor pontoon would open in June and',
        '',
        'Related article: Harbour fees to rise for a third year',
        '',
        'that boat owners would be offered berths at last year’s fees.',
        '',
        'The pontoon has room for 40 boats.',
      ].join('\n'),
    });
    const corpus = await loadCorpus(dir);
    expect(sentencesOf(corpus)).toContain(
      'The harbour board said on Monday that the new visitor pontoon would open in June and … that boat owners would be offered berths at last year’s fees.',
    );
    expect(unverbatim(corpus, dir)).toEqual([]);
  });

  it('shows "…" where a page’s advertisement slot, left out by Readability, stood inside it', async () => {
    const dir = await corpusOf({
      'bridge.html': `<!doctype html><html><head><title>Bridge to close for repairs</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>Bridge to close for repairs</h1>
<p>The Kestrel Bay council said on Tuesday that the old harbour bridge would close for eight weeks from May so that engineers can replace its rusted bearings and</p>
<div class="ad-break">Advertisement</div>
<p>resurface the deck, which has not been repaired since 1987.</p>
<p>Traffic will be sent along the coast road, adding about ten minutes to journeys, the council said in a statement.</p>
<p>The council&rsquo;s transport chair, Ana Ruiz, said the closure was unavoidable and that the work would be finished before the summer season.</p>
</article></body></html>`,
    });
    const corpus = await loadCorpus(dir);
    expect(sentencesOf(corpus)).toContain(
      'The Kestrel Bay council said on Tuesday that the old harbour bridge would close for eight weeks from May so that engineers can replace its rusted bearings and … resurface the deck, which has not been repaired since 1987.',
    );
    expect(unverbatim(corpus, dir)).toEqual([]);
  });
});

describe('every sentence shown is verbatim, piece by piece, in its file as decoded', () => {
  it.each([
    ['bundled', BUNDLED_CORPUS],
    ['news', path.resolve('test/eval/corpora/news')],
  ])('holds over the %s corpus', async (_name, folder) => {
    const corpus = await loadCorpus(folder);
    expect(corpus.sentences.length).toBeGreaterThan(50);
    expect(unverbatim(corpus, folder)).toEqual([]);
  });
});
