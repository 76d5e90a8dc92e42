/**
 * A press release says what it is in its heading line ("PRESS RELEASE — 3 March 2026"), which
 * cleaning drops from its text: "what did the press release say?" still names it, by the kind
 * its page states, as a kind in its title or id would (src/engine/article-naming.ts
 * statedKinds), and is answered from the release, not from a story that mentions one.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/types.js';
import { plainCorpusEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const FILES: Record<string, string> = {
  ...UNRELATED_ARTICLES,
  'release.txt': [
    'PRESS RELEASE — 3 March 2026',
    'North Atlantic Rowing Union',
    'NARU confirms new weight limits for lightweight crews',
    'The North Atlantic Rowing Union (NARU) has confirmed new weight limits for lightweight crews.',
    'The limits apply from 1 January 2027.',
  ].join('\n\n'),
  'story.txt': [
    'Rowers welcome lighter crews',
    'By Ana Ruiz, Bay Courier',
    'Club rowers welcomed the limits a union press release announced on Tuesday.',
  ].join('\n\n'),
};

let engine: Engine;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ engine, cleanup } = await plainCorpusEngine(FILES));
}, 60_000);
afterAll(() => cleanup());

it('reads the release as meant: titled by its headline, published by its issuer', () => {
  const release = engine.sources().find((s) => s.file === 'release.txt')!;
  expect(release.title).toBe('NARU confirms new weight limits for lightweight crews');
  expect(release.outlet).toBe('North Atlantic Rowing Union');
});

it('"what did the press release say?" is answered from the release its heading line names so', () => {
  const answer = engine.ask('what did the press release say?');
  expect(answer.answered).toBe(true);
  expect([...new Set(answer.passages.map((p) => p.source.id))]).toEqual(['release']);
  expect(answer.passages[0]?.quote).toMatch(
    /^The North Atlantic Rowing Union \(NARU\) has confirmed/,
  );
});

it('a question asking more of it is searched as before', () => {
  const answer = engine.ask('what did rowers say about the press release?');
  expect(answer.passages.map((p) => p.quote).join(' ')).toMatch(/Club rowers welcomed/);
});
