/**
 * A sentence whose verb leaves its object to the sentence before (src/search/implicit-object.ts):
 * "More than 200 people attended." tells the count of what the sentence before names. It is
 * scored and quoted with that sentence, and a question about another event's attendance is not
 * answered by it. Tiny invented corpora.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CorpusEngine } from '../../src/engine/engine.js';
import { leavesObjectImplicit } from '../../src/search/implicit-object.js';
import { packInts, unpackInts } from '../../src/search/packed.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { engineOver, searchCorpus, type SearchFixtureArticle } from './fixtures.js';

/** A funeral's attendance, then a hearing with none. */
const FUNERAL: SearchFixtureArticle = {
  id: 'funeral',
  title: 'Caretaker laid to rest',
  outlet: 'Tarn Valley Post',
  published: '2026-03-25',
  paragraphs: [
    [
      "The funeral of caretaker Tom Reid was held at St Mary's Church in Tarnbury on 20 March.",
      'More than 200 people attended.',
    ],
    ['The public hearing into the pump station failure opens on 8 June.'],
  ],
};

/** The same, each sentence a paragraph of its own, as news pages often set them. */
const FUNERAL_SPLIT: SearchFixtureArticle = {
  ...FUNERAL,
  id: 'funeral-split',
  paragraphs: FUNERAL.paragraphs.flat().map((sentence) => [sentence]),
};

describe('a verb whose object is left implicit', () => {
  it('ends a sentence in a past form of a verb taking an object, right after its subject', () => {
    expect(leavesObjectImplicit('More than 200 people attended.')).toBe(true);
    expect(leavesObjectImplicit('Ministers agreed.')).toBe(true);
    expect(leavesObjectImplicit('Residents had complained.')).toBe(true);
    expect(leavesObjectImplicit('On Friday, hundreds of residents attended.')).toBe(true);
  });

  it('is not a passive, a verb taking no object, a fronted object, or a quotation’s verb', () => {
    expect(leavesObjectImplicit('The road was closed.')).toBe(false);
    expect(leavesObjectImplicit('Four people died.')).toBe(false);
    expect(leavesObjectImplicit('The bridge collapsed.')).toBe(false);
    expect(leavesObjectImplicit('It was the third funeral she has attended.')).toBe(false);
    expect(leavesObjectImplicit('The work took longer than expected.')).toBe(false);
    expect(leavesObjectImplicit('“We will rebuild,” the mayor said.')).toBe(false);
    expect(leavesObjectImplicit('The council approved the plan.')).toBe(false);
    expect(leavesObjectImplicit('The work has been fully completed.')).toBe(false);
    expect(leavesObjectImplicit('Some people get discouraged.')).toBe(false);
    expect(leavesObjectImplicit('The vote is due on Thursday, a spokesman said.')).toBe(false);
    expect(leavesObjectImplicit('Roads were shut, and 40 homes evacuated.')).toBe(false);
  });
});

describe('a count told with the object left implicit', () => {
  // Building the engine (the first also loads the shared lexical data) is set-up, not the test.
  beforeAll(() => void engineOver(FUNERAL), 60_000);

  it('does not answer a question about another event named only after it', () => {
    const answer = engineOver(FUNERAL).engine.ask('how many people attended the public hearing');
    expect(answer.answered).toBe(false);
    // Shown at most as a closest passage, with what was attended.
    const closest = answer.closest.find((p) => p.quote.includes('200 people'));
    expect(closest?.quote).toContain('The funeral of caretaker Tom Reid');
  });

  it('reads the sentence before across a paragraph break for what was attended', () => {
    const { engine } = engineOver(FUNERAL_SPLIT);
    expect(engine.ask('how many people attended the funeral').answered).toBe(true);
    expect(engine.ask('how many people attended the public hearing').answered).toBe(false);
  });

  it('answers about the event the sentence before names, quoted with it', () => {
    const answer = engineOver(FUNERAL).engine.ask('how many people attended the funeral');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toBe(
      "The funeral of caretaker Tom Reid was held at St Mary's Church in Tarnbury on 20 March. More than 200 people attended.",
    );
  });
});

describe('the sentences leaving their object implicit, as the index saves them', () => {
  it('are found at build, and answering reads the saved ones, not the text', () => {
    const corpus = searchCorpus(FUNERAL);
    const saved = SearchIndex.serialize(corpus, []);
    // Sentence 1: "More than 200 people attended."
    expect([...unpackInts(saved.objectImplicit)]).toEqual([1]);
    const engineOf = (data: typeof saved) =>
      new CorpusEngine(corpus, SearchIndex.load(corpus, data), [], '2026-03-26T00:00:00Z');
    const read = engineOf(saved);
    expect(read.ask('how many attended').passages[0]?.quote).toContain('The funeral of caretaker');
    expect(read.ask('how many people attended the public hearing').answered).toBe(false);
    // With none saved the same sentence, whose text has not changed, is read as standing alone.
    const unread = engineOf({ ...saved, objectImplicit: packInts([]) });
    expect(unread.ask('how many attended').passages[0]?.quote).toBe(
      'More than 200 people attended.',
    );
    expect(unread.ask('how many people attended the public hearing').answered).toBe(true);
  });

  it('refuses a saved index naming a sentence the corpus does not have', () => {
    const corpus = searchCorpus(FUNERAL);
    const saved = SearchIndex.serialize(corpus, []);
    expect(() => SearchIndex.load(corpus, { ...saved, objectImplicit: packInts([3]) })).toThrow(
      /sentence 3/,
    );
  });
});
