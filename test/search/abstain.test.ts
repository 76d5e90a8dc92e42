/** Abstention (src/search/abstain*.ts) on tiny invented corpora, and its model file's checks. */
import { describe, expect, it } from 'vitest';
import { abstentionFeatures, focusStems } from '../../src/search/abstain-features.js';
import { speakerStems } from '../../src/search/plan/speaker.js';
import {
  ABSTENTION_FEATURES,
  type AbstainModel,
  type AbstentionFeatures,
} from '../../src/search/abstain-model.js';
import { parseAbstainModel } from '../../src/search/abstain-model-schema.js';
import { answerProbability, decide, type AbstentionEvidence } from '../../src/search/abstain.js';
import { gateRefuses } from '../../src/search/abstain-gates.js';
import modelFile from '../../src/search/abstain-model.json' with { type: 'json' };
import {
  engineOver,
  HARBOUR_GAZETTE,
  VALLEY_TIMES,
  type SearchFixtureArticle,
} from './fixtures.js';

const harbour = HARBOUR_GAZETTE;
const valley = VALLEY_TIMES;

/** A museum closed for repairs: one place, one year, one count, one reopening date. */
const MUSEUM: SearchFixtureArticle = {
  id: 'museum',
  title: 'Museum closes for repairs',
  outlet: 'Brenvik Post',
  published: '2023-09-04',
  paragraphs: [
    // Paragraphs of their own: read with the first, the second's new place would answer "where
    // did the museum close" for the ranking's answer-type evidence beyond the question (typeNew).
    ['The museum in Brenvik, founded in 1998, closed on Monday for roof repairs.'],
    ['Its paintings are kept in a warehouse in Tolmar during the repairs.'],
    [
      'The museum had 41,000 visitors last year.',
      'Police questioned two guards about a missing key.',
    ],
    ['The museum will stay closed until December 15, the director said.'],
  ],
};

/** A tidal barrier: counts, a date, a price and a share, but no height, weight or vote share. */
const BARRIER: SearchFixtureArticle = {
  id: 'barrier',
  title: 'Tidal barrier closes for the first time',
  outlet: 'Estuary Post',
  published: '2022-03-14',
  paragraphs: [
    ['All eleven gates of the tidal barrier swung shut on Sunday, in a test watched by hundreds.'],
    ['The barrier cost $212 million and took three years to build.'],
    [
      'Mayor Dana Holt, who won a sixth term in the vote last May, watched from the quay.',
      'Some 48 percent of voters turned out.',
    ],
  ],
};

/** Fishers protest the barrier: a speaker quoted in the text, and an author only in the metadata. */
const FISHERS: SearchFixtureArticle = {
  id: 'fishers',
  title: 'Fishers plan a flotilla against the barrier, by Ada Okafor',
  outlet: 'Coastline Wire',
  published: '2022-03-20',
  paragraphs: [
    ['Harbour traffic will be stopped for two hours on Saturday.'],
    ['At least 60 protest boats will sail to the barrier line.'],
    ['The fishers said the barrier would ruin the oyster beds at the mouth of the estuary.'],
    ['Mayor Dana Holt said the barrier gates had protected hundreds of homes.'],
  ],
};

function featuresOf(question: string): AbstentionFeatures {
  const { index } = engineOver(harbour, valley);
  return abstentionFeatures(index.abstentionInput(index.rank(question)));
}

