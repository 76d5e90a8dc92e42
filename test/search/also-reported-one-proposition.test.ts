/**
 * "Also reported by" claims one proposition, not one topic (textual entailment, Dagan, Glickman &
 * Magnini 2006; paraphrase identification, Dolan & Brockett 2005): reports sharing names and nouns
 * are not joined when they tell two speakers' statements (a pronoun or a bare title is no speaker
 * shown to be the other's, except in a copy of the same words) or say two different things of
 * one subject ("is a matter for …" / "is open on …"). The same statement of one speaker, or the
 * same state in other words, is still joined. Invented articles of November 2026.
 */
import { describe, expect, it } from 'vitest';
import { frontMatterArticle, suiteEngine } from '../support/corpus-fixture.js';
import { alsoReportedLinks as links, MUSEUM_ARTICLE } from '../support/also-reported-links.js';
import { analyseFact } from '../../src/search/select/fact-analysis.js';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { statesApart } from '../../src/search/select/fact-states.js';

const published = { published: ['2026-11-02', '2026-11-03'] as const };
const none = () => false;

describe('two speakers not shown to be one', () => {
  it('does not join a pronoun speaker to another speaker or another pronoun', () => {
    const ruling =
      "She says the ferry timetable is a commercial decision for Norbay Ferries, but that she has asked officials to review the company's consultation.";
    const letter =
      'She said she had written to Norbay Ferries asking it to delay the timetable until the consultation ends.';
    expect(classifyFacts(ruling, letter, published)).toEqual({
      kind: 'different-fact',
      reason: 'holders not shown to be one',
    });
    const shopkeepers =
      'At Dunmere, shopkeepers said cheaper fares would draw more visitors into the harbour.';
    const she = '"Cheaper fares would draw more visitors," she said.';
    expect(classifyFacts(shopkeepers, she, published)).toEqual({
      kind: 'different-fact',
      reason: 'holders not shown to be one',
    });
  });

  it('joins one named speaker, and a copy of the same words', () => {
    expect(
      classifyFacts(
        'In Dunmere, shopkeepers said cheaper fares would draw more visitors into the harbour.',
        'Shopkeepers in Dunmere said cheaper fares would draw more visitors.',
        published,
      ),
    ).toEqual({ kind: 'same-fact' });
    expect(
      classifyFacts(
        'She said the ferry timetable was a commercial decision for Norbay Ferries.',
        'The ferry timetable was a commercial decision for Norbay Ferries, she said.',
        published,
      ),
    ).toEqual({ kind: 'same-fact' });
  });
});

describe('two states of one subject', () => {
  const matter = 'The ferry timetable is a matter for Norbay Ferries and the Harbour Board.';
  const open =
    'A public consultation on the ferry timetable is open on the Norbay Ferries website.';

  it('does not join two complements that share only the names around them', () => {
    expect(statesApart(analyseFact(matter), analyseFact(open), none)).toBe(true);
    expect(classifyFacts(matter, open, published)).toEqual({
      kind: 'different-fact',
      reason: 'different acts',
    });
  });

  it('joins one complement, or a WordNet synonym of it', () => {
    const alone =
      'The ferry timetable was a matter for Norbay Ferries and the Harbour Board alone.';
    expect(statesApart(analyseFact(matter), analyseFact(alone), none)).toBe(false);
    expect(classifyFacts(matter, alone, published)).toEqual({ kind: 'same-fact' });
    const closed = analyseFact('The Kelby footbridge is closed to walkers.');
    const shut = analyseFact('The Kelby footbridge is shut to walkers.');
    expect(statesApart(closed, shut, none)).toBe(true);
    const synonyms = (x: string, y: string) =>
      new Set([x, y]).size === 2 && /^(clos|shut)/.test(x) && /^(clos|shut)/.test(y);
    expect(statesApart(closed, shut, synonyms)).toBe(false);
  });

  it('reads a synonym only between the two complements, never elsewhere in a report', () => {
    // "open" ~ "clear" (WordNet): the other report's "clear" is of a message, not the subject.
    const message = analyseFact(
      'The ferry timetable is a matter for Norbay Ferries, but residents said the petition sent a clear message.',
    );
    const openOrClear = (x: string, y: string) =>
      new Set([x, y]).size === 2 && /^(open|clear)/.test(x) && /^(open|clear)/.test(y);
    expect(statesApart(message, analyseFact(open), openOrClear)).toBe(true);
  });

  it('compares nothing when a complement is a value or a name', () => {
    const share = analyseFact('The ferry levy is 12 per cent of the fare.');
    expect(statesApart(share, analyseFact(open), none)).toBe(false);
  });
});

describe('a passage and a state of its subject in another article', () => {
  const engine = suiteEngine({
    'courier.md': frontMatterArticle(
      'Ferry timetable row',
      'Dunmere Courier',
      '2026-11-02',
      'The ferry timetable is a matter for Norbay Ferries and the Harbour Board. Councillors voted against the cuts on Monday.',
    ),
    'gazette.md': frontMatterArticle(
      'Consultation opens',
      'Kelby Gazette',
      '2026-11-03',
      'A public consultation on the ferry timetable is open on the Norbay Ferries website. It closes in January.',
    ),
    'echo.md': frontMatterArticle(
      'Who decides',
      'Harbour Echo',
      '2026-11-03',
      'The ferry timetable was a matter for Norbay Ferries and the Harbour Board alone. Crews were told on Friday.',
    ),
    'museum.md': MUSEUM_ARTICLE,
  });

  it('joins only the report of the same state', () => {
    const shown = links(engine.ask('Who is the ferry timetable a matter for?'));
    expect(shown.some((link) => link.includes('gazette'))).toBe(false);
    expect(shown.some((link) => link.includes('echo'))).toBe(true);
  }, 120_000);
});
