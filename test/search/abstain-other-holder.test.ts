/**
 * Abstention's gate on a passage giving the asked attribute to another named entity
 * (src/search/abstain-other-holder.ts): "when was Tarnwick founded" is not answered by "Delby
 * Haulage, founded in 1987, …". Tiny invented corpora: a takeover story that tells only the
 * bought firm's founding, chairman and staff, then one that tells the buyer's too.
 */
import { describe, expect, it } from 'vitest';
import {
  askedHolderHeld,
  askedHolderOf,
  holdersIn,
} from '../../src/search/abstain-other-holder.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** Only Delby Haulage's founding, chairman and staff are told. */
const TAKEOVER: SearchFixtureArticle = {
  id: 'takeover',
  title: 'Tarnwick buys Delby Haulage',
  outlet: 'Wold Courier',
  published: '2025-03-04',
  paragraphs: [
    ['Freight group Tarnwick has agreed to buy rival Delby Haulage for £120m.'],
    ['Delby Haulage, founded in 1987 by two sisters in Hull, runs 12 depots.'],
    ["Delby Haulage's chairman, Rob Ekin, said the board backed the sale."],
    ['Delby Haulage employs 900 people.'],
  ],
};

/** The buyer's own: its founding in apposition, a pronoun for its staff, its chairman by "of". */
const BUYER: SearchFixtureArticle = {
  id: 'buyer',
  title: 'Who is Tarnwick?',
  outlet: 'Wold Post',
  published: '2025-03-05',
  paragraphs: [
    ['Tarnwick, founded in 1962 as a single lorry yard, is now the region’s largest carrier.'],
    ['The chairman of Tarnwick, Mina Okoro, led the talks.'],
    ['Tarnwick moved its head office to York last year.', 'It employs 2,400 people.'],
  ],
};

/** Never common in these tests: every word is a name's unless listed. */
const common = (term: string) => ['group', 'freight'].includes(term);

describe('the holder a question names', () => {
  it('is the owner of the noun asked, or the subject of the verb', () => {
    expect(askedHolderOf('when was Tarnwick founded?', common)).toEqual({
      name: ['tarnwick'],
      attribute: 'founded',
      role: 'patient',
    });
    expect(askedHolderOf('who is the chairman of Tarnwick?', common)?.attribute).toBe('chairman');
    expect(askedHolderOf("what was Tarnwick's profit last year?", common)?.role).toBe('owner');
    expect(askedHolderOf('how many people does Tarnwick employ?', common)?.role).toBe('subject');
  });

  it('is none when the name only modifies a longer subject, or is not written as a name', () => {
    expect(askedHolderOf('where did EU foreign ministers meet?', common)).toBeNull();
    expect(askedHolderOf('when was tarnwick founded?', common)).toBeNull();
  });
});

describe('the holder a passage gives', () => {
  it('is read by possessive, "of", apposition, subject and modifier', () => {
    expect(holdersIn("Delby Haulage's new chairman said", 'chairman', 'owner', common)).toEqual([
      ['delbi', 'haulag'],
    ]);
    expect(holdersIn('the chairman of Delby Haulage said', 'chairman', 'owner', common)).toEqual([
      ['delbi', 'haulag'],
    ]);
    expect(holdersIn('Delby Haulage chairman Rob Ekin', 'chairman', 'owner', common)).toEqual([
      ['delbi', 'haulag'],
    ]);
    expect(holdersIn('Delby Haulage, founded in 1987', 'found', 'patient', common)).toEqual([
      ['delbi', 'haulag'],
    ]);
    expect(holdersIn('Delby Haulage, which employs 900', 'employ', 'subject', common)).toEqual([
      ['delbi', 'haulag'],
    ]);
  });

  it('is none for a description, a pronoun, or the doer where a passive is asked', () => {
    expect(holdersIn("The company's chairman said", 'chairman', 'owner', common)).toEqual([[]]);
    expect(holdersIn('It employs 2,400 people.', 'employ', 'subject', common)).toEqual([[]]);
    expect(holdersIn('Tom Lee founded Delby Haulage.', 'found', 'patient', common)).toEqual([[]]);
    // The name closing an inserted clause is not the verb's subject.
    expect(
      holdersIn(
        'Reyes, who is now deputy manager in Delby, will earn $90,000 a year.',
        'earn',
        'subject',
        common,
      ),
    ).toEqual([[]]);
  });
});

