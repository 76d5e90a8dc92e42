/**
 * A question naming only a source ("what did Radio Wenmoor report", "what did Ada Quill
 * write") is answered by its leads, in reading order, one quote per run of a paragraph
 * (engine/about-fallback.ts, engine/lead-windows.ts); a question asking what someone said is
 * quoted with the words a "She told us: …" after a one-sentence paragraph gives
 * (search/select/widen.ts). Invented articles.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leadSentences } from '../../src/engine/about-fallback.js';
import type { Corpus } from '../../src/corpus/types.js';
import type { Engine } from '../../src/engine/types.js';
import { plainCorpusEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const article = (title: string, outlet: string, author: string, date: string, text: string) =>
  [
    '---',
    `title: ${title}`,
    `outlet: ${outlet}`,
    `author: ${author}`,
    `date: ${date}`,
    '---',
    '',
    text,
  ].join('\n');

let engine: Engine;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ engine, cleanup } = await plainCorpusEngine({
    ...UNRELATED_ARTICLES,
    'radio-ferry.md': article(
      'Ferry withdrawn for repairs',
      'Radio Wenmoor News',
      'Ada Quill',
      '2025-05-02',
      [
        'The Wenmoor ferry has been withdrawn for repairs to its hull. Sailings will resume in June.',
        'Passenger Tom Hale, 70, has crossed on the ferry every week for forty years.',
        'He told us: "It is how I get to market. Without it I am stuck."',
        'The operator said refunds would be paid within a month.',
      ].join('\n\n'),
    ),
    'post-bridge.md': article(
      'Bridge tolls to rise',
      'Wenmoor Evening Post',
      'Ben Carrow',
      '2025-05-03',
      'Tolls on the Wenmoor bridge will rise by 20p in July, the bridge trust said.\n\nDrivers on the Wenmoor road will pay £1.40.',
    ),
    'council-library.md': article(
      'Library hours cut',
      'Wenmoor District Council',
      'Press Office',
      '2025-05-04',
      'Wenmoor District Council will open the central library four days a week from June.',
    ),
  }));
}, 60_000);
afterAll(() => cleanup());

describe('a question naming only a source', () => {
  it('is answered by its leads, in reading order, a paragraph run as one quote', () => {
    // "Wenmoor" is in every outlet's name: "radio wenmoor" is the name written out, not a word
    // asked about ("Wenmoor District Council …" is no answer).
    const answer = engine.ask('what did radio wenmoor report', { limit: 3 });
    expect(answer.answered).toBe(true);
    expect(answer.notFromNamed).toBeUndefined();
    expect(answer.passages.map((p) => p.quote)).toEqual([
      'The Wenmoor ferry has been withdrawn for repairs to its hull. Sailings will resume in June.',
      'Passenger Tom Hale, 70, has crossed on the ferry every week for forty years.',
    ]);
  });

  it('by its author is answered by the story, not the byline', () => {
    const answer = engine.ask('what did ada quill write');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.page).toBeUndefined();
    expect(answer.passages[0]?.quote).toMatch(/^The Wenmoor ferry has been withdrawn/);
  });
});

it("quotes someone's words with the one-sentence paragraph naming them", () => {
  const answer = engine.ask('what did tom hale tell radio wenmoor');
  const quote = answer.passages[0]?.quote ?? '';
  expect(quote).toMatch(/^Passenger Tom Hale, 70,/);
  expect(quote).toMatch(/He told us: "It is how I get to market\. Without it I am stuck\."$/);
  // A question about him, not his words, is quoted without them.
  const about = engine.ask('how long has tom hale crossed on the ferry');
  expect(about.passages[0]?.quote).toBe(
    'Passenger Tom Hale, 70, has crossed on the ferry every week for forty years.',
  );
});

describe('leadSentences', () => {
  // Two articles: 0 with body sentences 0–2 (after a heading), 1 with 4–5.
  const corpus = {
    articles: [],
    sentences: [
      { article: 0, kind: 'heading', paragraph: 0 },
      { article: 0, kind: 'body', paragraph: 1 },
      { article: 0, kind: 'body', paragraph: 1 },
      { article: 0, kind: 'body', paragraph: 2 },
      { article: 1, kind: 'body', paragraph: 0 },
      { article: 1, kind: 'body', paragraph: 1 },
    ],
  } as unknown as Corpus;

  it('gives one lead each by default, in the order asked', () => {
    expect(leadSentences(corpus, [1, 0])).toEqual([4, 1]);
  });

  it('gives more of each in turn, article by article in reading order', () => {
    expect(leadSentences(corpus, [0], 3)).toEqual([1, 2, 3]);
    expect(leadSentences(corpus, [0, 1], 3)).toEqual([1, 2, 4]);
    expect(leadSentences(corpus, [0, 1], 9)).toEqual([1, 2, 3, 4, 5]);
  });
});
