/**
 * Abstention's gate on the focus of a "what did X VERB" question
 * (src/search/abstain-asked-focus.ts): "what did the florist lose in the break-in" asks for the object of "lose", and a passage that
 * tells of the florist and the break-in with no loss does not answer it. Tiny invented corpora: a
 * court report that only names a break-in and a review, then one that states the losses.
 */
import { describe, expect, it } from 'vitest';
import { askedFocusHeld, askedVerb } from '../../src/search/abstain-asked-focus.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** A court report naming a break-in at a florist and a review, with no loss. */
const NAMED: SearchFixtureArticle = {
  id: 'named',
  title: 'Bakery raid pair in court',
  outlet: 'Kelby Herald',
  published: '2026-04-21',
  paragraphs: [
    ['Marek Dorn, 38, of Mill Street, Hollin, is charged with burglary.'],
    ['Police are examining whether a break-in at a florist in Hollin last month is linked.'],
    ['The council said it would hold a review of security at the bakery, led by Ruth Pym.'],
  ],
};

/** The florist's loss and the review's recommendations, stated in other forms of the verbs. */
const STATED: SearchFixtureArticle = {
  id: 'stated',
  title: 'Florist counts the cost',
  outlet: 'Hollin Post',
  published: '2026-04-23',
  paragraphs: [
    ['The florist lost two delivery vans and a till in the break-in, the owner said.'],
    ["The bakery's losses ran to two ovens and a recipe book."],
  ],
};

function held(question: string, ...articles: SearchFixtureArticle[]) {
  const { index } = engineOver(...articles);
  return askedFocusHeld(index.abstentionInput(index.rank(question)));
}

describe('the verb a "what did X VERB" question asks the object of', () => {
  it('is the last content word after the subject, read through "of"', () => {
    expect(askedVerb('what did the florist lose in the break in')).toBe('lose');
    expect(askedVerb('what did the thieves sell the recipe book for')).toBe('sell');
    expect(askedVerb('what did the regional audit of Port Askew recommend?')).toBe('recommend');
    expect(askedVerb('what did the 2023 review of the project conclude')).toBe('conclude');
    expect(askedVerb("what did ruth pym's review recommend about the staff")).toBe('recommend');
  });

  it('is none when the verb only frames the question or the form is another', () => {
    // What was said is asked in any words (abstain-said-topic.ts reads its topic).
    expect(askedVerb('what did the mayor say about the library')).toBeNull();
    expect(askedVerb('what happened to the florist')).toBeNull();
    // A head noun asks for the thing it names, not the object of a verb.
    expect(askedVerb('what sentence did Dorn get')).toBeNull();
    expect(askedVerb('who did the council appoint')).toBeNull();
  });
});

describe('the focus gate', () => {
  it('refuses when no passage holds the verb, though one holds the subject and the event', () => {
    const { engine } = engineOver(NAMED);
    // "break", WordNet's synonym of "lose", is the question's own break-in here: no loss.
    const question = 'what did the florist lose in the break-in';
    expect(held(question, NAMED)).toBe(false);
    expect(engine.ask(question).answered).toBe(false);
    // The first engine built reads WordNet: slow on a busy machine.
  }, 120_000);

  it('lets the classifier judge once a passage holds a form of the verb', () => {
    const { engine } = engineOver(NAMED, STATED);
    expect(held('what did the florist lose in the break-in', NAMED, STATED)).toBe(true);
    const answer = engine.ask('what did the florist lose in the break-in');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toContain('two delivery vans');
    // A derived form: "losses" for "lose".
    expect(held('what did the bakery lose', NAMED, STATED)).toBe(true);
  }, 120_000);

  it('asks nothing of questions of another form', () => {
    expect(held('who leads the review?', NAMED)).toBeUndefined();
    expect(held('when was the break-in at the florist?', NAMED)).toBeUndefined();
    expect(held('what did the mayor say about the review', NAMED)).toBeUndefined();
    // What a source recommends is told in its words, which need not repeat the verb.
    expect(held("what did Ruth Pym's review recommend", NAMED)).toBeUndefined();
  });
});
