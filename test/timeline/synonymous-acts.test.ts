/**
 * One act told by two verbs WordNet lists as synonyms ("found" / "discovered") is one event of
 * its day, as the same verb is, even when the two reports name the find by different nouns (the
 * brooches / the treasure); a verb of another act (sold), two sayings ("said" / "told": news
 * tells most reports so), or synonyms with little else in common, stay apart. Invented Tarnby finds.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { synonymousActs } from '../../src/timeline/synonymous-acts.js';
import { corpusOf } from './fixtures.js';

const PUBLISHED = '2026-06-10';
const entriesOf = (...sentences: string[]) =>
  buildTimeline(
    corpusOf(
      ...sentences.map((s, i) => ({ id: `a${i}`, published: PUBLISHED, paragraphs: [[s]] })),
    ),
  ).map((e) => [e.date, e.quotes.map((q) => q.source.id)]);

const FOUND =
  'The brooches were found on 6 June by two walkers from Tarnby, who cleared a bank of nettles to reach them.';

describe('synonymousActs', () => {
  it.each([
    [['found'], ['discovered']],
    [['discovered'], ['found']],
    [['shut'], ['closed']],
  ])('%s and %s tell one act', (a, b) => {
    expect(synonymousActs(a, b)).toBe(true);
  });

  it.each([
    // "found" is the past of "find": not "founded", the verb of setting up.
    [['found'], ['established']],
    [['founded'], ['discovered']],
    [['found'], ['sold']],
    // The same verb is the merging's own test, not a synonym.
    [['found'], ['found']],
  ])('%s and %s are no synonyms', (a, b) => {
    expect(synonymousActs(a, b)).toBe(false);
  });
});

describe('merging one find told by synonyms', () => {
  it('joins "were found" and "was discovered" of one day, by finders from one place', () => {
    expect(
      entriesOf(
        FOUND,
        'The treasure was discovered on 6 June by two ramblers from Tarnby, who moved a fallen log to reach it.',
      ),
    ).toEqual([['2026-06-06', ['a0', 'a1']]]);
  });

  it('keeps another act on the treasure that day apart', () => {
    expect(
      entriesOf(
        FOUND,
        'The treasure was sold on 6 June by two ramblers from Tarnby, who moved a fallen log to reach it.',
      ),
    ).toEqual([
      ['2026-06-06', ['a0']],
      ['2026-06-06', ['a1']],
    ]);
  });

  it('keeps two sayings of one day by different people apart: "said" and "told" are no evidence', () => {
    expect(
      entriesOf(
        'The mayor of Tarnby said on 6 June that the brooches would go on show at the museum.',
        'The curator told reporters on 6 June that the brooches would go on show at the museum.',
      ),
    ).toEqual([
      ['2026-06-06', ['a0']],
      ['2026-06-06', ['a1']],
    ]);
  });

  it('keeps two finds of one day by different people apart', () => {
    expect(
      entriesOf(FOUND, 'A sword was discovered on 6 June by a dog walker near Kelby Reservoir.'),
    ).toEqual([
      ['2026-06-06', ['a0']],
      ['2026-06-06', ['a1']],
    ]);
  });
});
