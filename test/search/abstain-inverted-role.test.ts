/**
 * Abstention's gate on a passage in which the question's object is the doer of its verb
 * (src/search/abstain-inverted-role.ts): "who owns the Tarn Estate" is not answered by "the Tarn
 * Estate, which owns most of the moor". Tiny invented corpora: the estate as owner only, then
 * the estate's own owner named.
 */
import { describe, expect, it } from 'vitest';
import {
  invertsAskedRole,
  isAgentNoun,
  objectHead,
} from '../../src/search/abstain-inverted-role.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** The estate owns; nothing says who owns it. */
const ESTATE_OWNS: SearchFixtureArticle = {
  id: 'estate',
  title: 'Moor fire: estate cooperating',
  outlet: 'Dale Post',
  published: '2025-05-05',
  paragraphs: [
    [
      'A spokesperson for the Tarn Estate, which owns most of the moor, said it was cooperating with the fire service.',
    ],
    ['The Tarn Estate has denied that heather burning caused the fire.'],
  ],
};

/** Who owns the estate. */
const ESTATE_OWNED: SearchFixtureArticle = {
  id: 'estate-owner',
  title: 'Who is behind the Tarn Estate',
  outlet: 'Dale Courier',
  published: '2025-05-09',
  paragraphs: [['The Tarn Estate is owned by the Lindqvist family, who bought it in 1998.']],
};

/** The centre's manager, named in apposition to the agent noun after the centre's name. */
const CENTRE_MANAGER: SearchFixtureArticle = {
  id: 'centre',
  title: 'Leisure centre pool reopens',
  outlet: 'Fenby Post',
  published: '2025-10-09',
  paragraphs: [
    ['Fenwick Leisure Centre reopened its main pool on Friday after three weeks of repairs.'],
    [
      'Fenwick Leisure Centre manager Tariq Hussain said the new filters had cost less than expected.',
    ],
  ],
};

/** The club's chair, named in apposition to the noun a genitive determines. */
const CLUB_CHAIR: SearchFixtureArticle = {
  id: 'club',
  title: 'Rowing club fights boathouse sale',
  outlet: 'Fenby Post',
  published: '2025-11-02',
  paragraphs: [
    ['The Fenby Rowing Club has launched a petition against the sale of its boathouse.'],
    ["The club's chair, Hester Quayle, said members would appeal to the county council."],
  ],
};

describe('the object of "who VERBs X"', () => {
  it('is the head of the noun phrase after the verb', () => {
    expect(objectHead('who owns the Tarn Estate', 'own')).toBe('estat');
    expect(objectHead('who voted against the budget', 'vote')).toBeNull();
  });
});

describe('a passage inverting the roles', () => {
  it('makes the object the doer of every form of the verb, with or without a relative pronoun', () => {
    const { index } = engineOver(ESTATE_OWNS);
    const plan = index.rank('who owns the Tarn Estate').plan;
    expect(invertsAskedRole(plan, 'The Tarn Estate, which owns most of the moor, said…')).toBe(
      true,
    );
    expect(invertsAskedRole(plan, 'The Tarn Estate owns the moor.')).toBe(true);
    expect(invertsAskedRole(plan, 'The Tarn Estate is owned by the Lindqvist family.')).toBe(false);
    expect(invertsAskedRole(plan, 'The Lindqvist family owns the Tarn Estate.')).toBe(false);
    expect(invertsAskedRole(plan, 'The Tarn Estate covers the moor.')).toBe(false);
  });
});

describe("the verb's agent noun", () => {
  it('is the verb with an agent ending its own forms lack', () => {
    expect(isAgentNoun('manager', 'manages')).toBe(true);
    expect(isAgentNoun('organisers', 'organised')).toBe(true);
    expect(isAgentNoun('operator', 'operate')).toBe(true);
    expect(isAgentNoun('manages', 'manage')).toBe(false);
    // A verb ending in "-er" is no agent noun of itself.
    expect(isAgentNoun('delivers', 'delivered')).toBe(false);
  });

  it('is no form of the verb: the noun before it is its object, not its doer', () => {
    const { index } = engineOver(CENTRE_MANAGER);
    const plan = index.rank('who manages Fenwick Leisure Centre').plan;
    expect(invertsAskedRole(plan, CENTRE_MANAGER.paragraphs[1]![0]!)).toBe(false);
    expect(invertsAskedRole(plan, 'Fenwick Leisure Centre manages the pool.')).toBe(true);
  });
});

describe('a word after a genitive', () => {
  it('is the noun the genitive determines, no form of the verb', () => {
    const { index } = engineOver(CLUB_CHAIR);
    const plan = index.rank('who chairs the rowing club').plan;
    expect(invertsAskedRole(plan, CLUB_CHAIR.paragraphs[1]![0]!)).toBe(false);
    expect(invertsAskedRole(plan, 'The club chairs the regatta committee.')).toBe(true);
  });
});

describe('the gate', () => {
  it('refuses when the leading passages only make the object the doer', () => {
    const { engine } = engineOver(ESTATE_OWNS);
    expect(engine.ask('who owns the Tarn Estate').answered).toBe(false);
  });

  it('answers when a passage names the doer, and questions in other roles', () => {
    const { engine } = engineOver(ESTATE_OWNS, ESTATE_OWNED);
    const answer = engine.ask('who owns the Tarn Estate');
    expect(answer.answered).toBe(true);
    expect(answer.passages.some((p) => p.quote.includes('Lindqvist family'))).toBe(true);
    expect(engineOver(ESTATE_OWNS).engine.ask('what does the Tarn Estate own').answered).toBe(true);
  });

  it('answers "who chairs X" with "X\'s chair, NAME"', () => {
    const answer = engineOver(CLUB_CHAIR).engine.ask('who chairs the rowing club');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toContain('Hester Quayle');
  });

  it('answers "who manages X" with "X manager NAME"', () => {
    const answer = engineOver(CENTRE_MANAGER).engine.ask('who manages Fenwick Leisure Centre?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toContain('manager Tariq Hussain');
  });
});
