/**
 * The act of a count of people told by a support verb (src/text/support-verbs.ts, read by
 * src/search/abstain-counted-act.ts): "how many lecturers went on strike" asks a count of those
 * who struck, and only a sentence counting people with a form of "strike" tells it, not one
 * holding a synonym of "went" ("run", "attend"). And the word after "were" is the act only when
 * it is a verb form: "how many people were new" asks no act, "were actually killed" the killing.
 * Tiny invented corpora: a college's pay dispute, a mill fire.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { countedAct } from '../../src/search/abstain-counted-act.js';
import { predicateNoun } from '../../src/text/support-verbs.js';
import { tokenize } from '../../src/text/terms.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** The dispute, with no count of strikers: people are counted running a radio station. */
const DISPUTE: SearchFixtureArticle = {
  id: 'dispute',
  title: 'Fenwick College lecturers strike over pensions',
  outlet: 'Fenwick Herald',
  published: '2026-04-14',
  paragraphs: [
    ['Lecturers at Fenwick College went on strike on Monday in a dispute over pensions.'],
    ['About 30 student volunteers run the college radio station.'],
    ['The station broadcast hourly updates on the strike and the talks.'],
  ],
};

/** The strikers counted, by another noun and another verb than the question's. */
const TURNOUT: SearchFixtureArticle = {
  id: 'turnout',
  title: 'Picket lines at Fenwick College',
  outlet: 'Fenwick Post',
  published: '2026-04-15',
  paragraphs: [['More than 400 union members joined the strike at Fenwick College on Monday.']],
};

/** A fire's deaths, counted. */
const FIRE: SearchFixtureArticle = {
  id: 'fire',
  title: 'Marston mill fire',
  outlet: 'Fenwick Post',
  published: '2026-02-02',
  paragraphs: [
    ['12 people were killed in the Marston mill fire on Sunday night.'],
    ['The mill had stood empty since 2019, the owners said.'],
  ],
};

describe('the act of a support-verb construction is its noun', () => {
  it('reads the noun a support verb is told with as the act', () => {
    expect(predicateNoun(tokenize('went on strike'), 0)).toBe('strike');
    expect(predicateNoun(tokenize('took part in the march'), 0)).toBe('part');
    expect(predicateNoun(tokenize('held a vote'), 0)).toBe('vote');
    // A preposition and an article: a place or an aim, the verb keeps its meaning.
    expect(predicateNoun(tokenize('went to the rally'), 0)).toBeNull();
    // Not a support verb.
    expect(predicateNoun(tokenize('signed the petition'), 0)).toBeNull();
    expect(countedAct('how many people went on strike')).toBe('strike');
    expect(countedAct('how many people took part in the march')).toBe('part');
    expect(countedAct('how many people have gone on strike')).toBe('strike');
    expect(countedAct('how many people went to the rally')).toBe('went');
  });

  it('refuses a count of people doing a synonym of the support verb', () => {
    const { engine } = engineOver(DISPUTE, FIRE);
    expect(engine.ask('how many lecturers went on strike').answered).toBe(false);
  }, 120_000);

  it('answers by a count told with the noun, whatever the verb', () => {
    const { engine } = engineOver(DISPUTE, TURNOUT, FIRE);
    // "400 union members joined the strike": no form of "went", but the strike counted.
    expect(engine.ask('how many lecturers went on strike').answered).toBe(true);
  }, 120_000);
});

describe('the act after "be" is a verb form', () => {
  it('reads no act from an adjective or an adverb after "were"', () => {
    expect(countedAct('how many people were new')).toBeNull();
    expect(countedAct('how many people were there')).toBeNull();
    expect(countedAct('how many were there')).toBeNull();
    expect(countedAct('how many people were actually in the reserve force')).toBeNull();
    expect(countedAct('how many people were actually killed')).toBe('killed');
    expect(countedAct('how many people were still missing')).toBe('missing');
    expect(countedAct('how many people were held by police')).toBe('held');
    // "have" with a noun is the verb, "have jobs" the act.
    expect(countedAct('how many people have jobs at the mill')).toBe('jobs');
  });

  describe('on an engine', () => {
    const engine = () => engineOver(FIRE, DISPUTE).engine;
    beforeAll(() => void engine(), 120_000);

    it('answers a count asked with an adverb before the act', () => {
      const reply = engine().ask('how many people were actually killed in the marston mill fire');
      expect(reply.answered).toBe(true);
      expect(reply.passages[0]?.quote).toContain('12 people were killed');
    });
  });
});
