/**
 * "Which five pools will reopen?" is a list question: a passage naming the five ("The pools at
 * Ashby, Corran Vale, Mendle, Pike Green and Strood …") answers it before one telling of them
 * by their number ("voted to reopen five swimming pools"), however many of the question's words
 * that one holds (enumerations-first.ts). Invented article.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  askedEnumeration,
  enumeratedNames,
  enumerates,
} from '../../src/search/enumerations-first.js';
import { engineOver } from './fixtures.js';

const POOLS = {
  id: 'pools',
  published: '2026-05-02',
  paragraphs: [
    [
      'Harlow District Council voted on Tuesday to reopen five swimming pools that closed during the pandemic, after a campaign by residents.',
    ],
    ['The pools at Ashby, Corran Vale, Mendle, Pike Green and Strood will reopen in June.'],
    ['Two other pools, at Tillet and Orme, will stay shut while their roofs are repaired.'],
    ['The council said reopening the pools would cost £400,000 a year.'],
  ],
};

const BRANCHES = {
  id: 'branches',
  published: '2026-02-12',
  paragraphs: [
    ['Three of the branches will be run by volunteers as community libraries.'],
    ['They are Ashby, Mendle Cross and Strood.'],
    ['Volunteers at Ashby said they had already found 30 helpers.'],
  ],
};

describe('enumerations first for a list question', () => {
  // Building reads WordNet: in the hook, whose time limit is longer than a test's.
  beforeAll(() => {
    engineOver(POOLS);
    engineOver(BRANCHES);
  });

  it('reads a list question and its count', () => {
    expect(askedEnumeration('Which five pools will reopen?')).toEqual({ count: 5, head: 'pool' });
    expect(askedEnumeration('which 3 agencies reported it')).toEqual({ count: 3, head: 'agenc' });
    expect(askedEnumeration('what agencies fed into the report')).toEqual({
      count: null,
      head: 'agenc',
    });
    // A kind asked, a singular noun, a verb: no list asked.
    expect(askedEnumeration('what kinds of sites are guarded')).toBeNull();
    expect(askedEnumeration('what sports or cultural contacts were announced?')).toBeNull();
    expect(askedEnumeration('which pool will reopen?')).toBeNull();
    // The head of a compound is its last noun: one agency asked. A pair is no series.
    expect(askedEnumeration('which news agency reported it first?')).toBeNull();
    expect(askedEnumeration('what news agencies fed into it?')).toEqual({
      count: null,
      head: 'agenc',
    });
    expect(askedEnumeration('which two pools will stay shut?')).toBeNull();
    expect(askedEnumeration('what was the vote?')).toBeNull();
    expect(askedEnumeration('what does the council say?')).toBeNull();
  });

  it('counts the names of a series, with or without a conjunction', () => {
    expect(enumeratedNames('The pools at Ashby, Corran Vale, Mendle and Strood will reopen.')).toBe(
      4,
    );
    expect(enumeratedNames('With reporting by AFP, AP, Reuters, dpa')).toBe(4);
    expect(enumeratedNames('Beyond the river the Ioways, the Sacs and the Alabamas agreed.')).toBe(
      3,
    );
    // A pair, two names parted by a comma alone, or a number: no series.
    expect(enumeratedNames('Two pools, at Tillet and Orme, will stay shut.')).toBe(0);
    expect(enumeratedNames('On Monday, Harlow said it would reopen five pools.')).toBe(0);
    expect(enumerates('at Ashby, Mendle and Orme', { count: 5, head: 'pool' })).toBe(false);
    expect(enumerates('at Ashby, Mendle and Orme', { count: null, head: 'pool' })).toBe(true);
  });

  it('answers "which five" by the passage naming the five', () => {
    const { engine } = engineOver(POOLS);
    expect(engine.ask('Which five pools will reopen?').passages[0]?.quote).toContain(
      'Ashby, Corran Vale, Mendle, Pike Green and Strood',
    );
  });

  it('reads a list opened by a pronoun with the sentence it leans on, across a paragraph break', () => {
    const { engine } = engineOver(BRANCHES);
    expect(engine.ask('which libraries will be run by volunteers?').passages[0]?.quote).toContain(
      'Ashby, Mendle Cross and Strood',
    );
  });
});
