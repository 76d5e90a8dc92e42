/**
 * Two outlets on one blast, a tiny invented corpus: a count that differs beside one that agrees
 * is shown as "sources differ", and a transfer to hospital is never "also reported by" under the
 * stay there (src/search/select/fact-relation.ts, fact-continuation.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/types.js';
import {
  frontMatterArticle,
  plainCorpusEngine,
  UNRELATED_ARTICLES,
} from '../support/corpus-fixture.js';

let engine: Engine;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ engine, cleanup } = await plainCorpusEngine({
    'echo.md': frontMatterArticle(
      'Blast at Harwick elevator (Echo)',
      'Tarn Echo',
      '2026-10-15',
      'The blast at the Harwick grain elevator killed three workers and injured 12.\n\nTwo workers injured in the blast were flown to a hospital in Omaha.',
    ),
    'radio.md': frontMatterArticle(
      'Blast at Harwick elevator (Radio)',
      'Gull Radio',
      '2026-10-15',
      'The blast at the Harwick grain elevator killed four workers and injured 12.\n\nTwo workers injured in the blast remain hospitalised in Omaha.',
    ),
    ...UNRELATED_ARTICLES,
  }));
}, 120_000);
afterAll(() => cleanup());

const alsoReported = (question: string) =>
  engine.ask(question).passages.flatMap((p) => p.alsoReportedBy.map((q) => q.source.id));

describe('two outlets on one blast', () => {
  it('"killed three … injured 12" / "killed four … injured 12" differ on the number', () => {
    const answer = engine.ask('How many workers did the blast at the Harwick grain elevator kill?');
    expect(
      answer.sourcesDiffer.map((d) => [
        d.aspect,
        d.quotes
          .map((q) => q.source.id)
          .sort()
          .join(' '),
      ]),
    ).toEqual([['number', 'echo radio']]);
  });

  it('a transfer to hospital is not "also reported by" the stay there', () => {
    expect(alsoReported('Where were the injured workers flown to?')).toEqual([]);
    expect(alsoReported('Are the injured workers still in hospital in Omaha?')).toEqual([]);
  });
});
