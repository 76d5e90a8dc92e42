import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import type { Answer, Engine } from '../../src/engine/types.js';
import { bundledEngine } from '../support/corpus-fixture.js';

let engine: Engine;
let cleanup: () => Promise<void>;
let texts: Map<string, string>;
let pageLines: Map<string, string[]>;
let vocabulary: string[];

beforeAll(async () => {
  ({ engine, cleanup } = await bundledEngine());
  const corpus = await loadCorpus('corpus');
  texts = new Map(corpus.articles.map((a) => [a.meta.id, a.text]));
  pageLines = new Map(corpus.articles.map((a) => [a.meta.id, (a.page ?? []).map((l) => l.text)]));
  vocabulary = [...new Set(corpus.articles.flatMap((a) => a.text.split(/\s+/)))];
});
afterAll(() => cleanup());

function allQuotes(answer: Answer) {
  return [
    ...[...answer.passages, ...answer.closest].flatMap((p) => [p, ...p.alsoReportedBy]),
    ...answer.sourcesDiffer.flatMap((differ) => differ.quotes),
  ];
}

const first = (question: string) => engine.ask(question).passages[0]?.quote ?? '(abstained)';

describe('every quote is a verbatim span of its article', () => {
  it('holds for questions made of the corpus’s own words', () => {
    const question = fc
      .array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 12 })
      .map((w) => w.join(' '));
    fc.assert(
      fc.property(question, (q) => {
        const answer = engine.ask(q, { limit: 5 });
        for (const quote of allQuotes(answer)) {
          // A page line (a caption, a byline) is never in the text: it is one of its article's page lines, whole.
          if ('page' in quote && quote.page)
            expect(pageLines.get(quote.source.id)).toContain(quote.quote);
          else expect(texts.get(quote.source.id)?.slice(quote.start, quote.end)).toBe(quote.quote);
        }
        for (const passage of answer.passages) {
          for (const [start, end] of passage.highlights) {
            expect(start).toBeGreaterThanOrEqual(0);
            expect(end).toBeLessThanOrEqual(passage.quote.length);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('hostile questions', () => {
  it('never throw: any string gets an answer or an abstention', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (q) => {
        const answer = engine.ask(q);
        expect(typeof answer.answered).toBe('boolean');
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    'who: Putin',
    'Lukashenko~2 ^10 +sanctions -EU',
    'script~21 scriptabc~12',
    '*',
    '+',
    'constructor __proto__ toString hasOwnProperty',
    '\u0000\uFFFF\uD800',
    '"""""',
  ])('answers lunr syntax and odd input without throwing: %s', (q) => {
    expect(() => engine.ask(q)).not.toThrow();
  });

  it('keeps the cost of long misspelled words bounded', () => {
    const started = performance.now();
    engine.ask('zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz '.repeat(7).trim());
    engine.ask('qwertyuiopasdfghjklzxcvbnm '.repeat(11).trim());
    // Generous bound: unbounded fuzzy expansion takes seconds to minutes and gigabytes.
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('refuses questions it should not run: empty or over 300 characters', () => {
    expect(engine.ask('   ')).toEqual({
      question: '   ',
      answered: false,
      passages: [],
      closest: [],
      sourcesDiffer: [],
    });
    expect(engine.ask('a'.repeat(301)).answered).toBe(false);
  });
});

describe('ranking', () => {
  it('puts the passage that answers first', () => {
    expect(first('Who ordered negotiations on the cooperation agreement?')).toContain('Mishustin');
    expect(first('Where did Sviatlana Tsikhanouskaya take refuge?')).toContain('Lithuania');
    expect(first('What share of the vote did Tsikhanouskaya officially get?')).toContain('10%');
  });

  it('finds other spellings of a name through the aliases', () => {
    expect(first('What did Tikhanovskaya predict about Lukashenko?')).toContain('a matter of time');
    expect(first('what are Poland’s plans for Hrodna')).toContain('Grodno');
  });

  it('tolerates a typo in a long word', () => {
    expect(first('Kolesnikva questioned')).toContain('Maria Kolesnikova');
    expect(first('Mishustn negotiations')).toContain('Mikhail Mishustin');
  });

  it('understands the user’s own words through synonyms', () => {
    expect(first('When was the Russian National Guard founded?')).toContain(
      'established the Rosgvardia in 2016',
    );
    expect(first('Does the deal cover control of weapons?')).toContain('arms');
  });

  it('prefers a passage with a date when asked "when"', () => {
    expect(first('When did the EU impose sanctions?')).toContain('December 17');
  });

  it('widens a sentence that does not stand alone to the one that completes it', () => {
    const quote = first('What was signed on 4 November in Moscow?');
    expect(quote).toContain('The last of numerous agreements was signed on 4 November in Moscow.');
    expect(quote).toContain('discussed and accepted the agenda');
  });

  it('shows a fact several articles carry once, with "also reported by"', () => {
    const answer = engine.ask(
      'Putin formed a reserve of law enforcement officers at Lukashenko’s request',
    );
    const top = answer.passages[0];
    expect(top?.alsoReportedBy.length).toBeGreaterThan(0);
    const ids = [top?.source.id, ...(top?.alsoReportedBy.map((q) => q.source.id) ?? [])];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('restricts to one source when asked', () => {
    const answer = engine.ask('reserve police force', { source: '004_8ad4ca1554fad83e', limit: 5 });
    expect(answer.passages.length).toBeGreaterThan(0);
    expect(answer.passages.every((p) => p.source.id === '004_8ad4ca1554fad83e')).toBe(true);
  });
});

describe('abstention', () => {
  it.each([
    'What did Joe Biden say about the agreement?',
    'When did Ukraine join NATO?',
    'What is the population of Belarus?',
  ])('says the coverage does not answer: %s', (q) => {
    const answer = engine.ask(q);
    expect(answer.answered).toBe(false);
    expect(answer.passages).toEqual([]);
  });
});
