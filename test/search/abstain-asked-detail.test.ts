/**
 * Abstention's evidence about the detail a question asks for (src/search/abstain-features.ts):
 * the answer type absent from the best passage, the head of the question's focus missing, and a
 * quantity word that is the question's topic rather than what it asks. On a tiny invented corpus.
 */
import { describe, expect, it } from 'vitest';
import { abstentionFeatures, focusHead, focusStems } from '../../src/search/abstain-features.js';
import { askedAnswerType, answerTypeOf } from '../../src/search/plan/answer-type.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/**
 * A fire at a ferry terminal: a count of people hurt, a closure with no one named as closing
 * it, no time for the outbreak, a director named with no salary or bank, a festival with its
 * attendance but no weather, a budget with its goals but no sum, an appeal with the sum it raised.
 */
const FIRE: SearchFixtureArticle = {
  id: 'fire',
  title: 'Fire at the Kelby ferry terminal',
  outlet: 'Kelby Echo',
  published: '2024-02-10',
  paragraphs: [
    ['A fire at the Kelby ferry terminal damaged the waiting hall and two ticket booths.'],
    ['Three passengers were hurt in the Kelby ferry fire and taken to hospital.'],
    ['The terminal was closed after the fire and reopened a week later.'],
    ['The plan for the new hall would require heat sensors in every room.'],
    ['Harbour director Mara Lund was arrested last year over missing harbour funds.'],
    ['Some 400 people attended the harbour festival on the free day.'],
    ['The goals of the harbour budget are a new hall and safer gangways.'],
    ['The harbour appeal raised £36,000 for the lifeboat crew.'],
  ],
};

function featuresOf(question: string) {
  const { index } = engineOver(FIRE);
  return abstentionFeatures(index.abstentionInput(index.rank(question)));
}

describe('the head of the question’s focus', () => {
  it('is the last word of the noun phrase after the wh-word, never its owner', () => {
    expect(focusHead("What was Mara Lund's salary as director?")).toBe('salari');
    expect(focusHead('which bank did Mara Lund use')).toBe('bank');
    expect(focusHead('what was the weather like on the free day')).toBe('weather');
    expect(focusHead('What corporate tax rate did she propose?')).toBe('rate');
    expect(focusHead("what were the fishers' demands")).toBe('demand');
    // A name or a kind frames the question: the noun phrase after its "of" is asked about.
    expect(focusHead("What's the name of the ferry line's director?")).toBe('director');
    expect(focusHead('What kinds of sites does the guard protect?')).toBe('site');
    expect([...focusStems('What kinds of sites does the guard protect?')]).toEqual(['site']);
    // "Other" is a postdeterminer: it names no kind, the noun after it does.
    expect(focusHead('what were the names of the other two bidders')).toBe('bidder');
    expect(focusHead('which other firms were interested')).toBe('firm');
    // A possessor's name asked: the possessor is the head.
    expect(focusHead("what is Mara Lund's husband's name")).toBe('husband');
    // An owner alone, or a verb right after the wh-word: no head.
    expect(focusHead("what was Lund's")).toBeNull();
    expect(focusHead('What did the director say?')).toBeNull();
    expect(focusHead('Who closed the terminal?')).toBeNull();
  });

  it('is missing when the best passage holds the question’s names but not the detail asked', () => {
    expect(featuresOf("What was Mara Lund's salary as director?").focusHeadMissing).toBe(1);
    expect(featuresOf('Which bank did Mara Lund use?').focusHeadMissing).toBe(1);
    expect(featuresOf('What was the weather like on the free day?').focusHeadMissing).toBe(1);
    expect(featuresOf('How many people attended the harbour festival?').focusHeadMissing).toBe(0);
    expect(featuresOf('What was the fire’s damage to the ticket booths?').focusHeadMissing).toBe(0);
  });
});

