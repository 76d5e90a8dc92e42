/**
 * The selection's cheap test of a candidate (select.ts `mayReportOneFact`) must let through the
 * pairs the fact comparison could find one fact: a filter that dismisses what the full test
 * would accept loses those joins for good (filter and refine: the filter's measure must not
 * dismiss what the refinement accepts, Faloutsos, Ranganathan & Manolopoulos 1994, "no false
 * dismissals"). The comparison reads names and derived forms by their first letters
 * ("Kaskov" / "Kaskova", "Estmark" / "Estmarkians": fact-relation.ts `contentTerms`); the
 * index's terms keep them apart, so two reports of one protest shared too few index terms to be
 * compared and were shown as two passages.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEngine } from '../../src/engine/index.js';
import type { Engine } from '../../src/engine/types.js';
import { removeFolder, writePlainCorpus } from '../support/corpus-fixture.js';

const FILES: Record<string, string> = {
  'courier.txt':
    "Estmark protests go on\n\nEstmark has been gripped by mass protests since the country's May 4 election that handed Kaskov a fifth term, with tens of thousands of Estmarkians calling for the longtime leader's resignation.\n\nThe capital's main square was closed.\n",
  'gazette.txt':
    "Weekly marches in Estmark\n\nTens of thousands of Estmarkians continue to march weekly to demand Kaskova's resignation despite mass arrests and beatings, detentions, and the exile of opposition leaders, including the challenger Mira Oskar, and a tightened grip on the press in the former republic.\n\nForeign ministers met on Monday.\n",
  'herald.txt':
    "Estmark government statement\n\nEstmark's government denied that tens of thousands of Estmarkians were calling for the longtime leader's resignation after the country's May 4 election.\n\nThe statement was read on state radio.\n",
};

let folder: string;
let engine: Engine;

beforeAll(async () => {
  folder = await writePlainCorpus(FILES);
  engine = await openEngine({ corpusDir: folder, indexPath: path.join(folder, 'index.json') });
}, 300_000);
afterAll(() => removeFolder(folder));

describe('"also reported by" for reports naming one people and one leader in other forms', () => {
  it('joins the two reports of the protests, not the denial', () => {
    const answer = engine.ask('How many Estmarkians are demanding the resignation of Kaskov?', {
      limit: 5,
    });
    const titleOf = (id: string) => engine.sources().find((s) => s.id === id)?.title;
    const also = new Map(
      [...answer.passages, ...answer.closest].map((p) => [
        titleOf(p.source.id),
        p.alsoReportedBy.map((q) => titleOf(q.source.id)),
      ]),
    );
    const joined = [
      ...(also.get('Estmark protests go on') ?? []),
      ...(also.get('Weekly marches in Estmark') ?? []),
    ];
    expect(joined).toEqual([
      expect.stringMatching(/^(Estmark protests go on|Weekly marches in Estmark)$/),
    ]);
    for (const titles of also.values())
      expect(titles).not.toContain('Estmark government statement');
    expect(also.get('Estmark government statement') ?? []).toEqual([]);
  });
});
