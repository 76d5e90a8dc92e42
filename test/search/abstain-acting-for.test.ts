/**
 * Abstention's gate on "who VERBed the Y for X" (src/search/abstain-acting-for.ts): X is given
 * by the question, so a passage in which X itself, alone or beside another party, is the verb's
 * doer names no one who acted for X. Tiny invented corpora: a port board and a ferry firm that
 * "signed a lease", then the board's signatory named.
 */
import { describe, expect, it } from 'vitest';
import { actedForParty, partyAsDoerAt } from '../../src/search/abstain-acting-for.js';
import { stem } from '../../src/text/terms.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** The two parties signed; nobody is named as signing for either. */
const PARTIES_SIGNED: SearchFixtureArticle = {
  id: 'lease',
  title: 'Ferry firm takes over Kelby quay',
  outlet: 'Kelby Post',
  published: '2025-03-04',
  paragraphs: [
    [
      'On Monday, the Kelby Port Board and Marrow Ferries signed a ten-year lease for the east quay.',
      'The lease lets Marrow Ferries run two sailings a day from the quay.',
    ],
    ['Marrow Ferries said the first sailing would leave in May.'],
  ],
};

/** Who signed the lease for the board. */
const SIGNATORY_NAMED: SearchFixtureArticle = {
  id: 'lease-signed',
  title: 'Port Board chair signs quay lease',
  outlet: 'Kelby Courier',
  published: '2025-03-05',
  paragraphs: [
    [
      'The lease was signed by Kelby Port Board chair Ruth Okafor at the harbour office.',
      'Ruth Okafor said the lease secured the quay for another decade.',
    ],
  ],
};

describe('the party "who VERBed the Y for X" names', () => {
  it('is what follows "for" or "on behalf of" after the verb and its object', () => {
    expect(actedForParty('who signed the lease for the port board', 'sign')).toBe('board');
    expect(actedForParty('who signed the lease on behalf of Marrow Ferries?', 'sign')).toBe(
      'ferries',
    );
  });

  it('is none when "who" is no doer with an object, or "for" opens the complement', () => {
    expect(actedForParty('who asked for the reserve force', 'ask')).toBeNull();
    expect(actedForParty('who got picked as chair for the board', 'pick')).toBeNull();
    expect(actedForParty('who signed the lease', 'sign')).toBeNull();
    // A bare common noun after "for" is a purpose or the object's complement, no party.
    expect(actedForParty('who lodged a petition for judicial review?', stem('lodged'))).toBeNull();
    // A name typed in lower case, when the coverage writes it as one.
    const isName = (word: string) => word === 'rosgvardia';
    expect(actedForParty('who signed the deal for rosgvardia', 'sign')).toBeNull();
    expect(actedForParty('who signed the deal for rosgvardia', 'sign', isName)).toBe('rosgvardia');
    expect(actedForParty('who lodged a petition for the port board?', stem('lodged'))).toBe(
      'board',
    );
  });
});

describe('the party as the doer', () => {
  it('is told by a form of the verb with the party in the subject before it', () => {
    const party = new Set(['board']);
    const text = PARTIES_SIGNED.paragraphs[0]![0]!;
    expect(partyAsDoerAt(text, 'sign', 'signed', party)).toEqual({ verbs: 1, asParty: 1 });
    expect(partyAsDoerAt('Ruth Okafor signed it for the board.', 'sign', 'signed', party)).toEqual({
      verbs: 1,
      asParty: 0,
    });
    // A clause break ends the subject: the board before the comma is not the signer.
    expect(partyAsDoerAt('For the board, Ruth Okafor signed it.', 'sign', 'signed', party)).toEqual(
      { verbs: 1, asParty: 0 },
    );
  });
});

describe('the gate', () => {
  it('refuses when the passages only make the party itself the doer', () => {
    const { engine } = engineOver(PARTIES_SIGNED);
    expect(engine.ask('who signed the lease for the port board').answered).toBe(false);
    expect(engine.ask('who signed the lease on behalf of marrow ferries').answered).toBe(false);
  });

  it('answers when a passage names who signed for the party', () => {
    const answer = engineOver(PARTIES_SIGNED, SIGNATORY_NAMED).engine.ask(
      'who signed the lease for the port board',
    );
    expect(answer.answered).toBe(true);
    expect(answer.passages.some((p) => p.quote.includes('Ruth Okafor'))).toBe(true);
  });

  it('leaves questions of other forms alone', () => {
    const { engine } = engineOver(PARTIES_SIGNED);
    expect(engine.ask('who signed the lease for the east quay').answered).toBe(true);
  });
});