describe('the abstention evidence', () => {
  it('finds the focus: the noun phrase right after the wh-word, none after a verb', () => {
    expect([...focusStems('What percentage of the vote did she get?')]).toEqual(['percentag']);
    expect([...focusStems('how many days did the meeting last')]).toEqual(['day']);
    expect([...focusStems('Which Belarusian interior minister signed the deal?')]).toEqual([
      'belarusian',
      'interior',
      'minist',
    ]);
    expect(focusStems('What did the mayor say?').size).toBe(0);
    // "the name of X" asks for X's name: X is the focus; "whats" opens a question as "what" does.
    expect([...focusStems('What is the name of the port director?')]).toEqual(['port', 'director']);
    expect([...focusStems('whats the population of skarvik')]).toEqual(['popul']);
    expect(focusStems('Who opened the quay?').size).toBe(0);
  });

  it('measures the asked-for detail missing from the best passage, and names it lacks', () => {
    // The focus is "port authority director": the passages name the port authority, no director.
    const missing = featuresOf('What is the name of the port authority director?');
    expect(missing.focusMissing).toBeGreaterThan(0.4);
    expect(missing.focusMissing).toBeLessThan(1);
    expect(missing.typeAsked).toBe(1);
    const found = featuresOf('How much did the quay cost?');
    expect(found.focusMissing).toBe(0);
    expect(found.typeAsked).toBe(1);
    expect(found.typeWeak).toBe(0);
    expect(found.coverage).toBe(1);
    // A town the best passage names is not missing; one it does not name is.
    const elsewhere = featuresOf('When did the Skarvik ferry stop running because of the storm?');
    expect(elsewhere.missingName).toBe(0);
    const otherTown = featuresOf('How many fishermen protested in Skarvik?');
    expect(otherTown.missingName).toBeGreaterThan(0);
  });

  it('finds the answer type weak when the best passage holds it only in the question’s own words', () => {
    const { index } = engineOver(MUSEUM);
    const features = (question: string) =>
      abstentionFeatures(index.abstentionInput(index.rank(question)));
    // The best passage's only place is Brenvik, which the question names itself.
    expect(features('Where did the Brenvik museum close on Monday?').typeWeak).toBe(1);
    expect(features('Where are the museum’s paintings kept during the repairs?').typeWeak).toBe(0);
    // Its only number is the year the question gives.
    expect(features('How much did the museum cost when it was founded in 1998?').typeWeak).toBe(1);
    expect(features('How many visitors did the museum have last year?').typeWeak).toBe(0);
    // "Until <date>" holds the date a "when does it reopen" asks for.
    const reopen = features('When does the museum reopen?');
    expect(reopen.typeAsked).toBe(1);
    expect(reopen.typeWeak).toBe(0);
  });

  it('finds a quantity’s dimension missing when the passage’s numbers are of another kind', () => {
    const { index } = engineOver(BARRIER);
    const features = (question: string) =>
      abstentionFeatures(index.abstentionInput(index.rank(question)));
    // The gates are counted, dated and priced; their height is never given.
    expect(features('How tall are the barrier gates?').dimensionMissing).toBe(1);
    expect(features('How many gates does the barrier have?').dimensionMissing).toBe(0);
    expect(features('How much did the barrier cost?').dimensionMissing).toBe(0);
    // The cost is reported as a sum, not a share; the turnout with one.
    expect(
      features('What percentage of the barrier’s cost did the state pay?').dimensionMissing,
    ).toBe(1);
    expect(features('What percentage of voters turned out?').dimensionMissing).toBe(0);
    // The cost the question itself states is not an answer to what the barrier weighs.
    expect(features('How heavy is the $212 million barrier?').dimensionMissing).toBe(1);
  });

  it('finds the speaker whose words are asked for, none when the question asks no one’s', () => {
    expect([
      ...speakerStems('What did the Lithuanian foreign ministry say about the deal?'),
    ]).toEqual(['lithuanian', 'foreign', 'ministri']);
    expect([...speakerStems('how did lithuania react to the agreement')]).toEqual(['lithuania']);
    expect([...speakerStems('when did the KGB chief say a war could break out?')]).toEqual([
      'kgb',
      'chief',
    ]);
    // An adverb that focuses the asking is none of the speaker's words.
    expect([...speakerStems('what exactly did Ostrander say')]).toEqual(['ostrand']);
    expect([...speakerStems('what did the mayor actually say about the bridge')]).toEqual([
      'mayor',
    ]);
    expect(speakerStems('What did he say about the barrier?').size).toBe(0);
    expect(speakerStems('How much did the barrier cost?').size).toBe(0);
    expect(speakerStems('Who said the barrier would hold?').size).toBe(0);
  });

  it('finds the speaker missing from a passage that reports someone else’s words', () => {
    const { index } = engineOver(BARRIER, FISHERS);
    const features = (question: string) =>
      abstentionFeatures(index.abstentionInput(index.rank(question)));
    expect(features('What did the fishers say about the barrier?').speakerMissing).toBe(0);
    // The coverage has the mayor's words on the gates, none of the harbour master's.
    expect(features('What did the mayor say about the barrier gates?').speakerMissing).toBe(0);
    expect(
      features('What did the harbour master say about the barrier gates?').speakerMissing,
    ).toBeGreaterThan(0.5);
    // A speaker named only in the article's metadata (its author) is the passage's own.
    expect(features('What did Okafor write about the protest boats?').speakerMissing).toBe(0);
    expect(features('What did Lindqvist write about the protest boats?').speakerMissing).toBe(1);
  });

  it('is all zero but what the question alone says when nothing matched', () => {
    const { index } = engineOver(harbour, valley);
    const ranking = index.rank('zebras giraffes');
    expect(ranking.ranked).toEqual([]);
    const features = abstentionFeatures(index.abstentionInput(ranking));
    expect(features.score).toBe(0);
    expect(features.coverage).toBe(0);
    expect(features.unknownShare).toBe(1);
  });
});

