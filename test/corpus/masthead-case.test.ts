/**
 * A masthead set in capitals ("NORTHVALE HERALD") is shown as the page writes the same name in
 * mixed case elsewhere (a footer, a credit, the corroborating statement), and in capitals when
 * it writes it in no other case: never a case the page does not write.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { mastheadOutlet } from '../../src/corpus/masthead.js';

const BODY = [
  'Work on the clinic stopped after the river burst its banks, the council said on Friday.',
  'Water reached the foundations, according to photographs seen by the Herald.',
];
const page = (...blocks: string[]) => blocks.join('\n\n');
const HEADLINE = 'Flooding halts work on clinic';
const none = { outlets: [], credits: [], body: '' };

describe('a masthead in capitals', () => {
  it('is shown as a footer line writes it in mixed case', () => {
    const footer =
      'Brackwater Herald is part of Tarnside Media Group. © Tarnside Media Group 2025.';
    const cleaned = cleanArticle(page('BRACKWATER HERALD', HEADLINE, ...BODY, footer));
    expect(cleaned.outlet).toBe('Brackwater Herald');
  });

  it('keeps the capitals when the page writes the name in no other case', () => {
    expect(cleanArticle(page('BRACKWATER HERALD', HEADLINE, ...BODY)).outlet).toBe(
      'BRACKWATER HERALD',
    );
    // In lower case, or as part of a sentence's words, it is no spelling of the name.
    const lower =
      'the brackwater herald is part of Tarnside Media Group. © Tarnside Media Group 2025.';
    expect(cleanArticle(page('BRACKWATER HERALD', HEADLINE, ...BODY, lower)).outlet).toBe(
      'BRACKWATER HERALD',
    );
  });

  it('takes the spelling from any statement the page makes, with or without "The"', () => {
    const evidence = {
      ...none,
      body: 'the Herald said',
      pageLines: ['Ledger Weekly, 3 Mill Lane'],
    };
    expect(mastheadOutlet('THE LEDGER WEEKLY', { ...evidence, outlets: ['LEDGER WEEKLY'] })).toBe(
      'Ledger Weekly',
    );
    expect(
      mastheadOutlet('KELLAN COURIER', { ...none, credits: ['Photo: Ana Ruiz / Kellan Courier'] }),
    ).toBe('Kellan Courier');
  });

  it('leaves a masthead in mixed case as set', () => {
    expect(
      mastheadOutlet('Kellan Courier', { ...none, outlets: ['KELLAN COURIER'], pageLines: [] }),
    ).toBe('Kellan Courier');
  });
});
