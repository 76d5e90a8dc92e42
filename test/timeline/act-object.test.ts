/**
 * One event is one act on one object, and a possessive changes the object: "suspended sprinter
 * Per Ek" and "suspended Per Ek's assistant" on one day are two entries, in one article or two.
 * Near misses: the same object told twice (a false title before the name or not) stays one entry
 * with two sources. Invented athletics-board sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { corpusOf } from './fixtures.js';

/** Saturday 23 May 2026: "Thursday" is 21 May. */
const PUBLISHED = '2026-05-23';
const SPRINTER = 'The board on Thursday suspended sprinter Per Ek for six months.';
const ASSISTANT = "The board on Thursday suspended Per Ek's assistant for six months.";

/** The entries as lists of their quotes. */
const entries = (...articles: string[][]) =>
  buildTimeline(
    corpusOf(...articles.map((paragraphs) => ({ published: PUBLISHED, paragraphs: [paragraphs] }))),
  ).map((e) => [e.date, ...e.quotes.map((q) => q.quote)]);

describe('acts on two objects a possessive sets apart', () => {
  it('are two entries in one article', () => {
    expect(entries([SPRINTER, ASSISTANT])).toEqual([
      ['2026-05-21', SPRINTER],
      ['2026-05-21', ASSISTANT],
    ]);
  });

  it('are two entries in two articles', () => {
    const fine = 'The tribunal on Thursday fined hurdler Karin Berg for the breach.';
    const coach = "The tribunal on Thursday fined Karin Berg's coach for the breach.";
    expect(entries([fine], [coach])).toEqual([
      ['2026-05-21', fine],
      ['2026-05-21', coach],
    ]);
  });
});

describe('one act on one object told twice', () => {
  it('is one entry, with or without the false title', () => {
    const other = 'The board on Thursday suspended Per Ek for six months.';
    expect(entries([SPRINTER], [other])).toEqual([['2026-05-21', SPRINTER, other]]);
  });

  it("is one entry when both name the possessor's person", () => {
    const other = "The athletics board on Thursday suspended Per Ek's assistant for six months.";
    expect(entries([ASSISTANT], [other])).toEqual([['2026-05-21', ASSISTANT, other]]);
  });
});