describe('the three replies, by the fitted model', () => {
  it('finds nothing a question is about when its only words frame it ("ok question")', () => {
    const { engine } = engineOver(MUSEUM, HARBOUR_GAZETTE, VALLEY_TIMES);
    for (const question of ['ok question', 'question', 'a question please']) {
      const answer = engine.ask(question);
      expect(answer.answered, question).toBe(false);
      expect(answer.closest, question).toEqual([]);
    }
    // A word about questioning the coverage uses is still content.
    expect(engine.ask('Who was questioned by police?').passages[0]?.quote).toContain('guards');
  });

  it('refuses a question whose asked-for detail the coverage leaves out, showing the closest passages', () => {
    const { engine } = engineOver(harbour, valley);
    for (const question of [
      'How many passengers does the Lindholm ferry carry?',
      'What is the name of the port authority director?',
    ]) {
      const answer = engine.ask(question);
      expect(answer.answered, question).toBe(false);
      expect(answer.passages).toEqual([]);
      expect(answer.closest[0]?.quote).toContain('The ferry between Lindholm and Skarvik');
    }
  });

  it('answers a paraphrased question the coverage answers', () => {
    const { engine } = engineOver(harbour, valley);
    const resume = engine.ask('When will the Lindholm ferry resume service?');
    expect(resume.answered).toBe(true);
    expect(resume.passages[0]?.quote).toContain('will reopen in June');
    const demonstrate = engine.ask('Why did the fishermen demonstrate?');
    expect(demonstrate.answered).toBe(true);
    expect(demonstrate.passages[0]?.quote).toContain('fishermen protested');
  });

  it('says nothing in the coverage is about a question sharing no concept with it', () => {
    const { engine } = engineOver(harbour, valley);
    const answer = engine.ask('Where do penguins nest in winter?');
    expect(answer.answered).toBe(false);
    expect(answer.closest).toEqual([]);
  });
});

/** A model whose probability is σ(4·coverage − 2): 0.5 at coverage 0.5. */
function modelOf(overrides: Partial<AbstainModel> = {}): AbstainModel {
  const weights = Object.fromEntries(ABSTENTION_FEATURES.map((n) => [n, 0])) as AbstentionFeatures;
  weights.coverage = 4;
  return {
    source: 'test',
    intercept: -2,
    weights,
    answerProbability: 0.5,
    aboutCoverage: 0.1,
    ...overrides,
  };
}

