/**
 * An outlet the page sets in capitals ("NORTHVALE HERALD" as a masthead, "(REUTERS)" in a wire
 * dateline) is shown as the page writes the same name in mixed case elsewhere (a footer, a
 * credit, the body), and in capitals when it writes it in no other case.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { inStatedCase } from '../../src/corpus/stated-case.js';

const BODY = [
  'Work on the clinic stopped after the river burst its banks, the council said on Friday.',
  'Water reached the foundations, according to photographs seen by the Herald.',
];
const page = (...blocks: string[]) => blocks.join('\n\n');
const HEADLINE = 'Flooding halts work on clinic';

describe('an outlet set in capitals', () => {
  it("is shown as a footer line writes the masthead's name", () => {
    const footer =
      'Brackwater Herald is part of Tarnside Media Group. © Tarnside Media Group 2025.';
    expect(cleanArticle(page('BRACKWATER HERALD', HEADLINE, ...BODY, footer)).outlet).toBe(
      'Brackwater Herald',
    );
  });

  it("is shown as the body writes a wire dateline's outlet", () => {
    const raw = page(
      HEADLINE,
      'OSLO, March 3, 2024 (FJORDWIRE) - Work on the clinic stopped after the river burst its banks.',
      'Fjordwire reported that the site would reopen in May.',
    );
    expect(cleanArticle(raw).outlet).toBe('Fjordwire');
  });

  it('keeps the capitals when the page writes the name in no other case', () => {
    expect(cleanArticle(page('BRACKWATER HERALD', HEADLINE, ...BODY)).outlet).toBe(
      'BRACKWATER HERALD',
    );
    const lower =
      'the brackwater herald is part of Tarnside Media Group. © Tarnside Media Group 2025.';
    expect(cleanArticle(page('BRACKWATER HERALD', HEADLINE, ...BODY, lower)).outlet).toBe(
      'BRACKWATER HERALD',
    );
  });

  it('takes only the same name, with or without "The", as a name', () => {
    // The capitals state "The": a spelling without it keeps it ("The" is the name's).
    expect(inStatedCase('THE LEDGER WEEKLY', ['Ledger Weekly, 3 Mill Lane, Kelderby'])).toBe(
      'The Ledger Weekly',
    );
    expect(inStatedCase('THE LEDGER WEEKLY', ['The Ledger Weekly 2025'])).toBe('The Ledger Weekly');
    expect(inStatedCase('LEDGER WEEKLY', ['the ledger weekly', 'Ledger Weeklyish'])).toBe(
      'LEDGER WEEKLY',
    );
    expect(inStatedCase('Kellan Courier', ['KELLAN COURIER', 'kellan Courier'])).toBe(
      'Kellan Courier',
    );
  });
});

describe('an outlet whose stated name begins with "The"', () => {
  it('keeps "The" from a masthead when a footer writes the name without it', () => {
    const footer = '© 2025 Harbour Times';
    expect(cleanArticle(page('THE HARBOUR TIMES', HEADLINE, ...BODY, footer)).outlet).toBe(
      'The Harbour Times',
    );
  });

  it('keeps "The" from a wire dateline when the body writes the name without it', () => {
    const raw = page(
      HEADLINE,
      'OSLO, March 3, 2024 (THE FJORD LEDGER) - Work on the clinic stopped after the river burst its banks.',
      'Readers of the Fjord Ledger were told the site would reopen in May.',
    );
    expect(cleanArticle(raw).outlet).toBe('The Fjord Ledger');
  });

  it('adds no "The" the page does not state', () => {
    const told = 'Residents told the Harbour Times the clinic was needed.';
    expect(cleanArticle(page('HARBOUR TIMES', HEADLINE, ...BODY, told)).outlet).toBe(
      'Harbour Times',
    );
  });
});
