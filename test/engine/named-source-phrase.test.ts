/**
 * A source is named by its name, not by an everyday word of it nor by the name of what the
 * question asks about (src/search/plan/source-match.ts, plan/outlet-word-use.ts):
 * - "press" of "where was the press conference?" is a word of the noun phrase the coverage
 *   writes in lower case ("at a press conference"), not "Baltic Press Agency";
 * - a body's initials in a headline ("Regatta calendar confirmed by IRF board") that the
 *   coverage's text writes as the body's name ("The IRF … said") are what "what did the IRF
 *   say …?" asks about, not a name of that article.
 * Named in full, by "according to", or by initials no text uses, a source is still named.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Answer, Engine } from '../../src/engine/types.js';
import { plainCorpusEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

let engine: Engine;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ engine, cleanup } = await plainCorpusEngine({
    ...UNRELATED_ARTICLES,
    'wire.txt': [
      'Regatta cancelled after storm damage to course',
      'By Karl Lind, Baltic Press Agency',
      'KALMAR, June 2, 2026 (BPA) - Organisers cancelled the Kalmar regatta on Tuesday after the storm damaged the course.',
      'Race director Maja Holm said the decision was taken at an early-morning meeting of the organising committee.',
    ].join('\n\n'),
    'local.txt': [
      'Rowers disappointed as Kalmar regatta called off',
      'By Eva Strand, Kalmar Evening Post\n2 June 2026',
      'Race director Maja Holm announced the cancellation at a press conference in the town hall at 11:00.',
      'The IRF, which sanctions the event, said the race would be rescheduled for September.',
    ].join('\n\n'),
    'federation.txt': [
      'Regatta calendar confirmed by IRF board',
      'By Tove Berg, Rowing Review\n20 January 2026',
      'The International Rowing Federation board approved a calendar of nine regattas for the season.',
    ].join('\n\n'),
    'boathouse.txt': [
      'Boathouse repairs approved by KRC board',
      'By Tove Berg, Rowing Review\n3 February 2026',
      'The club board approved repairs to the boathouse roof before the summer.',
    ].join('\n\n'),
    'reuters.txt': [
      'Storm closes Baltic ports',
      'By Per Holm, Reuters\n2 June 2026',
      'The storm closed three Baltic ports on Tuesday, harbour officials said.',
    ].join('\n\n'),
  }));
}, 60_000);
afterAll(() => cleanup());

const shown = (answer: Answer) => (answer.answered ? answer.passages : answer.closest);
const sourcesOf = (answer: Answer) => [...new Set(shown(answer).map((p) => p.source.id))];

it('reads "press" of "press conference" as the phrase asked about, not the agency', () => {
  const answer = engine.ask('where was the press conference?');
  expect(answer.notFromNamed).toBeUndefined();
  expect(answer.answered).toBe(true);
  expect(answer.passages[0]?.quote).toMatch(/at a press conference in the town hall/);
});

it("reads a body's initials the coverage writes as its name as the subject, not a headline's", () => {
  const answer = engine.ask('what did the IRF say about rescheduling?');
  expect(answer.notFromNamed).toBeUndefined();
  expect(answer.answered).toBe(true);
  expect(answer.passages[0]?.quote).toMatch(/^The IRF, which sanctions the event/);
});

it('still names a source by its name, by "according to", or by initials no text uses', () => {
  expect(sourcesOf(engine.ask('what did the Baltic Press Agency report?'))).toEqual(['wire']);
  expect(sourcesOf(engine.ask('what did the KRC article say?'))).toEqual(['boathouse']);
  // Named, its passage comes first, before another source's on the storm.
  const reuters = engine.ask('according to Reuters, what did the storm close?');
  expect(shown(reuters)[0]?.source.id).toBe('reuters');
});
