import { describe, expect, it } from 'vitest';
import {
  describingTerms,
  passageWordsOf,
  tokensOfWords,
  withoutAskedWords,
} from '../../src/search/plan/asked-words.js';
import { foldWord, termsOf, tokenize } from '../../src/text/terms.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { searchCorpus, type SearchFixtureArticle } from './fixtures.js';

const asked = (question: string) => new Set(termsOf(question));

/** A ferry line, its owner and its captain: names that hold a question's words or stand apart. */
const FERRY: SearchFixtureArticle = {
  id: 'ferry',
  title: 'Ferry line sold',
  published: '2024-06-01',
  paragraphs: [
    [
      'The Holm Sound Ferry Company was sold on Monday to Brennick Holdings.',
      'Captain Ada Vell, who has sailed the Holm Sound route for 20 years, will stay on.',
    ],
    ['The Holm Sound Ferry Company carried 41,000 passengers last year.'],
  ],
};

describe('the words of a passage', () => {
  it('keep each word folded as its text folds, so readers need not cut and fold it again', () => {
    const text = 'Lukashenko’s 3 ministers met ’em at the U.S. café — organised.';
    const words = passageWordsOf(text);
    const spans = words.stems.map((_, i) =>
      foldWord(text.slice(words.words[i * 3] as number, words.words[i * 3 + 1] as number)),
    );
    expect(words.folded).toEqual(spans);
    expect(words.folded).toEqual(tokenize(text).map((token) => token.word));
    expect(words.folded).toContain('organized');
  });

  it('takes the stems of words that are not stop words from the terms the index saved', () => {
    const text = 'The U.S. ferries were sold to us on Monday.';
    const ids = termsOf(text).map((_, i) => i);
    // Marked copies of the saved terms show where each stem was read from.
    const vocabulary = termsOf(text).map((term) => `saved:${term}`);
    const words = passageWordsOf(text, { ids, vocabulary });
    const stemmed = passageWordsOf(text).stems;
    // "U.S." is an abbreviation, so a term although "us" is a stop word; "to", "us" are not.
    expect(words.stems).toEqual(
      tokenize(text).map((token, i) =>
        token.word === 'us' && token.abbreviation
          ? 'saved:us'
          : ['the', 'were', 'to', 'us', 'on'].includes(token.word)
            ? stemmed[i]
            : `saved:${stemmed[i]}`,
      ),
    );
  });

  it('stems every word itself when the saved terms do not line up with the words', () => {
    const text = 'The ferries were sold on Monday.';
    const vocabulary = ['saved:ferri', 'saved:sold'];
    const words = passageWordsOf(text, { ids: [0, 1], vocabulary });
    expect(words.stems).toEqual(passageWordsOf(text).stems);
  });
});

describe('blanking the question’s own words', () => {
  it('blanks a name from its first word through the last asked word, and only that name', () => {
    const text = 'On Monday the Holm Sound Ferry Company was sold to Brennick Holdings.';
    expect(withoutAskedWords(text, asked('Who bought the Holm Sound ferry?'))).toBe(
      'On Monday the xxxx xxxxx xxxxx Company was sold to Brennick Holdings.',
    );
  });

  it('ends a name where anything but whitespace stands between two capitalised words', () => {
    const text = 'Staff met in Kirkwall, Holm ferry crews in Stromness.';
    expect(withoutAskedWords(text, asked('Where did the Holm ferry crews meet?'))).toBe(
      'Staff met in Kirkwall, xxxx xxxxx xxxxx in Stromness.',
    );
  });

  it('leaves the text as it is when it holds none of the asked words', () => {
    const text = 'Brennick Holdings paid an undisclosed sum.';
    expect(withoutAskedWords(text, asked('Who sailed the route?'))).toBe(text);
  });

  it('gives the same result from words read once and reused for other questions', () => {
    const text =
      'Captain Ada Vell, who has sailed the Holm Sound route for 20 years, will stay on.';
    const words = passageWordsOf(text);
    for (const question of [
      'Who captains the Holm Sound route?',
      'How many years has Ada Vell sailed?',
      'Will the captain stay on?',
    ]) {
      expect(withoutAskedWords(text, asked(question), words)).toBe(
        withoutAskedWords(text, asked(question)),
      );
    }
  });

  it('ranks with the same features whether a sentence’s words were kept from earlier questions', () => {
    const question = 'Who bought the Holm Sound Ferry Company?';
    // Two indexes of their own: engineOver shares one per set of articles.
    const fresh = SearchIndex.build(searchCorpus(FERRY), []).rank(question);
    const index = SearchIndex.build(searchCorpus(FERRY), []);
    index.rank('Who is the captain of the Holm Sound route?');
    index.rank('How many passengers did the ferry company carry?');
    const warm = index.rank(question);
    expect(warm.ranked).toEqual(fresh.ranked);
    expect(fresh.ranked.some((r) => r.features.typeNew > 0)).toBe(true);
  });
});

describe('a question word that describes another noun names no entity', () => {
  it('is read from the question: a content word right before another, not written as a name', () => {
    const q = 'which firm did the engineering survey';
    expect([...describingTerms(q, tokenize(q))]).toEqual(['engin']);
    const named = 'what did the Mishustin government say';
    expect([...describingTerms(named, tokenize(named))]).toEqual([]);
    const possessive = "who is the mayor's deputy";
    expect([...describingTerms(possessive, tokenize(possessive))]).toEqual([]);
  });

  it('leaves a name whole when its only asked word is such a word: the name may be the answer', () => {
    const text = 'The second survey was carried out by Corran Engineering last week.';
    const q = 'which firm did the engineering survey';
    expect(
      withoutAskedWords(text, asked(q), passageWordsOf(text), describingTerms(q, tokenize(q))),
    ).toBe('The second xxxxxx was carried out by Corran Engineering last week.');
    // Two asked words of the name, or a word naming it, still make it the question's own.
    const own = 'who chairs the valley authority';
    expect(
      withoutAskedWords(
        'Orrel Valley Regional Authority met on Monday.',
        asked(own),
        undefined,
        describingTerms(own, tokenize(own)),
      ),
    ).toBe('xxxxx xxxxxx xxxxxxxx xxxxxxxxx met on Monday.');
  });
});

describe('"which firm did the engineering survey"', () => {
  const SURVEY: SearchFixtureArticle = {
    id: 'survey',
    title: 'Pool decision delayed',
    published: '2024-04-21',
    paragraphs: [
      [
        'The council has delayed its decision on the pool.',
        'The delay allows time for a second survey, carried out by Corran Engineering last week, to be analysed.',
      ],
      ['Engineers found cracks in the pool basin in March.'],
    ],
  };

  it('ranks first the sentence naming the firm, with its name as a new answer', () => {
    const corpus = searchCorpus(SURVEY);
    const index = SearchIndex.build(corpus, []);
    const [best] = index.rank('which firm did the engineering survey').ranked;
    const sentence = corpus.sentences[best!.sentence]!;
    expect(corpus.articles[0]!.text.slice(sentence.start, sentence.end)).toContain(
      'Corran Engineering',
    );
    // A name beyond the question's own words ("Corran Engineering" is not the question's).
    expect(best!.features.typeNew).toBeGreaterThan(0);
  });
});

describe('tokensOfWords', () => {
  it('gives the tokens tokenize cuts, from the words kept for the same text', () => {
    for (const text of [
      'The U.S. envoy met Łukašenka’s aide in Minsk on 9 August 2020.',
      'Prime Minister Gil said: “we won’t”, and left.',
      '',
    ])
      expect(tokensOfWords(text, passageWordsOf(text))).toEqual(tokenize(text));
  });
});
