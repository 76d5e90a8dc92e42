/**
 * irrealis-values.ts reads the tokens of a sentence only when one can be a value (a digit, a
 * number word in any case, a month's or weekday's name as written): the values it then finds
 * are those it finds reading every token. Invented staffing sentences.
 */
import { describe, expect, it } from 'vitest';
import { irrealisValueSpans } from '../../src/search/irrealis-values.js';

/** The text of each span of `text`. */
function spanTexts(text: string): string[] {
  const spans = irrealisValueSpans(text);
  const out: string[] = [];
  for (let i = 0; i + 1 < spans.length; i += 2) out.push(text.slice(spans[i], spans[i + 1]));
  return out;
}

describe('values told as irrealis', () => {
  it.each([
    ['TWELVE more staff will be hired.', ['TWELVE']],
    ['The board would meet again on Thursday, before the hires.', ['Thursday']],
    ['More staff will be hired in June, ten of them nurses.', ['June', 'ten']],
    ['The 40 staff would start at once.', ['40']],
  ])('are found whatever the token: %s', (text, values) => {
    expect(spanTexts(text)).toEqual(values);
  });

  it.each([
    'The board may hire more staff; no one has said when.',
    'Staff were hired by the tenth board of the often-renamed trust.',
  ])('are none where no token is a value: %s', (text) => {
    expect(irrealisValueSpans(text)).toEqual([]);
  });
});
