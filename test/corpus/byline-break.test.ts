import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/corpus/html.js';

const page = (byline: string) =>
  '<html><head><title>Ferry fares to rise</title></head><body><article><h1>Ferry fares to rise</h1>' +
  `<p class="byline">${byline}</p>` +
  '<p>Ferry fares will rise by 6% in April, the operator said on Monday, blaming fuel costs.</p>' +
  '<p>The council called the rise unfair and said it would write to the operator this week.</p>' +
  '<p>Passengers have until the end of March to buy season tickets at the old price.</p>' +
  '</article></body></html>';

describe("a byline element's line break", () => {
  it('ends the name: the role after a <br> is not part of it', () => {
    const { stated } = extractHtml(page('By Ana Ruiz<br><span>Harbour FM reporter</span>'));
    expect(stated.author).toBe('Ana Ruiz');
  });

  it('leaves a byline on one line as it was', () => {
    expect(extractHtml(page('By Ana Ruiz')).stated.author).toBe('Ana Ruiz');
  });
});
