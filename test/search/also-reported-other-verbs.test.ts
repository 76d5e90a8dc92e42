import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEngine } from '../../src/engine/index.js';
import type { Engine } from '../../src/engine/types.js';
import { removeFolder, writePlainCorpus } from '../support/corpus-fixture.js';

// Three invented outlets on one ferry wreck, each telling the toll with another verb: "were
// killed" and "died" are one fact (fact-causatives.ts), "were injured" another.
const FILES: Record<string, string> = {
  'killed.txt':
    'Ferry wreck off Skerrow\n\nTwo crew members were killed when the Skerrow ferry hit rocks.\n\nThe coastguard closed the channel.\n',
  'died.txt':
    'Skerrow ferry disaster\n\nTwo crew members died when the Skerrow ferry hit rocks.\n\nDivers searched the hull.\n',
  'injured.txt':
    'Skerrow crew hurt\n\nTwo crew members were injured when the Skerrow ferry hit rocks.\n\nBoth were taken to hospital.\n',
};

let folder: string;
let engine: Engine;

beforeAll(async () => {
  folder = await writePlainCorpus(FILES);
  engine = await openEngine({ corpusDir: folder, indexPath: path.join(folder, 'index.json') });
  // Building an index reads WordNet afresh after a change to what is cached: slow on a loaded machine.
}, 300_000);
afterAll(() => removeFolder(folder));

describe('"also reported by" for one fact told with another verb', () => {
  it('joins "were killed" and "died", never "were injured"', () => {
    const answer = engine.ask('How many crew members died when the Skerrow ferry hit rocks?', {
      limit: 5,
    });
    const shown = [...answer.passages, ...answer.closest];
    const titleOf = (id: string) => engine.sources().find((s) => s.id === id)?.title;
    const also = new Map(
      shown.map((p) => [titleOf(p.source.id), p.alsoReportedBy.map((q) => titleOf(q.source.id))]),
    );
    const joined = [
      ...(also.get('Ferry wreck off Skerrow') ?? []),
      ...(also.get('Skerrow ferry disaster') ?? []),
    ];
    expect(joined.filter((t) => t !== 'Skerrow crew hurt')).toHaveLength(1);
    for (const titles of also.values()) expect(titles).not.toContain('Skerrow crew hurt');
    expect(also.get('Skerrow crew hurt') ?? []).toEqual([]);
  });
});
