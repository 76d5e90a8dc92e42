/**
 * The irregular past forms the tense rules read are derived from WordNet's verb exception list
 * (shared with the search's inflections), told apart from the list's other inflections by the
 * lexicon's tags or the form's shape. Invented forms and lexicons test the rule; invented
 * sentences test that a derived form governs a date as a hand-listed one did.
 */
import { describe, expect, it } from 'vitest';
import {
  irregularPastForms,
  isIrregularPast,
  isAdjectivalShortPast,
  isShortRegularPast,
} from '../../src/timeline/past-forms.js';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

describe('irregular past forms', () => {
  const lexicon = new Map<string, string[]>([
    ['blook', ['VBD', 'NN']],
    ['blooken', ['VBN']],
    ['blas', ['VBZ', 'VBN']],
    ['blound', ['NN', 'VBD']],
    ['blould', ['MD']],
  ]);
  const tagsOf = (word: string) => lexicon.get(word);

  it('takes a form whose most frequent tag is the past or the past participle', () => {
    expect(isIrregularPast('blook', 'bleak', tagsOf)).toBe(true);
    expect(isIrregularPast('blooken', 'bleak', tagsOf)).toBe(true);
  });

  it('leaves out a present, a modal or a form more often another word', () => {
    expect(isIrregularPast('blas', 'blave', tagsOf)).toBe(false);
    expect(isIrregularPast('blould', 'blan', tagsOf)).toBe(false);
    expect(isIrregularPast('blound', 'blind', tagsOf)).toBe(false);
  });

  it('reads a form the lexicon lacks by its shape: not "-ing", not "-s"', () => {
    expect(isIrregularPast('blorn', 'blear', tagsOf)).toBe(true);
    expect(isIrregularPast('blotting', 'blot', tagsOf)).toBe(false);
    expect(isIrregularPast('blozzes', 'bloz', tagsOf)).toBe(false);
  });

  it('leaves a regular "-ed" to the regular rule, and a form equal to its lemma to the hand list', () => {
    expect(isIrregularPast('blotted', 'blot', tagsOf)).toBe(false);
    expect(isIrregularPast('blet', 'blet', tagsOf)).toBe(false);
    expect(isIrregularPast('bled', 'bleed', tagsOf)).toBe(true);
  });

  it('derives from WordNet the pasts and participles the hand list held and more', () => {
    const forms = irregularPastForms();
    for (const form of [
      'was',
      'had',
      'took',
      'taken',
      'fled',
      'strode',
      'underwent',
      'cut',
      'shot',
    ])
      expect(forms.has(form), form).toBe(true);
    for (const form of ['is', 'has', 'are', 'could', 'would', 'goes', 'ground', 'banned'])
      expect(forms.has(form), form).toBe(false);
  });
});

describe('short regular past forms', () => {
  const lexicon = new Map<string, string[]>([
    ['bied', ['VBD', 'VBN']],
    ['zed', ['VBN', 'VB']],
    ['gled', ['NN', 'VBD']],
    ['vied', ['VBN', 'JJ', 'VBD']],
  ]);
  const tagsOf = (word: string) => lexicon.get(word);

  it('takes a base of one or two letters and "e" with "d" when the lexicon reads it as a past', () => {
    expect(isShortRegularPast('bied', tagsOf)).toBe(true);
    expect(isShortRegularPast('zed', tagsOf)).toBe(true);
  });

  it('leaves out a noun first, an adjective, a word the lexicon lacks and a longer form', () => {
    expect(isShortRegularPast('gled', tagsOf)).toBe(false);
    expect(isShortRegularPast('vied', tagsOf)).toBe(false);
    expect(isShortRegularPast('sked', tagsOf)).toBe(false);
    expect(isShortRegularPast('blied', () => ['VBD'])).toBe(false);
  });

  it('reads "died" and "sued" as past, not "bed", "red", "need" or "aged"', () => {
    const forms = irregularPastForms();
    for (const form of ['died', 'sued', 'lied', 'owed']) expect(forms.has(form), form).toBe(true);
    for (const form of ['bed', 'red', 'need', 'seed', 'aged', 'used'])
      expect(forms.has(form), form).toBe(false);
  });
});

describe('short regular pasts also adjectives', () => {
  const lexicon = new Map<string, string[]>([
    ['bied', ['VBN', 'JJ', 'VBD']],
    ['bie', ['VB', 'NN']],
    ['zed', ['JJ', 'VBN']],
    ['ze', ['VB']],
    ['gled', ['JJ', 'VBD']],
  ]);
  const tagsOf = (word: string) => lexicon.get(word);

  it('takes the simple past of a verb in the lexicon that is also an adjective', () => {
    expect(isAdjectivalShortPast('bied', tagsOf)).toBe(true);
  });

  it('leaves out a form not tagged as the simple past, or with no verb for its base', () => {
    expect(isAdjectivalShortPast('zed', tagsOf)).toBe(false);
    expect(isAdjectivalShortPast('gled', tagsOf)).toBe(false);
  });
});

describe('a derived past form governs a date', () => {
  const shown = (published: string, sentence: string) =>
    buildTimeline(articleOf(published, sentence)).map((e) => [e.date, e.future]);

  it('"underwent" puts a weekday behind publication, as "had" does', () => {
    // Published Wednesday 2026-03-04: the Tuesday before.
    expect(shown('2026-03-04', 'The ferry ramp underwent repairs on Tuesday.')).toEqual([
      ['2026-03-03', false],
    ]);
    // Neither past nor future: a bare weekday is not dated.
    expect(shown('2026-03-04', 'The ferry ramp gets repairs on Tuesday.')).toEqual([]);
  });

  it('a capitalised form is a name, not a past: "the regatta in Kent on Friday"', () => {
    // "kent" is WordNet's past of "ken"; published Wednesday 2026-03-04, the coming Friday.
    expect(
      shown('2026-03-04', 'The sailing regatta in Kent on Friday is expected to draw crowds.'),
    ).toEqual([['2026-03-06', true]]);
  });

  it('"died" puts a weekday behind publication, whatever part of the day is told before it', () => {
    // Published Monday 2026-03-16. A part of the day or a degree word before "on Sunday" does
    // not change the day it modifies: the entry keeps day precision.
    for (const when of [
      'on Sunday',
      'early on Sunday',
      'late on Sunday',
      'shortly after midnight on Sunday',
      'just before noon on Sunday',
    ]) {
      const sentence = `Jo Marsh, 80, a retired teacher from Ashby, died at Ashby Hospital ${when}.`;
      expect(
        buildTimeline(articleOf('2026-03-16', sentence)).map((e) => [e.date, e.precision]),
        when,
      ).toEqual([['2026-03-15', 'day']]);
    }
  });

  it('"will be taken" stays ahead: a participle under a future auxiliary', () => {
    expect(shown('2026-03-04', 'The ferry ramp will be taken out of service on Friday.')).toEqual([
      ['2026-03-06', true],
    ]);
  });
});
