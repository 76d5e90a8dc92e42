/**
 * A word of an outlet's name that the coverage also writes as the name of something else
 * (src/search/plan/outlet-word-use.ts). Invented outlets "Brindle Courier" and "Mere Valley Post".
 */
import { describe, expect, it } from 'vitest';
import {
  outletWordNames,
  outletWordUse,
  usesAsOtherName,
  writesAsEverydayWord,
  writesAsName,
  writesInPhrase,
} from '../../src/search/plan/outlet-word-use.js';
import { stem, termsOf } from '../../src/text/terms.js';

const OUTLETS = [termsOf('Brindle Courier'), termsOf('Mere Valley Post')];
const brindle = stem('brindle');
const courier = stem('courier');

describe('a use of an outlet word as another name', () => {
  it('is a place after a preposition of place', () => {
    expect(usesAsOtherName('A woman from Brindle was charged.', brindle, OUTLETS)).toBe(true);
    expect(usesAsOtherName('Shops in Brindle closed early.', brindle, OUTLETS)).toBe(true);
    expect(usesAsOtherName('He is the Mayor of Brindle.', brindle, OUTLETS)).toBe(true);
  });

  it('is a longer name that is not the outlet’s: a body or a person', () => {
    expect(usesAsOtherName('The Brindle Rotary Club met.', brindle, OUTLETS)).toBe(true);
    expect(usesAsOtherName('Brindle Rotary Club met.', brindle, OUTLETS)).toBe(true);
    expect(usesAsOtherName('Her aunt, Ann Brindle, spoke.', brindle, OUTLETS)).toBe(true);
  });

  it('is not a run of an outlet’s own name, written out or shortened', () => {
    for (const text of [
      'She told the Brindle Courier on Monday.',
      'A spokesman told the Courier the shop would reopen.',
      'The story first ran in the Courier last week.',
      'The Brindle Courier and Mere Valley Post both asked.',
    ]) {
      expect(usesAsOtherName(text, brindle, OUTLETS), text).toBe(false);
      expect(usesAsOtherName(text, courier, OUTLETS), text).toBe(false);
    }
  });

  it('is not a word before a common noun, nor a lowercase word, nor a sentence’s capital', () => {
    expect(usesAsOtherName('The Brindle library will be repaired.', brindle, OUTLETS)).toBe(false);
    expect(usesAsOtherName('A brindle dog ran in.', brindle, OUTLETS)).toBe(false);
    expect(usesAsOtherName('Yesterday Brindle was quiet.', brindle, OUTLETS)).toBe(false);
  });
});

describe('the test over a coverage', () => {
  it('reads the sentences holding a word of an outlet’s name, once, up to a bound', () => {
    const read: string[] = [];
    const texts: Record<string, string[]> = {
      [brindle]: ['The Brindle library reopens.', 'A woman from Brindle was charged.'],
      [courier]: ['She told the Courier.'],
    };
    const used = outletWordUse(
      ['Brindle Courier', 'Mere Valley Post'],
      (term) => {
        read.push(term);
        return texts[term] ?? [];
      },
      10,
    );
    expect(used(brindle)).toBe(true);
    expect(used(brindle)).toBe(true);
    expect(used(courier)).toBe(false);
    expect(used(stem('woman'))).toBe(false);
    expect(read).toEqual([brindle, courier]);
    const bounded = outletWordUse(['Brindle Courier'], (term) => texts[term] ?? [], 1);
    expect(bounded(brindle)).toBe(false);
  });
});

describe('a word of an outlet’s name written as an everyday word', () => {
  const police = stem('police');

  it.each([
    ['Thieves broke into the shop, police said.', true],
    ['The police have asked for witnesses.', true],
    // Capitalised: the outlet's name, a sentence's first word, or another word.
    ['Kelby Police are appealing for witnesses.', false],
    ['Police said the shop was closed.', false],
    ['The policy was changed.', false],
  ])('%j writes "police" as an everyday word: %s', (text, expected) => {
    expect(writesAsEverydayWord(text, police)).toBe(expected);
  });

  it('is another use of the word, as another name is', () => {
    const texts: Record<string, string[]> = {
      [police]: [
        'Kelby Police are appealing for witnesses.',
        'Twelve watches were taken, police said.',
      ],
      [stem('kelby')]: ['Kelby Police are appealing for witnesses.'],
    };
    const used = outletWordUse(['Kelby Police'], (term) => texts[term] ?? [], 10);
    expect(used(police)).toBe(true);
    expect(used(stem('kelby'))).toBe(false);
  });
});

describe('a word of an outlet’s name written in an everyday phrase', () => {
  it.each([
    ['He spoke at a press conference on Monday.', true],
    // Capitalised, in the name, or apart from the word after it: no such phrase.
    ['She told Baltic Press Conference organisers.', false],
    ['The press, at conference time, was absent.', false],
    ['The press officer spoke.', false],
  ])('%j writes "press conference": %s', (text, expected) => {
    expect(writesInPhrase(text, stem('press'), stem('conference'))).toBe(expected);
  });
});

describe('a word of an outlet’s name written in another capitalised name', () => {
  const [skylark, air, crew] = [stem('skylark'), stem('air'), stem('crew')];

  it.each([
    // A sentence's first word too: the question writing the pair says it is the name's.
    ['Skylark Air, which cancelled 60 flights, said it would restore them.', true],
    ['Flights run by Skylark Air resume on Monday.', true],
    // In lower case, or apart: no such name.
    ['Skylark air routes were cut.', false],
    ['The skylark, air-borne, sang.', false],
  ])('%j writes "Skylark Air": %s', (text, expected) => {
    expect(writesAsName(text, skylark, air)).toBe(expected);
  });

  it('is another name only when the pair is no run of an outlet’s own name', () => {
    const texts: Record<string, string[]> = {
      [air]: [
        'Skylark Air, which cancelled 60 flights, said it would restore them.',
        'Members of the Tarnby Air Crew Association voted.',
      ],
    };
    const names = outletWordNames(['Tarnby Air Crew Association'], (term) => texts[term] ?? [], 10);
    expect(names(skylark, air)).toBe(true);
    expect(names(air, crew)).toBe(false);
    // Neither word is of an outlet's name: nothing to read.
    expect(names(skylark, stem('flights'))).toBe(false);
  });
});
