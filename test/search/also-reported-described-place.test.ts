/**
 * "Also reported by" only when a definite description names the same place in both articles
 * (src/search/select/fact-described-place.ts): "the pier" of an article about Tolver Pier and
 * "the pier" of one about Kelby Pier are two piers, though the sentences read alike word for
 * word; the same sentence in two articles about Tolver Pier is one fact. Tiny invented corpora
 * of two articles.
 */
import { describe, expect, it } from 'vitest';
import { enginesOf, twoOutlets } from '../support/two-outlets.js';

const kiosk =
  'A wooden kiosk at the landward end of the pier was destroyed, and a handrail next to it was scorched.';
const corpus = (otherPier: string) =>
  twoOutlets(
    ['Kiosk fire on the pier', 'Pier kiosk burns'],
    [
      `Fire crews were called to Tolver Pier late in the evening.\n\n${kiosk}`,
      `Fire crews were called to ${otherPier} late in the evening.\n\n${kiosk}`,
    ],
    ['2025-06-19', '2025-06-20'],
  );

const engineOf = enginesOf(() => ({
  otherPier: corpus('Kelby Pier'),
  samePier: corpus('Tolver Pier'),
}));

const alsoReported = (name: string) =>
  engineOf(name)
    .ask('What was destroyed at the landward end of the pier?')
    .passages.flatMap((p) => p.alsoReportedBy.map((q) => q.source.id));

describe('"also reported by" for a definite description of one named place only', () => {
  it('is not claimed when each article names another pier', () => {
    expect(alsoReported('otherPier')).toEqual([]);
  });

  it('is claimed when both articles name the same pier', () => {
    expect(alsoReported('samePier')).toHaveLength(1);
  });
});
