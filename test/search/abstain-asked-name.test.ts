/**
 * Abstention's gate on a question for a person's name (src/search/abstain-asked-name.ts): "what
 * is the name of the man who was arrested" is answered only by a passage that names him. Tiny
 * invented corpora: the arrest without a name (beside an officer who is named), then with it.
 */
import { describe, expect, it } from 'vitest';
import { namedPerson } from '../../src/search/abstain-asked-name.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** The arrest; the only full name is the officer's, in the next sentence. */
const UNNAMED: SearchFixtureArticle = {
  id: 'arrest',
  title: 'Man arrested after Harrow Moor fire',
  outlet: 'Harrow Gazette',
  published: '2025-05-10',
  paragraphs: [
    ['A 19-year-old man from Brindle has been arrested on suspicion of arson.'],
    ['Detective Inspector Ruth Calder said the investigation was continuing.'],
    ['Police said the man was arrested on Friday and released under investigation.'],
  ],
};

/** The man named, in a sentence of its own that leans on the one before (its paragraph's). */
const NAMED: SearchFixtureArticle = {
  id: 'arrest-named',
  title: 'Brindle man charged over moor fire',
  outlet: 'Harrow Post',
  published: '2025-05-20',
  paragraphs: [
    [
      'The man arrested after the Harrow Moor fire has been charged with arson.',
      'He is Owen Pryce, 19, of Mill Lane, Brindle.',
    ],
  ],
};

describe('the person a question asks the name of', () => {
  it('is the noun after "the name of" when it names people', () => {
    expect(namedPerson('what is the name of the man who was arrested')).toBe('man');
    expect(namedPerson("what's the name of the spokeswoman")).toBe('spokeswoman');
  });

  it('is none for other names and other questions', () => {
    expect(namedPerson('what is the name of the firm that built the weir')).toBeNull();
    expect(namedPerson('who was arrested')).toBeNull();
  });
});

describe('the gate', () => {
  it('refuses when no passage about the person names them', () => {
    const { engine } = engineOver(UNNAMED);
    expect(engine.ask('what is the name of the man who was arrested').answered).toBe(false);
  });

  it('answers with the passage that names the person', () => {
    const { engine } = engineOver(UNNAMED, NAMED);
    const answer = engine.ask('what is the name of the man who was arrested');
    expect(answer.answered).toBe(true);
    expect(answer.passages.some((p) => p.quote.includes('Owen Pryce'))).toBe(true);
  });
});