function evidence(coverage: number, widest = coverage): AbstentionEvidence {
  const features = Object.fromEntries(ABSTENTION_FEATURES.map((n) => [n, 0])) as AbstentionFeatures;
  return { features: [{ ...features, coverage }], widestCoverage: widest };
}

describe('decide', () => {
  it('answers at or above the cut-off, shows the closest below it, and claims nothing only when no candidate reaches aboutCoverage', () => {
    const model = modelOf();
    expect(answerProbability(evidence(0.5).features[0]!, model)).toBeCloseTo(0.5, 10);
    expect(decide(evidence(0.6), model)).toBe('answer');
    expect(decide(evidence(0.4), model)).toBe('closest');
    expect(decide(evidence(0.05), model)).toBe('nothing');
    // Another candidate covering more of the question than the best-scored one: near, not nothing.
    expect(decide(evidence(0.05, 0.3), model)).toBe('closest');
    expect(decide(undefined, model)).toBe('nothing');
  });

  it('never answers when the candidates lack the thing asked, whatever the probability', () => {
    const model = modelOf();
    expect(decide({ ...evidence(0.9), askedThingHeld: false }, model)).toBe('closest');
    expect(decide({ ...evidence(0.9, 0.05), askedThingHeld: false }, model)).toBe('nothing');
    expect(decide({ ...evidence(0.9), askedThingHeld: true }, model)).toBe('answer');
  });

  it('never answers "how many" when no candidate counts the noun, whatever the probability', () => {
    const model = modelOf();
    expect(decide({ ...evidence(0.9), countedThingHeld: false }, model)).toBe('closest');
    expect(decide({ ...evidence(0.9), countedThingHeld: true }, model)).toBe('answer');
    // Both gates must pass.
    const held = { askedThingHeld: true, countedThingHeld: false };
    expect(decide({ ...evidence(0.9), ...held }, model)).toBe('closest');
  });

  it('reads only the gates’ verdicts, not other fields its evidence carries', () => {
    const model = modelOf();
    // The abstention fit passes its examples, which carry a label and their own gate verdict.
    const example = { ...evidence(0.9), answerable: false, gated: false, matched: true };
    expect(decide(example, model)).toBe('answer');
    expect(gateRefuses(example)).toBe(false);
    expect(gateRefuses({ ...example, askedSumHeld: false })).toBe(true);
  });
});

describe('the model file', () => {
  it('as shipped, loads and has a weight for every feature', () => {
    const model = parseAbstainModel(modelFile);
    expect(Object.keys(model.weights).sort()).toEqual([...ABSTENTION_FEATURES].sort());
    expect(model.answerProbability).toBeGreaterThan(0);
    expect(model.answerProbability).toBeLessThan(1);
  });

  it('is refused with a clear message when malformed', () => {
    const good = modelOf();
    expect(() => parseAbstainModel(null)).toThrow(/^abstain model: /);
    expect(() => parseAbstainModel({ ...good, intercept: 'x' })).toThrow(
      /^abstain model: intercept: /,
    );
    expect(() => parseAbstainModel({ ...good, answerProbability: 1.5 })).toThrow(
      /^abstain model: answerProbability: /,
    );
    const { margin: _, ...lacking } = good.weights;
    expect(() => parseAbstainModel({ ...good, weights: lacking })).toThrow(
      'abstain model: weights: no weight for "margin"',
    );
    expect(() => parseAbstainModel({ ...good, weights: { ...good.weights, invented: 1 } })).toThrow(
      'abstain model: weights: unknown feature "invented"',
    );
    expect(() =>
      parseAbstainModel({ ...good, weights: { ...good.weights, score: Infinity } }),
    ).toThrow(/^abstain model: weights\.score: /);
  });
});