describe('the gate', () => {
  it("refuses when the passages tell only another firm's founding, chairman or staff", () => {
    const { engine } = engineOver(TAKEOVER);
    for (const question of [
      'when was Tarnwick founded?',
      'who is the chairman of Tarnwick?',
      'how many people does Tarnwick employ?',
    ]) {
      const answer = engine.ask(question);
      expect(answer.answered, question).toBe(false);
    }
    expect(engine.ask('when was Delby Haulage founded?').answered).toBe(true);
  }, 60_000);

  it("answers when a passage tells the named firm's own, by name or by a pronoun", () => {
    const { engine } = engineOver(TAKEOVER, BUYER);
    const founded = engine.ask('when was Tarnwick founded?');
    expect(founded.answered).toBe(true);
    expect(founded.passages.some((p) => p.quote.includes('founded in 1962'))).toBe(true);
    expect(engine.ask('who is the chairman of Tarnwick?').answered).toBe(true);
    const staff = engine.ask('how many people does Tarnwick employ?');
    expect(staff.answered).toBe(true);
    expect(staff.passages.some((p) => p.quote.includes('2,400'))).toBe(true);
  }, 60_000);

  it("reads a sentence's first word that the question writes beside the attribute as its modifier", () => {
    // "Chief" opens the sentence, so it is capitalised: it is the asked "chief executive"'s own
    // word, not another holder of "executive".
    const BOSS: SearchFixtureArticle = {
      id: 'boss',
      title: 'Cheese output to double',
      outlet: 'Grocer Weekly',
      published: '2026-03-03',
      paragraphs: [
        ['Tarnwick will double its cheese output by 2028.'],
        ['Chief executive Tomas Berg said the company would hire 120 staff.'],
      ],
    };
    const { index } = engineOver(BOSS);
    const held = (question: string) => askedHolderHeld(index.abstentionInput(index.rank(question)));
    expect(held('who is the chief executive of Tarnwick?')).not.toBe(false);
  }, 60_000);

  it('leaves a question for a reason alone: it asks why the act was done, not who did it', () => {
    // Delby wanted the depots kept open; Tarnwick's reason for closing them is told with no
    // form of "want". "When did Tarnwick want…" would be refused; "why" is not the gate's.
    const DEPOTS: SearchFixtureArticle = {
      id: 'depots',
      title: 'Depot closures',
      outlet: 'Wold Courier',
      published: '2025-04-02',
      paragraphs: [
        ['Delby Haulage wanted the Hull depots kept open.'],
        ['Tarnwick said the Hull depots would close because fuel costs had doubled.'],
      ],
    };
    const { index } = engineOver(DEPOTS);
    const held = (question: string) => askedHolderHeld(index.abstentionInput(index.rank(question)));
    expect(held('when did Tarnwick want the Hull depots closed?')).toBe(false);
    expect(held('why did Tarnwick want the Hull depots closed?')).toBeUndefined();
  }, 60_000);
});

describe('a holder named in close apposition after "of"', () => {
  /** The director is told of "the haulage firm Tarnwick": a classifying phrase before the name. */
  const APPOSITION: SearchFixtureArticle = {
    id: 'apposition',
    title: 'Depot plan lodged',
    outlet: 'Wold Courier',
    published: '2025-04-02',
    paragraphs: [
      ['Mina Okoro, director of the haulage firm Tarnwick, said the depot would open in May.'],
      ['Okoro said the firm would hire 40 drivers.'],
      ['The council will decide on the plan in June.'],
    ],
  };

  it("is the name after the classifying words, so the passage is not another holder's", () => {
    const { index } = engineOver(APPOSITION, TAKEOVER);
    const question = 'who is the director of Tarnwick?';
    // On the name before the noun ("Mina Okoro") the passage read as another holder's: refused.
    expect(askedHolderHeld(index.abstentionInput(index.rank(question)))).not.toBe(false);
  });
});
