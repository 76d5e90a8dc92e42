/**
 * "What did X say" asks for X's words: a passage where X is the speaker of a verb of saying
 * with a quotation or a reported clause is the answer asked for, above one that only names X
 * (plan/speaker-words.ts, read as the answer type by features.ts). Invented articles.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/types.js';
import {
  givesWords,
  givesWordsOf,
  speakerConcepts,
  speakerWordsScore,
  speakerWordsScoreOf,
  speechSitesOf,
} from '../../src/search/plan/speaker-words.js';
import { wordsAskedOf } from '../../src/search/plan/speaker.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';
import { sentenceText } from '../../src/corpus/sentence-text.js';

const aster = new Set(['aster']);

describe("a speaker's words in a passage", () => {
  it('reads a quotation or a reported clause attributed to the speaker as their words', () => {
    const quoted = '"The numbers simply do not add up," Aster told reporters outside the hall.';
    expect(speakerWordsScore(quoted, aster)).toBe(1);
    expect(speakerWordsScore('Aster said the inspectors had counted twice.', aster)).toBe(1);
    expect(speakerWordsScore('Aster said on Tuesday that the count was wrong.', aster)).toBe(1);
    expect(speakerWordsScore('"We will appeal," said Piet Aster.', aster)).toBe(1);
  });

  it('reads a verb of saying with no words given, or a pronoun attribution, as weaker evidence', () => {
    expect(speakerWordsScore('Aster wrote to the county on Tuesday.', aster)).toBe(0.5);
    expect(speakerWordsScore('"Every tree counts," he said.', aster)).toBe(0.5);
  });

  it('reads none in a passage that only names the speaker, or quotes someone else by name', () => {
    expect(speakerWordsScore('Piet Aster was not at the meeting.', aster)).toBe(0);
    expect(speakerWordsScore('"Aster is wrong," Holm told the meeting.', aster)).toBe(0);
    expect(speakerWordsScore('Holm said the growers had met twice.', aster)).toBe(0);
  });

  it('is asked only by a question for words, not for a decision or a proposal', () => {
    expect([...wordsAskedOf('what did Aster say')]).toEqual(['aster']);
    expect([...wordsAskedOf('what did the mayor tell reporters?')]).toEqual(['mayor']);
    expect(wordsAskedOf('what did the council decide').size).toBe(0);
    expect(wordsAskedOf('what did Aster propose').size).toBe(0);
  });
});

describe("a sentence's speech sites, read once for every question", () => {
  const sentences = [
    '"The numbers simply do not add up," Aster told reporters outside the hall.',
    'Aster said on Tuesday that the count was wrong.',
    'Aster wrote to the county on Tuesday.',
    '"Every tree counts," he said.',
    '"Aster is wrong," Holm told the meeting.',
    'Holm said the growers had met twice.',
    'Piet Aster was not at the meeting.',
    '"I said nothing," the growers\' chair wrote.',
    'Wells resigned as director on Monday.',
  ];
  const speakers = [aster, new Set(['holm']), new Set(['chair', 'grower']), new Set<string>()];

  it('score every speaker as the text itself does', () => {
    for (const text of sentences) {
      const sites = speechSitesOf(text);
      for (const speaker of speakers)
        expect(speakerWordsScoreOf(sites, speaker)).toBe(speakerWordsScore(text, speaker));
      expect(givesWordsOf(sites)).toBe(givesWords(text));
    }
  });

  it('keep a verb of saying inside a quotation as giving words, not as an attribution', () => {
    const sites = speechSitesOf('"Aster said nothing about the count."');
    expect(sites.verbs).toHaveLength(0);
    expect(speakerWordsScoreOf(sites, aster)).toBe(0);
    expect(givesWordsOf(sites)).toBe(true);
    expect(givesWordsOf(speechSitesOf('Wells resigned as director on Monday.'))).toBe(false);
  });
});

const words = '"The inspectors\' numbers simply do not add up," Aster told reporters.';
const DAILY: SearchFixtureArticle = {
  id: 'daily',
  title: 'Aster questions beetle figures',
  published: '2026-05-14',
  paragraphs: [[words], ['Aster wrote to the county on Tuesday.']],
};
const COURIER: SearchFixtureArticle = {
  id: 'courier',
  title: 'Growers meet on beetle',
  published: '2026-05-12',
  paragraphs: [
    ['About sixty growers met in Vessen last night to discuss the beetle.'],
    ['Piet Aster was not at the meeting.'],
  ],
};

describe('what did X say', () => {
  let engine: Engine;
  beforeAll(() => {
    ({ engine } = engineOver(DAILY, COURIER));
  }, 120_000);

  it("ranks X's quoted words above passages that only name X", () => {
    expect(engine.ask('what did aster say').passages[0]?.quote).toBe(words);
  });

  it('leaves a question asking something else of X to its own answer', () => {
    expect(engine.ask('was aster at the meeting?').passages[0]?.quote).toBe(
      'Piet Aster was not at the meeting.',
    );
  });
});

const accepted =
  'Addressing a crowd of neighbours at the harvest festival shortly before dusk, the 67-year-old accepted the award.';
const SPEECH: SearchFixtureArticle = {
  id: 'speech',
  title: 'Ruud honoured for river planting',
  published: '2026-05-18',
  paragraphs: [
    [
      "Sheep farmer Olav Ruud has been awarded the county's conservation medal for planting trees along the river.",
    ],
    [accepted, '"Every tree here was planted by friends," he said.'],
    ['The medal has been awarded every year since 1994.'],
  ],
};

describe('a quotation attributed by a pronoun after a sentence describing its speaker', () => {
  let engine: Engine;
  beforeAll(() => {
    ({ engine } = engineOver(SPEECH));
  }, 120_000);

  it('is quoted with that sentence when the question asks for the speaker’s words', () => {
    const quote = engine.ask('what did ruud say in his acceptance speech').passages[0]?.quote;
    expect(quote).toBe(`${accepted} "Every tree here was planted by friends," he said.`);
  });

  it('is not when the question asks no one’s words', () => {
    const quote = engine.ask('where did ruud accept the award').passages[0]?.quote;
    expect(quote).toBe(accepted);
  });
});

const POOL_FIRE: SearchFixtureArticle = {
  id: 'pool',
  title: 'Pool fire: swimmers evacuated',
  outlet: 'Brook Gazette',
  published: '2026-06-02',
  paragraphs: [
    [
      'Leisure centre manager Tom Hale, 41, said staff were "shaken".',
      '"The pool is the heart of this town and we will bring it back," he said.',
    ],
    ['The centre will stay shut while inspectors check the roof.'],
  ],
};

const MANAGER_QUITS: SearchFixtureArticle = {
  id: 'quits',
  title: 'Leisure centre manager quits',
  outlet: 'Brook Radio',
  published: '2026-07-09',
  paragraphs: [
    [
      'Tom Hale quit as manager of Brook Leisure Centre on Friday, weeks before an inquiry into the pool fire.',
    ],
    ['The centre, which has 80,000 visitors a year, has been shut since the fire.'],
  ],
};

describe('the speaker, counted once', () => {
  it('reads a passage as giving words when it holds a quotation or a verb of saying', () => {
    expect(
      givesWords('Chief executive Gareth Lindqvist said only that "today is not the day."'),
    ).toBe(true);
    expect(givesWords('Lindqvist warned that the gates could fail.')).toBe(true);
    expect(givesWords('Tom Hale quit as manager of Brook Leisure Centre on Friday.')).toBe(false);
  });

  it('names the concepts of the speaker whose words are asked, and none for other questions', () => {
    const { index } = engineOver(POOL_FIRE, MANAGER_QUITS);
    const plan = index.rank('what did the leisure centre manager say after the fire').plan;
    const labels = [...speakerConcepts(plan)].map((c) => plan.concepts[c]!.label);
    expect(labels.sort()).toEqual(['centre', 'leisure', 'manager']);
    expect(
      speakerConcepts(index.rank('what did the manager decide after the fire').plan).size,
    ).toBe(0);
  });

  it("ranks the speaker's words above a passage naming the speaker beside one more topic word", () => {
    const { engine } = engineOver(POOL_FIRE, MANAGER_QUITS);
    const answer = engine.ask('what did the leisure centre manager say after the fire');
    expect(answer.passages[0]?.quote).toContain('"shaken"');
    const { corpus, index } = engineOver(POOL_FIRE, MANAGER_QUITS);
    const textOf = (s: number) => sentenceText(corpus, s);
    const ranked = index.rank('what did the leisure centre manager say after the fire').ranked;
    const quits = ranked.find((r) => textOf(r.sentence).includes('quit as manager'));
    // Only "fire" counts in the passage that names the manager without their words.
    expect(quits?.features.typeMatch).toBe(0);
    expect(quits?.features.coverage).toBeLessThan(0.5);
    expect(quits?.features.surroundingCoverage).toBeLessThan(0.5);
  });
});