describe('the asked answer type absent from the best passage', () => {
  it('asks for a name when the question asks "the name of" whatever follows', () => {
    expect(askedAnswerType("what's the name of the ferry line's director", null)?.name).toBe(
      'person',
    );
    expect(askedAnswerType('what were the names of the other two bidders', null)?.name).toBe(
      'person',
    );
    expect(askedAnswerType('what did the director say', null)).toBeNull();
    const date = answerTypeOf('When did the fire break out?');
    expect(askedAnswerType('When did the fire break out?', date)).toBe(date);
  });

  it('finds no time for "when", no one for "who", and a count for "how many"', () => {
    const when = featuresOf('When did the fire break out?');
    expect(when.typeAsked).toBe(1);
    expect(when.typeMissing).toBe(1);
    // The terminal was closed, by no one the passage names.
    const who = featuresOf('Who closed the terminal?');
    expect(who.typeMissing).toBe(1);
    expect(who.typeWeak).toBe(1);
    const hurt = featuresOf('How many passengers were hurt in the Kelby ferry fire?');
    expect(hurt.typeMissing).toBe(0);
    expect(hurt.typeWeak).toBe(0);
    // The director's name is the question's own: it is no answer to the name of her bank.
    expect(featuresOf("What's the name of Mara Lund's bank?").typeMissing).toBe(1);
  });

  it('reads a terse question with no function words as it reads the phrased one', () => {
    const terse = featuresOf('kelby ferry fire how many hurt');
    const phrased = featuresOf('How many passengers were hurt in the Kelby ferry fire?');
    for (const name of ['typeAsked', 'typeWeak', 'typeMissing', 'focusHeadMissing'] as const)
      expect(terse[name], name).toBe(phrased[name]);
    expect(terse.typeMissing).toBe(0);
    expect(terse.focusHeadMissing).toBe(0);
    expect(terse.coverage).toBe(1);
  });
});

describe('a quantity asked by a question of no answer type', () => {
  it('is asked when the focus head names one, not when a quantity word is the topic', () => {
    // "Revenue" is the head: a sum is asked, and the passages state none.
    expect(featuresOf("What is the harbour office's annual revenue?").dimensionMissing).toBe(1);
    // "Budget" is the topic; its goals are asked, and stated.
    expect(featuresOf('What are the goals of the harbour budget?').dimensionMissing).toBe(0);
  });

  it('is asked by a verb of costing whose object "what" is, and the figure is its head', () => {
    // "What did X cost" asks a sum; the passages on the hall state none.
    expect(featuresOf('What did the new waiting hall cost?').dimensionMissing).toBe(1);
    // The sum stated is the money asked: "money" is not missing beside it.
    const raised = featuresOf('How much money did the harbour appeal raise?');
    expect(raised.dimensionMissing).toBe(0);
    expect(raised.focusHeadMissing).toBe(0);
    expect(raised.wordsMissing).toBe(0);
  });
});

/** A death at a farm: the worker's age only as a compound adjective ("a 19-year-old seasonal worker"). */
const FARM: SearchFixtureArticle = {
  id: 'farm',
  title: 'Tragedy at Hollin farm',
  outlet: 'Dale Courier',
  published: '2025-08-02',
  paragraphs: [
    ['Police were called to Hollin farm on Thursday after a tractor overturned in a field.'],
    ['The victim, Dylan Marsh, a 19-year-old seasonal worker from Kelby, was crushed under it.'],
  ],
};

describe('the word "how" asks with', () => {
  it('frames the answer type: an age written with "old" is new, not the question’s word', () => {
    const { index } = engineOver(FARM);
    const ranking = index.rank('How old was the worker?');
    // "old" asks for an age, as "age" does in "what age": it says nothing of the worker.
    expect(ranking.plan.askedTerms.has('old')).toBe(false);
    expect(ranking.plan.askedTerms.has('worker')).toBe(true);
    const features = abstentionFeatures(index.abstentionInput(ranking));
    expect(features.typeMissing).toBe(0);
    expect(features.typeWeak).toBe(0);
  });
});
