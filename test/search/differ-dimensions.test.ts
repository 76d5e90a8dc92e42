/**
 * "Sources differ" on one dimension told two ways ("at a depth of 640 metres" / "some 700 metres
 * below the surface": fact-dimensions.ts), and never on a count tied to the time of writing set
 * against an earlier day's ("Twelve people were rescued on Monday" / "Twenty people have been
 * rescued" the next day: fact-measures.ts `runningCountsApart`). Invented sentences and corpus.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import type { RelationContext } from '../../src/search/select/fact-relation-types.js';
import { datedArticle, suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const MONDAY = '2026-03-02';
const TUESDAY = '2026-03-03';
const on = (a: string | null, b: string | null): RelationContext => ({
  published: [a, b],
  asked: 'number',
});

const byNoun = 'The men are trapped at a depth of 640 metres in the Brenn colliery.';
const byAdverb = 'The miners are trapped some 700 metres below the surface at the Brenn colliery.';

describe('one dimension told by its noun and by its adverb', () => {
  it('differs on the number when the figures do not meet', () => {
    expect(classifyFacts(byNoun, byAdverb, on(MONDAY, TUESDAY))).toEqual({
      kind: 'disagree',
      aspect: 'number',
    });
    expect(classifyFacts(byAdverb, byNoun, on(TUESDAY, MONDAY)).kind).toBe('disagree');
    const deep = 'The Brenn miners are trapped 640 metres underground.';
    expect(classifyFacts(deep, byAdverb, on(MONDAY, TUESDAY)).kind).toBe('disagree');
    // "m" beside a dimension is metres, not millions; "meters" is "metres".
    for (const symbol of ['640m', '640 meters'])
      expect(
        classifyFacts(byNoun.replace('640 metres', symbol), byAdverb, on(MONDAY, TUESDAY)).kind,
      ).toBe('disagree');
  });

  it('is not claimed when an approximate figure holds the exact one', () => {
    const near = byNoun.replace('640', '690');
    expect(classifyFacts(near, byAdverb, on(MONDAY, TUESDAY)).kind).not.toBe('disagree');
  });

  it('is not claimed for another dimension, another act, another place or weeks apart', () => {
    for (const other of [
      'The men are trapped at a height of 640 metres in the Brenn colliery.',
      'The men are trapped at a depth of 2,100 feet in the Brenn colliery.',
      'The Brenn colliery shaft was sunk to a depth of 640 metres.',
      'The men are trapped at a depth of 640 metres in the Arle colliery.',
    ])
      expect(classifyFacts(other, byAdverb, on(MONDAY, TUESDAY)).kind, other).not.toBe('disagree');
    expect(classifyFacts(byNoun, byAdverb, on(MONDAY, '2026-03-20')).kind).not.toBe('disagree');
  });
});

describe('a count tied to the time of writing', () => {
  const monday = 'Twelve people were rescued from the flooded Tarn valley on Monday.';
  const sinceThen = 'Twenty people have been rescued from the flooded Tarn valley.';

  it('is not set against an earlier day’s count: the figure may have moved', () => {
    expect(classifyFacts(monday, sinceThen, on(MONDAY, TUESDAY)).kind).not.toBe('disagree');
    expect(classifyFacts(sinceThen, monday, on(TUESDAY, MONDAY)).kind).not.toBe('disagree');
  });

  it('is set against a count of the same day', () => {
    expect(classifyFacts(monday, sinceThen, on(MONDAY, MONDAY)).kind).toBe('disagree');
  });
});

const FILES: Record<string, string> = {
  'post-depth.txt':
    'Miners trapped at Brenn.\n\nA roof fall trapped a shift of miners on Monday. The men are trapped at a depth of 640 metres in the Brenn colliery, the operator said.',
  'wire-depth.txt':
    'Rescue under way at Brenn.\n\nRescuers are drilling towards the miners. The miners are trapped some 700 metres below the surface at the Brenn colliery.',
  'post-rescued.txt':
    'Flood rescue.\n\nTwelve people were rescued from the flooded Tarn valley on Monday.',
  'wire-rescued.txt':
    'Flood rescue goes on.\n\nTwenty people have been rescued from the flooded Tarn valley.',
  ...UNRELATED_ARTICLES,
  'articles.json': JSON.stringify({
    articles: [
      datedArticle('post-depth.txt', MONDAY),
      datedArticle('wire-depth.txt', TUESDAY),
      datedArticle('post-rescued.txt', MONDAY),
      datedArticle('wire-rescued.txt', TUESDAY),
    ],
  }),
};

const engine = suiteEngine(FILES);

describe('asked of a corpus', () => {
  it('shows two depths of one place as sources differing', () => {
    const answer = engine.ask('How deep are the miners trapped at the Brenn colliery?');
    expect(answer.sourcesDiffer).toHaveLength(1);
    expect(answer.sourcesDiffer[0]?.quotes.map((q) => q.source.id).sort()).toEqual([
      'post-depth',
      'wire-depth',
    ]);
  });

  it('shows no dispute between a day’s rescues and the running total the next day', () => {
    const answer = engine.ask('How many people were rescued from the Tarn valley?');
    expect(answer.passages.map((p) => p.source.id)).toContain('wire-rescued');
    expect(answer.sourcesDiffer).toEqual([]);
  });
});
