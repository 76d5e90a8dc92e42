/**
 * The selection's cheap test of a candidate (select.ts `mayReportOneFact`) must let through the
 * pairs the fact comparison could find one fact: a filter that dismisses what the full test
 * would accept loses those joins for good (filter and refine: the filter's measure must not
 * dismiss what the refinement accepts, Faloutsos, Ranganathan & Manolopoulos 1994, "no false
 * dismissals"). The comparison reads names and derived forms by their first letters
 * ("Kaskov" / "Kaskova", "Estmark" / "Estmarkians": fact-content-terms.ts `contentTerms`); the
 * index's terms keep them apart, so two reports of one protest shared too few index terms to be
 * compared and were shown as two passages. Articles of different years are not compared on words
 * read so: yearly addresses restate one theme in words alike to their first letters.
 */
import { describe, expect, it } from 'vitest';
import type { Answer, Engine } from '../../src/engine/types.js';
import { datedArticle, suiteEngine } from '../support/corpus-fixture.js';

const FILES: Record<string, string> = {
  'courier.txt':
    "Estmark protests go on\n\nEstmark has been gripped by mass protests since the country's May 4 election that handed Kaskov a fifth term, with tens of thousands of Estmarkians calling for the longtime leader's resignation.\n\nThe capital's main square was closed.\n",
  'gazette.txt':
    "Weekly marches in Estmark\n\nTens of thousands of Estmarkians continue to march weekly to demand Kaskova's resignation despite mass arrests and beatings, detentions, and the exile of opposition leaders, including the challenger Mira Oskar, and a tightened grip on the press in the former republic.\n\nForeign ministers met on Monday.\n",
  'herald.txt':
    "Estmark government statement\n\nEstmark's government denied that tens of thousands of Estmarkians were calling for the longtime leader's resignation after the country's May 4 election.\n\nThe statement was read on state radio.\n",
};

const undated = suiteEngine(FILES);
const yearsApart = suiteEngine({
  ...FILES,
  'articles.json': JSON.stringify({
    articles: [
      ['courier.txt', '2019-05-20'],
      ['gazette.txt', '2026-05-20'],
      ['herald.txt', '2026-05-20'],
    ].map(([file, published]) => datedArticle(file as string, published as string)),
  }),
});

const QUESTION = 'How many Estmarkians are demanding the resignation of Kaskov?';

/** Each passage shown, by its source's id, with the ids of its "also reported by" quotes. */
function links(answer: Answer): Map<string, string[]> {
  return new Map(
    [...answer.passages, ...answer.closest].map((p) => [
      p.source.id,
      p.alsoReportedBy.map((q) => q.source.id),
    ]),
  );
}

function joinedReports(engine: Engine): string[] {
  const also = links(engine.ask(QUESTION, { limit: 5 }));
  for (const ids of also.values()) expect(ids).not.toContain('herald');
  expect(also.get('herald') ?? []).toEqual([]);
  return [...(also.get('courier') ?? []), ...(also.get('gazette') ?? [])];
}

describe('"also reported by" for reports naming one people and one leader in other forms', () => {
  it('joins the two reports of the protests, not the denial', () => {
    expect(joinedReports(undated)).toEqual([expect.stringMatching(/^(courier|gazette)$/)]);
  });

  it('does not join them on those words when their articles are years apart', () => {
    expect(joinedReports(yearsApart)).toEqual([]);
  });
});
