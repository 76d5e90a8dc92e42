/**
 * A definite description as subject standing for the one person or body the sentence before
 * names ("The driver fled …" after "Police named the driver as Tomas Varga."): read and quoted
 * with that sentence (src/search/described-subject.ts, features.ts `contextSentence`).
 */
import { describe, expect, it } from 'vitest';
import { describedSubject, namesAntecedent } from '../../src/search/described-subject.js';
import { contextSentence } from '../../src/search/features.js';
import { engineOver, searchCorpus } from './fixtures.js';
import { sentenceText } from '../../src/corpus/sentence-text.js';

describe('a description as subject', () => {
  it.each([
    ['The 31-year-old was arrested at the scene.', 'person'],
    ['The father of two was arrested at the scene.', 'person'],
    ['The former minister resigned in 2019.', 'person'],
    ['The Dutch-born engineer designed the bridge.', 'person'],
    ['The driver fled the scene.', 'person'],
    ['The pensioner, who lives alone, was taken to hospital.', 'person'],
    ['The company announced the closure on Monday.', 'group'],
    ['The agency confirmed the figures.', 'group'],
  ])('"%s" describes a %s', (text, kind) => {
    expect(describedSubject(text)).toBe(kind);
  });

  it.each([
    'The route opened in 1890.',
    'The Red Cross said it would help.',
    'The minister, Ann Bell, said no.',
    'The head of the agency said no.',
    'The man who was arrested is 31.',
    'The minister of the interior resigned.',
    'The general interest is served.',
    'The hunter state will pass.',
    'The people are tired.',
  ])('"%s" is no description standing for someone named before', (text) => {
    expect(describedSubject(text)).toBeNull();
  });

  it('needs one antecedent of its kind in the sentence before', () => {
    expect(namesAntecedent('Police named the driver as Tomas Varga.', 'person')).toBe(true);
    expect(namesAntecedent('Tomas Varga and Ilse Brandt were in the car.', 'person')).toBe(false);
    expect(namesAntecedent('A lorry hit three cars on Sunday.', 'person')).toBe(false);
    expect(namesAntecedent('Northwind Foods will close its Leeds bakery.', 'group')).toBe(true);
    expect(namesAntecedent('Police said the road was closed.', 'group')).toBe(false);
  });
});

const CRASH = {
  id: 'crash',
  title: 'Lorry crash on the A9',
  published: '2024-05-10',
  paragraphs: [
    ['A lorry hit three cars on the A9 near Perth on Sunday evening.'],
    ['Police named the driver as Tomas Varga.', 'The driver fled the scene on foot.'],
    ['A lorry was seen near the bridge on Saturday.', 'The driver fled when stopped.'],
    ['Road works on the bridge will finish in June.'],
  ],
};
const BAKERY = {
  id: 'bakery',
  title: 'Bakery to close',
  published: '2024-05-11',
  paragraphs: [
    [
      'Northwind Foods said on Monday it would close its Leeds bakery.',
      'The company blamed rising flour prices for the loss of 80 jobs.',
    ],
  ],
};

describe('read with the sentence naming its referent', () => {
  it('leans on the sentence before only when that names someone of its kind', () => {
    const corpus = searchCorpus(CRASH);
    const textOf = (s: number) => sentenceText(corpus, s);
    const at = (text: string) => corpus.sentences.findIndex((_, s) => textOf(s) === text);
    const named = at('The driver fled the scene on foot.');
    expect(contextSentence(corpus.sentences, textOf, named)).toBe(named - 1);
    const unnamed = at('The driver fled when stopped.');
    expect(contextSentence(corpus.sentences, textOf, unnamed)).toBeNull();
  });

  it('quotes a person described with the sentence that names them', () => {
    const { engine } = engineOver(CRASH, BAKERY);
    const answer = engine.ask('who fled the scene on foot');
    expect(answer.passages[0]?.quote).toBe(
      'Police named the driver as Tomas Varga. The driver fled the scene on foot.',
    );
  });

  it('quotes a body described with the sentence that names it', () => {
    const { engine } = engineOver(CRASH, BAKERY);
    const answer = engine.ask('which company blamed rising flour prices');
    expect(answer.passages[0]?.quote).toContain('Northwind Foods said on Monday');
    expect(answer.passages[0]?.quote).toContain('The company blamed rising flour prices');
  });
});
