/**
 * The forms a name writes its words in, and the question's words that are other forms of them
 * (src/search/plan/name-word-forms.ts). Invented names.
 */
import { describe, expect, it } from 'vitest';
import { nameWordForms, otherFormsOfNameWords } from '../../src/search/plan/name-word-forms.js';
import { tokenize } from '../../src/text/terms.js';

const forms = nameWordForms(['Tarn Observer', null, 'Kell Monitor', 'The Observer']);

describe('a name’s word forms', () => {
  it('are its words folded, keyed by their index terms', () => {
    expect([...(forms.get('observ') ?? [])]).toEqual(['observer']);
    expect([...(forms.get('monitor') ?? [])]).toEqual(['monitor']);
    expect(forms.has('the')).toBe(false);
  });
});

describe('a question’s word in another form than the name’s', () => {
  it('is a plural or a verb sharing the stem', () => {
    expect([...otherFormsOfNameWords(tokenize('the observers publish'), forms)]).toEqual([
      'observ',
    ]);
    expect([...otherFormsOfNameWords(tokenize('who is monitoring it'), forms)]).toEqual([
      'monitor',
    ]);
  });

  it('is none when the question writes the name’s form, in any case or possessive', () => {
    for (const question of ['what did the OBSERVER say', "the Observer's report", 'tarn observer'])
      expect([...otherFormsOfNameWords(tokenize(question), forms)], question).toEqual([]);
    expect([...otherFormsOfNameWords(tokenize('the observer on observers'), forms)]).toEqual([]);
  });
});
