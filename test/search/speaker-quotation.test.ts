/**
 * "What did X say?" is answered with X's own words: news writing names a speaker, then gives a
 * quotation and attributes it by a pronoun where it closes (`…," he said.`); the quotation
 * belongs with the sentence naming X (search/select/widen.ts). Invented articles.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/types.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const naming =
  "The Kalmar rowing club's president, Per Olsen, said the club would gladly welcome her back.";
const QUAY: SearchFixtureArticle = {
  id: 'quay',
  title: 'Crowds greet rowing champions',
  published: '2026-06-16',
  paragraphs: [
    ['About 500 people gathered on the quay last night to celebrate the win.'],
    [
      naming,
      '"Lena has had a hard year.',
      'There will be a seat in the boat when she is ready, and we will wait for as long as it takes," he said.',
    ],
    [
      "The club's head coach, Ola Berg, said the whole crew would now rest for a week.",
      '"We have trained twice a day since March and everyone in the crew needs a week away from the water.',
      'The season starts again in August," Tove Lind, the captain, said.',
    ],
    ['Stroke Lena Nyberg was not at the gathering.'],
  ],
};

let engine: Engine;
beforeAll(() => {
  ({ engine } = engineOver(QUAY));
}, 60_000);

describe("a speaker's quotation after the sentence naming them", () => {
  it('is quoted with that sentence when the question asks what the speaker said', () => {
    for (const question of ['what did Per Olsen say about her?', 'what did Per Olsen say?']) {
      const quote = engine.ask(question).passages[0]?.quote ?? '';
      expect(quote.startsWith(naming)).toBe(true);
      expect(quote).toMatch(/as long as it takes," he said\.$/);
    }
  });

  it('is not when the quotation is attributed to someone else by name', () => {
    const quote = engine.ask('what did Ola Berg say?').passages[0]?.quote ?? '';
    expect(quote).toBe(
      "The club's head coach, Ola Berg, said the whole crew would now rest for a week.",
    );
  });
});

const HARBOUR: SearchFixtureArticle = {
  id: 'harbour',
  title: 'Quay closed after storm',
  published: '2026-06-17',
  paragraphs: [
    ['The storm tore part of the quay wall away on Tuesday night.'],
    [
      'Harbour master Ida Strand said the quay would stay closed to traffic until Sunday.',
      '"We want everyone home safely," she said.',
      '"The road reopens on Monday morning."',
    ],
    ['Fishing boats were moved to the inner basin.'],
  ],
};

describe("a speaker's quotation that runs on after its attribution", () => {
  it('is quoted whole: the bare quotation after `…," she said.` is her words too', () => {
    const { engine } = engineOver(HARBOUR);
    const quote = engine.ask('what did Ida Strand say?').passages[0]?.quote ?? '';
    expect(quote.startsWith('Harbour master Ida Strand said')).toBe(true);
    expect(quote).toMatch(/she said\. "The road reopens on Monday morning\."$/);
  });
});
