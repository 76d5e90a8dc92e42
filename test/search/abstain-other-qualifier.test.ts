/**
 * Abstention's gate on a noun qualified by another proper word (src/search/abstain-other-
 * qualifier.ts): "what did the Spanish culture minister say" is not answered by "… near the
 * Spanish border …, the Portuguese culture minister … said". Tiny invented corpora: a dig
 * story that quotes only the Portuguese minister, then ones that quote Spain's, written three
 * ways.
 */
import { describe, expect, it } from 'vitest';
import { askedQualifierOf, qualifiersIn } from '../../src/search/abstain-other-qualifier.js';
import { passageWordsOf } from '../../src/search/plan/asked-words.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** Only the Portuguese minister speaks; "Spanish" qualifies the border. */
const BORDER: SearchFixtureArticle = {
  id: 'border',
  title: 'Border fort dig to resume',
  outlet: 'Lusa Daily',
  published: '2026-06-02',
  paragraphs: [
    [
      'Excavations at the fort near the Spanish border will resume in July, the Portuguese culture minister, Rosa Amaral, said on Monday.',
    ],
    ['Amaral said the work would cost 300,000 euros.'],
  ],
};

/** Spain's minister, by a possessive. */
const POSSESSIVE: SearchFixtureArticle = {
  id: 'possessive',
  title: 'Fort study agreed',
  outlet: 'Meseta Post',
  published: '2026-06-03',
  paragraphs: [
    ['The fort will be studied by both countries, Spain’s culture minister, Marta Gil, said.'],
  ],
};

/** Spain's minister, by "of". */
const OF: SearchFixtureArticle = {
  id: 'of',
  title: 'Fort study agreed',
  outlet: 'Meseta Post',
  published: '2026-06-03',
  paragraphs: [['The culture minister of Spain, Marta Gil, said the fort would be studied.']],
};

/** Spain's minister, by the adjective. */
const ADJECTIVE: SearchFixtureArticle = {
  id: 'adjective',
  title: 'Fort study agreed',
  outlet: 'Meseta Post',
  published: '2026-06-03',
  paragraphs: [['The Spanish culture minister, Marta Gil, said the fort would be studied.']],
};

/** The coverage holds every word but "legit". */
const known = (term: string) => term !== 'legit';
/** Every word is written in lower case somewhere but the proper ones listed. */
const inLowerCase = (term: string) => !['spanish', 'portugues', 'spain', 'amaral'].includes(term);

describe('the qualifier a question puts on a noun', () => {
  it('is a proper word before a common noun phrase, read up to its verb', () => {
    expect(
      askedQualifierOf('what did the Spanish culture minister say', inLowerCase, known),
    ).toEqual({
      qualifier: 'spanish',
      phrase: ['culture', 'minister'],
      head: 'minister',
    });
    // Typed in lower case: the coverage never writes "spanish" so.
    expect(
      askedQualifierOf('what did the spanish minister say', inLowerCase, known)?.qualifier,
    ).toBe('spanish');
  });

  it('is none for an everyday word, a name of two words, or a bare noun', () => {
    expect(askedQualifierOf('what did the culture minister say', inLowerCase, known)).toBeNull();
    expect(askedQualifierOf('what did Rosa Amaral say', inLowerCase, known)).toBeNull();
    // A word the coverage never writes tells nothing of how it is written.
    expect(askedQualifierOf('is she the legit minister', inLowerCase, known)).toBeNull();
  });

  it('is none for a name no determiner opens a phrase with: a subject, not a qualifier', () => {
    expect(
      askedQualifierOf('which fort did Amaral claim Spain wanted', inLowerCase, known),
    ).toBeNull();
    expect(
      askedQualifierOf('what did Spain’s culture minister say', inLowerCase, known)?.head,
    ).toBe('minister');
  });
});

describe('the qualifier a passage gives', () => {
  const asked = { qualifier: 'spanish', phrase: ['culture', 'minister'], head: 'minister' };
  const forms = new Set(['spanish', 'spain']);
  const terms = new Set(['spanish', 'cultur', 'minist', 'fort']);
  it('is another proper word right before the phrase, or the asked one in any form', () => {
    expect(
      qualifiersIn(
        'near the Spanish border, the Portuguese culture minister said',
        asked,
        forms,
        terms,
        inLowerCase,
      ),
    ).toEqual(['other']);
    expect(qualifiersIn('Spain’s culture minister said', asked, forms, terms, inLowerCase)).toEqual(
      ['same'],
    );
  });

  it('is read only where the head is written as a noun, not as a verb of its stem', () => {
    const order = { qualifier: 'spanish', phrase: ['order'], head: 'order' };
    expect(qualifiersIn('Portuguese orders', order, forms, terms, inLowerCase)).toEqual(['other']);
    expect(qualifiersIn('Portuguese ordered it', order, forms, terms, inLowerCase)).toEqual([]);
  });

  it('is read the same from the words kept for the text, and not cut again without the head', () => {
    const texts = [
      'near the Spanish border, the Portuguese culture minister said',
      'Spain’s culture ministers said',
      'Prime Minister Gil said',
      'The Portuguese envoy said',
    ];
    for (const text of texts) {
      const words = passageWordsOf(text);
      expect(qualifiersIn(text, asked, forms, terms, inLowerCase, words)).toEqual(
        qualifiersIn(text, asked, forms, terms, inLowerCase),
      );
    }
    // The kept words decide: none of them writes the head, so the text is not read.
    const other = passageWordsOf('x');
    expect(qualifiersIn('Portuguese minister', asked, forms, terms, inLowerCase, other)).toEqual(
      [],
    );
  });

  it('is none for a title word the coverage also writes in lower case, or after a comma', () => {
    expect(qualifiersIn('Prime Minister Gil said', asked, forms, terms, inLowerCase)).toEqual([
      'none',
    ]);
    expect(qualifiersIn('Portuguese, the minister said', asked, forms, terms, inLowerCase)).toEqual(
      ['none'],
    );
  });
});

describe('the gate', () => {
  it("refuses when the passages quote only another country's minister", () => {
    const { engine } = engineOver(BORDER);
    const question = 'what did the Spanish culture minister say about the fort';
    expect(engine.ask(question).answered).toBe(false);
    expect(engine.ask('what did the Portuguese culture minister say about the fort').answered).toBe(
      true,
    );
  }, 60_000);

  it("answers when a passage quotes Spain's minister, however it writes the country", () => {
    for (const article of [POSSESSIVE, OF, ADJECTIVE]) {
      const { engine } = engineOver(BORDER, article);
      const answer = engine.ask('what did the Spanish culture minister say about the fort');
      expect(answer.answered, article.id).toBe(true);
    }
  }, 60_000);
});
