import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEngine } from '../../src/engine/index.js';
import type { Engine } from '../../src/engine/types.js';
import { removeFolder, writePlainCorpus } from '../support/corpus-fixture.js';

// Four invented outlets on one event: a report, a second report of the same fact, a denial of
// it, and the plan that came before it. Only the second report is "also reported by".
const FILES: Record<string, string> = {
  'claim.txt':
    'Trawlers held in Grimsvik\n\nThe port authority said 40 trawlers were impounded in Grimsvik on Monday.\n\nWitnesses described patrol boats at the harbour mouth.\n',
  'same.txt':
    'Harbour crackdown\n\nIn Grimsvik on Monday, the port authority said 40 trawlers were impounded.\n\nFishers gathered on the quay in the evening.\n',
  'denial.txt':
    'Authority disputes reports\n\nThe port authority denied that any trawlers were impounded in Grimsvik on Monday.\n\nA spokeswoman called the reports of seizures fabricated.\n',
  'plan.txt':
    'Inspections planned\n\nThe port authority will impound 40 trawlers in Grimsvik on Monday, a harbour official said.\n\nOwners were told to bring their papers.\n',
};

let folder: string;
let engine: Engine;

beforeAll(async () => {
  folder = await writePlainCorpus(FILES);
  engine = await openEngine({ corpusDir: folder, indexPath: path.join(folder, 'index.json') });
});
afterAll(() => removeFolder(folder));

describe('"also reported by" under an answer', () => {
  it('lists the same fact from another outlet, never a denial or a plan', () => {
    const answer = engine.ask('How many trawlers were impounded in Grimsvik on Monday?', {
      limit: 5,
    });
    const shown = [...answer.passages, ...answer.closest];
    expect(shown.length).toBeGreaterThan(0);
    const titleOf = (id: string) => engine.sources().find((s) => s.id === id)?.title;
    for (const passage of shown) {
      const also = passage.alsoReportedBy.map((q) => titleOf(q.source.id));
      expect(also).not.toContain('Authority disputes reports');
      expect(also).not.toContain('Inspections planned');
    }
    const pair = shown.find((p) =>
      ['Trawlers held in Grimsvik', 'Harbour crackdown'].includes(titleOf(p.source.id) ?? ''),
    );
    expect(pair?.alsoReportedBy.map((q) => titleOf(q.source.id))).toEqual([
      titleOf(pair!.source.id) === 'Harbour crackdown'
        ? 'Trawlers held in Grimsvik'
        : 'Harbour crackdown',
    ]);
    // The denial is still shown, as its own passage: useful, and claims nothing.
    expect(shown.map((p) => titleOf(p.source.id))).toContain('Authority disputes reports');
    expect(answer.sourcesDiffer).toEqual([]);
  });
});
