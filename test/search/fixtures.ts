/**
 * Tiny invented corpora for the search tests: articles given as paragraphs of sentences, with
 * the metadata a test needs, turned into a corpus (exact offsets, as the timeline's fixtures
 * do) and an engine over it.
 */
import type { Corpus } from '../../src/corpus/types.js';
import { CorpusEngine } from '../../src/engine/engine.js';
import type { Engine } from '../../src/engine/types.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { corpusOf, type FixtureArticle } from '../timeline/fixtures.js';

/** An invented article with the metadata the search layer reads. */
export interface SearchFixtureArticle extends FixtureArticle {
  title?: string;
  outlet?: string | null;
}

/** The corpus of some invented articles. */
export function searchCorpus(...articles: SearchFixtureArticle[]): Corpus {
  const corpus = corpusOf(...articles);
  articles.forEach((article, i) => {
    const meta = corpus.articles[i]?.meta;
    if (!meta) return;
    if (article.title !== undefined) meta.title = article.title;
    if (article.outlet !== undefined) meta.outlet = article.outlet;
  });
  return corpus;
}

interface Opened {
  engine: Engine;
  corpus: Corpus;
  index: SearchIndex;
}

/** Engines already built, by their articles: building reads WordNet, a second or so each. */
const built = new Map<string, Opened>();

/** An engine over invented articles (no timeline), and its corpus; built once per set of articles. */
export function engineOver(...articles: SearchFixtureArticle[]): Opened {
  const key = JSON.stringify(articles);
  let opened = built.get(key);
  if (!opened) {
    const corpus = searchCorpus(...articles);
    const index = SearchIndex.build(corpus, []);
    const builtAt = new Date().toISOString();
    opened = { engine: new CorpusEngine(corpus, index, [], builtAt), corpus, index };
    built.set(key, opened);
  }
  return opened;
}

/** The id of the article whose sentence `index` ranks first for `question`, or null when none. */
export function firstArticleId({ index, corpus }: Opened, question: string): string | null {
  const best = index.rank(question).ranked[0];
  return best === undefined
    ? null
    : corpus.articles[corpus.sentences[best.sentence]!.article]!.meta.id;
}

/**
 * Two outlets on a new quay: a description as subject ("The 52-year-old"), a pronoun ("They"),
 * and a cost the outlets state differently. Shared by the pipeline and abstention tests.
 */
/**
 * An invented annual address of `year` by `speaker`, as an articles.json entry gives one: titled
 * "Annual message, YEAR (SPEAKER)", dated 3 December of that year, no outlet.
 */
export function annualAddress(
  year: number,
  speaker: string,
  paragraphs: string[][],
): SearchFixtureArticle {
  return {
    id: `a${year}`,
    title: `Annual message, ${year} (${speaker})`,
    outlet: null,
    published: `${year}-12-03`,
    paragraphs,
  };
}

/**
 * A one-sentence speech titled and dated as an articles.json entry gives it (`published`: a
 * year), beside {@link UNRELATED_SPEECHES}: the source-naming tests' corpora.
 */
export const speech = (
  id: string,
  title: string,
  published: string,
  sentence: string,
): SearchFixtureArticle => ({ id, title, published, paragraphs: [[sentence]] });

/** Four one-sentence articles on nothing the source-naming tests ask, so rarity weights are not degenerate. */
export const UNRELATED_SPEECHES: readonly SearchFixtureArticle[] = [
  speech('a', 'Harbour fees', '2001', 'The harbour fees rose again.'),
  speech('b', 'School board', '2002', 'The school board met on Monday.'),
  speech('c', 'Market day', '2003', 'The market opens at dawn.'),
  speech('d', 'Ferry timetable', '2004', 'The ferry leaves at noon.'),
];

/**
 * A town's petition against a bridge toll (Carrow Courier, 6 May 2025): its count of signatures
 * "by the weekend", then `more` paragraphs of one sentence each, for the vocabulary gates' tests.
 */
export function tollPetition(...more: string[]): SearchFixtureArticle {
  return {
    id: 'petition',
    title: 'Toll petition grows',
    outlet: 'Carrow Courier',
    published: '2025-05-06',
    paragraphs: [
      [
        'The petition against the bridge toll had 4,200 signatures by the weekend, organisers said.',
      ],
      ...more.map((sentence) => [sentence]),
    ],
  };
}

/**
 * Four articles of one outlet on four towns' markets, on nothing the vocabulary gates' tests
 * ask: the corpus's everyday words ("stall", "cheese", "spring") without their topics.
 */
export const MARKET_NEWS: readonly SearchFixtureArticle[] = ['Elm', 'Oak', 'Ash', 'Yew'].map(
  (town, i) => ({
    id: `market-${i}`,
    title: `${town} market news`,
    outlet: 'Carrow Courier',
    published: `2025-05-1${i}`,
    paragraphs: [
      [`The ${town} market opened a new stall for local cheese on Saturday.`],
      [`Traders in ${town} said footfall rose over the spring.`],
    ],
  }),
);

export const HARBOUR_GAZETTE: SearchFixtureArticle = {
  id: 'gazette',
  title: 'Ferry line to reopen',
  outlet: 'Harbour Gazette',
  published: '2023-05-02',
  paragraphs: [
    [
      'The ferry between Lindholm and Skarvik will reopen in June, the port authority said.',
      'The crossing was suspended in March after a storm damaged the old quay.',
    ],
    [
      'Mayor Ingrid Sola opened the new quay on Monday.',
      'The 52-year-old has led the town council since 2015.',
    ],
    ['The new quay cost 4 million crowns, according to the council.'],
  ],
};
export const VALLEY_TIMES: SearchFixtureArticle = {
  id: 'times',
  title: 'Quay opens despite protests',
  outlet: 'Valley Times',
  published: '2023-05-03',
  paragraphs: [
    [
      'About 60 fishermen protested at the quay on Monday.',
      'They say the new quay leaves too little room for their boats.',
    ],
    ['The new quay cost 6 million crowns, the fishermen said.'],
  ],
};
