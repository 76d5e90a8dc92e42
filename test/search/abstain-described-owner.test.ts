/**
 * A noun restricted by a body the question describes (src/search/abstain-described-owner.ts):
 * "who is the trust's finance director" is not answered by the union's finance director, and is
 * by the trust's, or by a finance director with no owner beside the trust's name. Tiny invented
 * corpora: a hospital dispute told with the union's officers, then the trust's.
 */
import { describe, expect, it } from 'vitest';
import { describedOwnerOf } from '../../src/search/abstain-described-owner.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** The union's finance director, named; the trust's finance director, never. */
const UNION_ONLY: SearchFixtureArticle = {
  id: 'union',
  title: 'Porters at Hallam Royal vote to strike',
  outlet: 'Hallam Gazette',
  published: '2026-03-02',
  paragraphs: [
    ['Porters at Hallam Royal Infirmary have voted to strike over pay.'],
    ['Dermot Quayle, the union’s finance director, said the trust had ignored three pay offers.'],
    ['The trust said talks would resume next week.'],
  ],
};

/** The trust's finance director, named. */
const TRUST_TOO: SearchFixtureArticle = {
  id: 'trust',
  title: 'Infirmary trust answers porters',
  outlet: 'Hallam Post',
  published: '2026-03-04',
  paragraphs: [
    ['Yusra Benning, the trust’s finance director, said the porters’ claim would cost £1.2m.'],
  ],
};

describe('the body a question describes as an owner', () => {
  it('is a noun of organisation in the genitive after "the"', () => {
    expect(describedOwnerOf("who is the trust's finance director?")).toEqual({
      owner: 'trust',
      head: 'director',
    });
    expect(describedOwnerOf("who is Hallam's finance director?")).toBeNull();
    expect(describedOwnerOf("what did the porter's wife say?")).toBeNull();
  });
});

describe('the described-owner gate', () => {
  // The first question builds the fixtures' engine and loads WordNet: slow on a busy machine.
  const ENGINE_TIMEOUT = 120_000;
  it(
    "refuses a noun asked of one body when the passages give it only to another's",
    () => {
      const { engine } = engineOver(UNION_ONLY);
      expect(engine.ask("who is the trust's finance director?").answered).toBe(false);
    },
    ENGINE_TIMEOUT,
  );

  it(
    "answers it with the asked body's, and the other body's when that is asked",
    () => {
      const both = engineOver(UNION_ONLY, TRUST_TOO).engine.ask(
        "who is the trust's finance director?",
      );
      expect(both.answered).toBe(true);
      expect(both.passages[0]?.quote).toContain('Yusra Benning');
      const union = engineOver(UNION_ONLY).engine.ask("who is the union's finance director?");
      expect(union.answered).toBe(true);
    },
    ENGINE_TIMEOUT,
  );
});
