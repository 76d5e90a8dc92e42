/**
 * The time gate on "when / what year was X VERBed" (src/search/abstain-asked-time.ts): a date
 * beside a form of the act answers only when the act is told of X as the thing it was done to,
 * not when X does it to another thing, another thing is what it was done to, or the word is no
 * verb or action noun of the act. Tiny invented corpora: a boatyard's works dated, its founding
 * not; then an article that dates the founding; and a letter dated in the sentence after the one
 * telling who wrote it.
 */
import { describe, expect, it } from 'vitest';
import { actedBySubject, askedAct, doneToAnother } from '../../src/search/abstain-asked-time.js';
import { isNounAdjunct } from '../../src/text/noun-adjunct.js';
import { suiteEngine } from '../support/corpus-fixture.js';

/** Harlow Marine builds and is chosen to build, on dates; its founding is never dated. */
const WORKS = `Harlow Marine wins sea wall contract

By Ada Pryce
Selby Echo | 4 June 2026

Harlow Marine is a family-founded boatyard based in Selby. Harlow Marine, which is privately owned, built the Selby pier, completed in 2017.

Harlow Marine has been chosen to build the Selby sea wall, the council said on Tuesday.

Construction of the Selby sea wall began on Saturday, months behind its original timetable of 2025.
`;

/** The founding, dated. */
const HISTORY = `Boatyard at 70

By Ben Ashe
Selby Post | 6 June 2026

Harlow Marine was founded in 1956 by two brothers.
`;

/** A letter told in one sentence, dated in the next by a pronoun. */
const LETTER = `A soldier's letter

By Ada Pryce
Selby Echo | 9 June 2026

The museum will show a letter written by Private Tom Hale of the Selby Rifles. It is dated 3 May 1917, the night before his battalion went into action.
`;

describe('the act a date question asks of', () => {
  it('is read after "what year", "in what year" and "on what date" as after "when"', () => {
    expect(askedAct('what year was Harlow Marine founded')).toBe('founded');
    expect(askedAct('In what year was the pier built?')).toBe('built');
    expect(askedAct('on what exact date was the letter written')).toBe('written');
  });

  it('is none after a preposition, or for the act of a plan', () => {
    expect(askedAct('what date is on the leaked risk register')).toBeNull();
    expect(askedAct('when was every school supposed to be connected to the network')).toBeNull();
  });

  it('is none for a past form premodifying a noun in the subject', () => {
    // "last" is also a past form (of "lase"): before "major overhaul" it modifies the noun.
    expect(askedAct("when was the ferry's last major overhaul")).toBeNull();
    expect(askedAct('when was the pier built originally')).toBe('built');
    expect(askedAct('when was the pier built on the point')).toBe('built');
    // A participle before its complement is the clause's verb.
    expect(askedAct('when was Tomas Vreeland first elected council leader')).toBe('elected');
  });
});

describe('a verb told of another thing than the one asked', () => {
  const harlow = new Set(['harlow', 'marin']);
  it('has X as the doer of an active verb', () => {
    const text = 'Harlow Marine, which is privately owned, built the Selby pier';
    expect(actedBySubject(text, text.indexOf('built'), harlow)).toBe(true);
    const passive = 'Harlow Marine was founded in 1956';
    expect(actedBySubject(passive, passive.indexOf('founded'), harlow)).toBe(false);
    const relative = 'Harlow Marine, founded in 1956, employs forty people';
    expect(actedBySubject(relative, relative.indexOf('founded'), harlow)).toBe(false);
  });

  it('has another thing as its object or its "of" phrase', () => {
    const noun = 'Construction of the Selby sea wall began on Saturday';
    expect(doneToAnother(noun, 0, harlow)).toBe(true);
    const verb = 'so that contractors could build a haul road';
    expect(doneToAnother(verb, verb.indexOf('build'), harlow)).toBe(true);
    const own = 'Two brothers founded Harlow Marine in 1956';
    expect(doneToAnother(own, own.indexOf('founded'), harlow)).toBe(false);
    const dated = 'The treaty, promulgated August 29, 1910, marks the end';
    expect(doneToAnother(dated, dated.indexOf('promulgated'), new Set(['treati']))).toBe(false);
  });

  it('is no act when a noun modifies the noun after it', () => {
    expect(isNounAdjunct('short foundation piles', 6)).toBe(true);
    expect(isNounAdjunct('since its foundation in 1956', 10)).toBe(false);
    expect(isNounAdjunct('the foundation Harlow set up', 4)).toBe(false);
  });
});

describe('the gate on a date of another act', () => {
  const works = suiteEngine({ 'works.txt': WORKS });
  const both = suiteEngine({ 'works.txt': WORKS, 'history.txt': HISTORY });
  const letter = suiteEngine({ 'letter.txt': LETTER });

  it('refuses "what year was X founded" when every date is of another act of X', () => {
    expect(works.ask('what year was Harlow Marine founded').answered).toBe(false);
    expect(works.ask('when was Harlow Marine founded?').answered).toBe(false);
  });

  it('answers it with the sentence dating the founding', () => {
    const reply = both.ask('what year was Harlow Marine founded');
    expect(reply.answered).toBe(true);
    expect(reply.passages.map((passage) => passage.quote).join(' ')).toContain('founded in 1956');
  });

  it('reads a date in a sentence whose subject is a pronoun as the act before it', () => {
    const reply = letter.ask("what date was Private Hale's letter written");
    expect(reply.answered).toBe(true);
    expect(reply.passages[0]?.quote).toContain('3 May 1917');
  });
});

/** A patrol set up by a mayor, named in the question by one of its aliases. */
const PATROL = `Patrols stepped up

By Ada Pryce
Selby Echo | 4 June 2026

Mayor Hollis established the Harbour Watch in 2016 with a former police chief at its head.
`;
const PATROL_ALIASES = JSON.stringify({
  groups: [['Harbour Watch', 'Selby Sea Patrol', "Hollis's patrol"]],
});

describe('the gate on a thing named by an alias', () => {
  const patrol = suiteEngine({ 'patrol.txt': PATROL, 'aliases.json': PATROL_ALIASES });

  it('reads an alias of X as X, by its last word, so its doer is not X', () => {
    // "Hollis's patrol" names the patrol by "patrol", not by "Hollis": the mayor who set it up
    // is not the patrol doing the act to another thing.
    const reply = patrol.ask('when was the Selby Sea Patrol founded');
    expect(reply.answered).toBe(true);
    expect(reply.passages[0]?.quote).toContain('in 2016');
  });
});
