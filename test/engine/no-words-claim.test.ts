/**
 * A reply shows no passage (and says no passage uses the question's words) only when that is
 * true of what the rule checks (src/engine/about-fallback.ts): a word formed from one of the
 * question's by a negating prefix ("unhurt" for "hurt") is about it, and so is its date
 * written whole. And a question naming a source that does not answer it is never answered by
 * another source's passage linked to it by a synonym alone (src/engine/named-source.ts).
 * Invented articles.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutFalseNothing, type FallbackContext } from '../../src/engine/about-fallback.js';
import type { Answer, AnswerPassage, Engine } from '../../src/engine/types.js';
import { negatedWords } from '../../src/search/plan/negated-forms.js';
import { stem, termsOf } from '../../src/text/terms.js';
import {
  frontMatterArticle,
  OUTLET_ARTICLES,
  plainCorpusEngine,
} from '../support/corpus-fixture.js';

let engine: Engine;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ engine, cleanup } = await plainCorpusEngine({
    'radio-1.md': OUTLET_ARTICLES['radio-1.md']!,
    'radio-2.md': OUTLET_ARTICLES['radio-2.md']!,
    'council.md': frontMatterArticle(
      'Council approves repairs',
      'Hill Gazette',
      '2024-06-11',
      "The council voted to spend two million pounds on the slope above the pass road, which has been shut since last week's landslide.",
    ),
    'slide.md': frontMatterArticle(
      'Rockfall shuts pass',
      'Valley Echo',
      '2024-06-04',
      'One car was caught by the edge of the slide. Its driver was unharmed, firefighters said.\n\nClearing the road was impossible before the spring thaw.',
    ),
  }));
}, 60_000);
afterAll(() => cleanup());

const quotes = (answer: Answer) => [...answer.passages, ...answer.closest].map((p) => p.quote);

describe('a question whose own words no passage holds', () => {
  it('is shown the passages holding a negated form of one, as the closest, never as none', () => {
    // WordNet makes no antonyms of "harmed" and "unharmed" (it lists no adjective "harmed"), so
    // the search does not link them (search/wordnet-relations.ts): the fallback still does.
    const harmed = engine.ask('Was anyone harmed?');
    expect(harmed.answered).toBe(false);
    expect(harmed.closest.map((p) => p.quote)).toEqual([
      'One car was caught by the edge of the slide. Its driver was unharmed, firefighters said.',
    ]);
    // "possible" and "impossible" are WordNet antonyms: a derived form, which answers.
    const possible = engine.ask('Was it possible?');
    expect(possible.answered).toBe(true);
    expect(quotes(possible)).toEqual(['Clearing the road was impossible before the spring thaw.']);
  });

  it('shows no passage when no form of its words is there', () => {
    const answer = engine.ask('Where do unicorns live?');
    expect([answer.answered, quotes(answer)]).toEqual([false, []]);
    expect(answer.asksNoWord).toBeUndefined();
  });

  it('says a question with no word to look for has none, not that no passage uses them', () => {
    // '???' holds no letter: every front end refuses it as empty (checkQuestion) before asking.
    for (const question of ['Is it?', 'Was it, then?']) {
      const answer = engine.ask(question);
      expect([answer.answered, quotes(answer), answer.asksNoWord], question).toEqual([
        false,
        [],
        true,
      ]);
    }
  });
});

describe('the fallback, tier by tier', () => {
  const passage = (quote: string): AnswerPassage => ({
    quote,
    source: { id: 'a', title: 'A', outlet: null, published: null, url: null, author: null },
    start: 0,
    end: quote.length,
    score: 0,
    highlights: [],
    alsoReportedBy: [],
  });
  const nothing: Answer = {
    question: 'q',
    answered: false,
    passages: [],
    closest: [],
    sourcesDiffer: [],
  };
  const context = (question: string, found: Partial<FallbackContext>): FallbackContext => ({
    question,
    events: [],
    limit: 3,
    closestShown: 2,
    named: [],
    chosen: [],
    fromQuote: () => passage('event'),
    leads: () => [],
    onlyOfSource: false,
    publishedOf: () => null,
    nearest: () => [],
    negated: () => [],
    holdingAll: () => [],
    holdingOwn: () => [],
    asksNoWord: false,
    ...found,
  });

  it("shows a negated form's passages only when none holds the question's own words", () => {
    const own = withoutFalseNothing(
      nothing,
      context('Was anyone hurt?', {
        nearest: () => [passage('hurt')],
        negated: () => [passage('unhurt')],
      }),
    );
    expect(own.closest.map((p) => p.quote)).toEqual(['hurt']);
    const negated = withoutFalseNothing(
      nothing,
      context('Was anyone hurt?', { negated: () => [passage('unhurt')] }),
    );
    expect(negated.closest.map((p) => p.quote)).toEqual(['unhurt']);
  });

  it('marks a question with no word to look for only when it shows no passage', () => {
    expect(withoutFalseNothing(nothing, context('Is it?', { asksNoWord: true })).asksNoWord).toBe(
      true,
    );
    const shown = withoutFalseNothing(
      nothing,
      context('Is it?', { asksNoWord: true, holdingOwn: () => [passage('it')] }),
    );
    expect([shown.closest.length, shown.asksNoWord]).toEqual([1, undefined]);
  });

  it("shows a passage holding one of its words that the ranking's candidates left out", () => {
    const ignoredAsked: string[][] = [];
    const answer = withoutFalseNothing(
      nothing,
      context('What did the mayor say on 9 May 2025?', {
        holdingOwn: (ignored) => (ignoredAsked.push([...ignored]), [passage('the mayor')]),
      }),
    );
    expect(answer.closest.map((p) => p.quote)).toEqual(['the mayor']);
    // The date's words are no content of their own: "2025" in another date is not it.
    expect(ignoredAsked).toEqual([termsOf('9 May 2025')]);
  });

  it('shows the passages holding a date named written whole, when the timeline dates none there', () => {
    const asked: string[] = [];
    const answer = withoutFalseNothing(
      nothing,
      context('Who resigned on 9 May 2025?', {
        holdingAll: (text) => (asked.push(text), [passage('the minutes of 9 May 2025')]),
      }),
    );
    expect(asked).toEqual(['9 May 2025']);
    expect(answer.closest.map((p) => p.quote)).toEqual(['the minutes of 9 May 2025']);
    const undated = withoutFalseNothing(
      nothing,
      context('Who resigned?', { holdingAll: () => [passage('x')] }),
    );
    expect(undated.closest).toEqual([]);
  });
});

describe('negated forms', () => {
  const vocabulary = (...words: string[]) => {
    const terms = new Set(words.map(stem));
    return (term: string) => terms.has(term);
  };

  it('take un-, in-, non- and dis-, and im- only before b, m or p, as English writes them', () => {
    const has = vocabulary('unhurt', 'inactive', 'nonbinding', 'dishonest', 'impossible');
    expect(negatedWords('hurt active binding honest possible', has)).toEqual([
      'unhurt',
      'inactive',
      'nonbinding',
      'dishonest',
      'impossible',
    ]);
    expect(negatedWords('possible active', vocabulary('inpossible', 'imactive'))).toEqual([]);
  });

  it('only of words of four letters or more, and only forms the corpus holds', () => {
    expect(negatedWords('do it', vocabulary('undo', 'unit'))).toEqual([]);
    expect(negatedWords('hurt', vocabulary('unharmed'))).toEqual([]);
  });
});

describe('a question naming a source that does not answer it', () => {
  it("is never answered by another source's passage holding only a synonym of its words", () => {
    // "last" is a WordNet synonym of "net" (to net: to make a profit, to last), not "netting".
    const answer = engine.ask('Did Gull Radio say anything about the netting?');
    expect(answer.notFromNamed?.outlet).toBe('Gull Radio');
    expect(answer.answered).toBe(false);
    expect(quotes(answer)).toEqual([]);
  });

  it("still shows another source's passage in the question's own words beside the note", () => {
    const answer = engine.ask('Did Gull Radio say anything about the landslide?');
    expect(answer.notFromNamed?.outlet).toBe('Gull Radio');
    expect(quotes(answer)).toEqual([
      "The council voted to spend two million pounds on the slope above the pass road, which has been shut since last week's landslide.",
    ]);
  });
});
