/**
 * A kind of piece named in two words ("the press release") names no outlet, even one whose name
 * holds one of its words ("Tarrow Press Agency"): the question asks about the release, and the
 * reply never says it names the agency (src/search/plan/piece-kinds.ts pieceKindWordsAt).
 * Invented outlets and town.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/types.js';
import { frontMatterArticle, plainCorpusEngine } from '../support/corpus-fixture.js';

let engine: Engine;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ engine, cleanup } = await plainCorpusEngine({
    'agency-ferry.md': frontMatterArticle(
      'Ferry crews vote to strike',
      'Tarrow Press Agency',
      '2026-05-04',
      'Crews on the Tarrow ferry voted on Monday to strike for two days next week.\n\nThe union said talks with the operator had broken down.',
    ),
    'council-release.md': frontMatterArticle(
      'Footbridge to reopen',
      'Tarrow Council',
      '2026-05-05',
      'The council has confirmed that the Tarrow footbridge will reopen on 1 October.\n\nRepairs to the deck cost £1.2m.',
    ),
    'courier-market.md': frontMatterArticle(
      'Market moves to the quay',
      'Tarrow Courier',
      '2026-05-06',
      'The Saturday market will move to the quay from June, traders were told.',
    ),
  }));
});
afterAll(async () => cleanup());

describe('a piece kind in two words names no outlet', () => {
  it('does not read "press" of "the press release" as naming Tarrow Press Agency', async () => {
    const answer = await engine.ask('what did the press release say');
    expect(answer.notFromNamed).toBeUndefined();
    const shown = [...answer.passages, ...(answer.closest ?? [])].map((p) => p.source.id);
    expect(shown[0]).toBe('council-release');
  });

  it('still reads the agency named in full', async () => {
    const answer = await engine.ask('what did the Tarrow Press Agency report about the ferry');
    const top = [...answer.passages, ...(answer.closest ?? [])][0];
    expect(top?.source.id).toBe('agency-ferry');
  });
});
