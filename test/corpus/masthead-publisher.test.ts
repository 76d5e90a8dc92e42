/**
 * A page whose footer names the company that publishes it ("(c) Radio Tarn Ltd 2025") and
 * whose masthead names the publication after it ("Radio Tarn News"): the outlet is the
 * publication. Only the company stated: it is kept as stated, never trimmed into a name.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';

const BODY = [
  'A judge on Wednesday dismissed the challenge to the closure of the wards at the cottage hospital.',
  'The case was heard over two days in Court 3.',
];
const page = (...blocks: string[]) => blocks.join('\n\n');
const HEADLINE = 'High Court rejects ward challenge';

describe("a publication's name beside its publisher's copyright", () => {
  it('gives the masthead that extends the holder with a news noun, and drops it from the text', () => {
    const cleaned = cleanArticle(
      page('Fenmoor Radio News', HEADLINE, ...BODY, '(c) Fenmoor Radio Ltd 2025 | Contact us'),
    );
    expect(cleaned.outlet).toBe('Fenmoor Radio News');
    expect(cleaned.headline).toBe(HEADLINE);
    expect(cleaned.text).not.toContain('Fenmoor Radio News');
  });

  it('reads the same with more than one added noun and "The" in either statement', () => {
    const cleaned = cleanArticle(
      page('The Kellan Daily Courier', HEADLINE, ...BODY, '© 2024 Kellan Limited'),
    );
    expect(cleaned.outlet).toBe('The Kellan Daily Courier');
  });

  it('keeps the holder as stated when no publication name is given', () => {
    expect(cleanArticle(page(HEADLINE, ...BODY, '(c) Fenmoor Radio Ltd 2025')).outlet).toBe(
      'Fenmoor Radio Ltd',
    );
  });

  it.each([
    // Another name: nothing ties the line to the holder.
    ['Valley Voice', 'Fenmoor Radio Ltd'],
    // The holder's name with a word that is no news noun: a heading, not the masthead.
    ['Fenmoor Radio Appeal', 'Fenmoor Radio Ltd'],
    // A shorter name than the holder's is no extension of it.
    ['Fenmoor News', 'Fenmoor Radio Ltd'],
  ])('does not take %j beside "(c) %s 2025"', (line, holder) => {
    const cleaned = cleanArticle(page(line, HEADLINE, ...BODY, `(c) ${holder} 2025`));
    expect(cleaned.outlet).toBe(holder);
    expect(cleaned.text).toContain(line);
  });
});

describe('a masthead whose outlet a credit with bars names', () => {
  it('is the masthead, not a section the credit lists as a bar would', () => {
    const page2 = page(
      'Home | News | Sport | Culture',
      'FENMOOR GAZETTE',
      HEADLINE,
      'By Ana Velt | Fenmoor Gazette | 11 March 2026',
      ...BODY,
    );
    const cleaned = cleanArticle(page2);
    expect(cleaned.outlet).toBe('Fenmoor Gazette');
    expect(cleaned.dropped).toContainEqual({ line: 'FENMOOR GAZETTE', reason: 'masthead' });
    // A section the navigation bar lists is still a label.
    const labelled = cleanArticle(
      page('Home | News | Sport | Culture', 'Culture', HEADLINE, ...BODY),
    );
    expect(labelled.dropped).toContainEqual({ line: 'Culture', reason: 'navigation' });
  });
});
