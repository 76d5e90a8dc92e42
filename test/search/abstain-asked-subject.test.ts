/**
 * The thing a question asks an attribute of (src/search/abstain-asked-subject.ts), read by the
 * gates on "how old / how long …", "when was X VERBed" and "how many NOUN does X VERB": a
 * sentence stating the attribute of another thing, in an article that never names the thing
 * asked of, does not answer. Tiny invented corpora: a village bakery whose age, building date
 * and staff are stated, and a windmill named in another article with none of them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/types.js';
import { askedSubject } from '../../src/search/abstain-asked-subject.js';
import { plainCorpusEngine } from '../support/corpus-fixture.js';

/** The bakery's attributes stated. */
const BAKERY = `Ashby bakery changes hands

By Nell Quayle
Ashby Courier | 3 May 2026

The Ashby bakery, which was built in 1931, has been sold to its staff.

Head baker Tom Vane, 52, has worked at the bakery since he left school.

The bakery employs nine staff and bakes for four village shops.
`;

/** The windmill and its miller named, with none of those attributes. */
const MILL = `Flour from the hill

By Nell Quayle
Ashby Courier | 4 May 2026

Ashby windmill supplies the village with bread flour.

Its miller, Kit Harrop, grinds wheat there on Saturdays.
`;

/** The windmill's staff told of through a pronoun that leans on the sentence naming it. */
const WINDMILL = `Windmill open day

By Nell Quayle
Ashby Courier | 10 May 2026

Ashby windmill will open to visitors on Sunday.

It employs three staff, all of them volunteers.
`;

/**
 * A club named in two spellings a letter apart, its founding told under one of them (asked in
 * lower case: the other-holder gate reads a capitalised "Vardenska" and "Vardenskia" as two names).
 */
const CLUB = `Cup final

By Nell Quayle
Ashby Courier | 17 May 2026

Vardenska won the regional cup on Saturday, beating Ashby Rovers 2-1.

Vardenskia was founded in 1921 by dock workers.
`;

describe('the thing a question asks an attribute of', () => {
  it('is the head of the subject after "how ADJ is"', () => {
    expect(askedSubject('How old is the miller of Ashby?')).toBe('miller');
    expect(askedSubject("how long is the bakery's new oven")).toBe('oven');
  });

  it('is the subject between the auxiliary and the verb', () => {
    expect(askedSubject('How many staff does the Ashby windmill employ?')).toBe('windmill');
    expect(askedSubject('how fast does the ferry cross')).toBe('ferry');
  });

  it('is the subject before the participle of "when was X VERBed"', () => {
    expect(askedSubject('When was the windmill built?')).toBe('windmill');
  });

  it('is none in other forms or when the subject is a pronoun', () => {
    expect(askedSubject('how old is he')).toBeNull();
    expect(askedSubject('what is the age of the miller')).toBeNull();
    expect(askedSubject('how many staff are there')).toBeNull();
    // The subject runs on past the first run of content words: no verb told from it.
    expect(askedSubject('how long did the tide test in July take')).toBeNull();
  });

  it('ends the subject at a comma', () => {
    expect(askedSubject('how long is the deal, page-wise')).toBe('deal');
  });
});

describe('the gates read it', () => {
  let bakery: Engine;
  let both: Engine;
  let club: Engine;
  const cleanups: Array<() => Promise<void>> = [];
  beforeAll(async () => {
    const built = await Promise.all([
      plainCorpusEngine({ 'bakery.txt': BAKERY, 'mill.txt': MILL }),
      plainCorpusEngine({ 'bakery.txt': BAKERY, 'mill.txt': MILL, 'windmill.txt': WINDMILL }),
      plainCorpusEngine({ 'club.txt': CLUB }),
    ]);
    [bakery, both, club] = built.map((b) => b.engine) as [Engine, Engine, Engine];
    cleanups.push(...built.map((b) => b.cleanup));
  }, 120_000);
  afterAll(() => Promise.all(cleanups.map((cleanup) => cleanup())));

  it('refuses an attribute stated only of another thing', () => {
    expect(bakery.ask('How old is the miller?').answered).toBe(false);
    expect(bakery.ask('When was the windmill built?').answered).toBe(false);
    expect(bakery.ask('How many staff does the windmill employ?').answered).toBe(false);
  });

  it('answers the twin asking it of the thing it is stated of', () => {
    const age = bakery.ask('How old is the baker?');
    expect(age.answered).toBe(true);
    expect(age.passages.map((p) => p.quote).join(' ')).toContain('Tom Vane, 52');
    expect(bakery.ask('When was the bakery built?').passages[0]?.quote).toContain('built in 1931');
    expect(bakery.ask('How many staff does the bakery employ?').passages[0]?.quote).toContain(
      'employs nine staff',
    );
  });

  it('takes a sentence of an article naming the thing as stating it of it', () => {
    const staff = both.ask('How many staff does the windmill employ?');
    expect(staff.answered).toBe(true);
    expect(staff.passages[0]?.quote).toContain('three staff');
  });

  it('takes another spelling of the thing, a letter apart, as naming it', () => {
    const founded = club.ask('when was vardenska founded');
    expect(founded.answered).toBe(true);
    expect(founded.passages[0]?.quote).toContain('founded in 1921');
  });
});
