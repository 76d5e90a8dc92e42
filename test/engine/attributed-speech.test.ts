/**
 * "What did Northline say about the delay?" asks for Northline's speech: its own release, and a
 * quote another outlet attributes to it or to one who speaks for it ("A Northline spokesperson
 * said …"). Its own passages come first among those holding as much of the question; a quote
 * holding more of it comes before them; at least one quote is shown (src/engine/attributed-speech.ts).
 * Invented company, outlets and events.
 */
import { describe, expect, it } from 'vitest';
import { attributesSpeechTo } from '../../src/engine/attributed-speech.js';
import { termsOf } from '../../src/text/terms.js';
import { frontMatterArticle, suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const engine = suiteEngine({
  ...UNRELATED_ARTICLES,
  'ferries-release.md': frontMatterArticle(
    'Statement on Tuesday sailings',
    'Northline Ferries',
    '2026-04-08',
    [
      'Northline Ferries apologises to passengers for the delay to Tuesday morning sailings.',
      'The delay affected the 7.10 and 9.30 crossings to Sandholm.',
      'We will publish a full account of the delay once our review is complete.',
      'Passengers whose journey was delayed can claim a refund online.',
    ].join('\n\n'),
  ),
  'ferries-paper.md': frontMatterArticle(
    'Morning ferry three hours late',
    'Dale Post',
    '2026-04-08',
    'The morning ferry to Sandholm left three hours late on Tuesday.\n\nA Northline spokesperson said the delay was caused by a fault in the port engine.\n\nPassengers were offered refunds.',
  ),
  'ferries-wire.md': frontMatterArticle(
    'Ferry passengers stranded',
    'Moor Wire',
    '2026-04-09',
    'Dozens of passengers were stranded at the quay on Tuesday.\n\nNorthline passengers said the delay was the third this month.',
  ),
});

const shown = (question: string) => {
  const answer = engine.ask(question, { limit: 3 });
  expect(answer.answered, question).toBe(true);
  return answer.passages.map((p) => p.quote);
};

describe('what a named company said', () => {
  it('shows a paper’s quote of its spokesperson beside its own release', () => {
    const quotes = shown('what did Northline Ferries say about the delay?');
    expect(quotes[0]).toMatch(/^Northline Ferries apologises/);
    expect(quotes).toContain(
      'A Northline spokesperson said the delay was caused by a fault in the port engine.',
    );
    // Passengers named with the company are not who speaks for it.
    expect(quotes.join(' ')).not.toMatch(/Northline passengers/);
  });

  it('puts first the quote holding more of what is asked', () => {
    for (const question of [
      'what caused the delay according to Northline?',
      'what did Northline say caused the delay?',
    ])
      expect(shown(question)[0], question).toBe(
        'A Northline spokesperson said the delay was caused by a fault in the port engine.',
      );
  });

  it('keeps a question naming a piece to the piece itself', () => {
    const answer = engine.ask("what is in Northline's statement about the delay", { limit: 3 });
    expect(answer.passages.map((p) => p.source.id)).toEqual([
      'ferries-release',
      'ferries-release',
      'ferries-release',
    ]);
  });
});

describe('attributesSpeechTo', () => {
  const northline = new Set(termsOf('Northline'));
  it('reads the speaker of a reporting clause, or one speaking for it', () => {
    for (const text of [
      'A Northline spokesperson said the delay was caused by a fault.',
      'Northline chief executive Ruth Marr told the Wire that the delay was regrettable.',
      'The delay was caused by a fault, Northline said.',
      '"It was regrettable," said a Northline spokesperson.',
      'According to Northline, the delay was caused by a fault.',
    ])
      expect(attributesSpeechTo(text, northline), text).toBe(true);
  });

  it('does not read one it describes, nor a clause telling of it', () => {
    for (const text of [
      'Northline passengers said the delay was the third this month.',
      'Passengers said Northline had failed them again.',
      'The northline route was closed, officials said.',
    ])
      expect(attributesSpeechTo(text, northline), text).toBe(false);
  });
});
