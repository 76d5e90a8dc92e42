/** What a reply says when the page does not state what was asked (src/engine/page-answer.ts). */
import { expect, it } from 'vitest';
import { notStatedPhrase } from '../../src/engine/page-answer.js';
import type { SourceRef } from '../../src/engine/types.js';

const source: SourceRef = {
  id: 'talks',
  title: 'Talks collapse',
  outlet: 'Gull Radio',
  published: '2024-06-10',
  url: null,
  author: null,
};

it('names the photo asked about by its caption when no credit is stated with it', () => {
  expect(
    notStatedPhrase({ source, asks: 'credit', metadata: null, caption: 'Picket line at dawn' }),
  ).toBe(
    'credits no one for the photo captioned “Picket line at dawn”: no photo credit was found with it.',
  );
});

it('says an author or date is not stated, or gives the one only the metadata states', () => {
  expect(notStatedPhrase({ source, asks: 'author', metadata: null })).toMatch(/^names no author/);
  expect(notStatedPhrase({ source, asks: 'date', metadata: '2024-06-10' })).toBe(
    'has no dateline that was found; its metadata gives the publication date: 2024-06-10.',
  );
});

it('calls a date unknown, not unstated, when the article names the day it was sent', () => {
  const forwarded: SourceRef = { ...source, published: null, publishedUnconfirmed: true };
  const phrase = notStatedPhrase({ source: forwarded, asks: 'date', metadata: null });
  expect(phrase).not.toMatch(/gives no publication date/);
  expect(phrase).toMatch(/^has no dateline that was found, and names only the day it was sent/);
});
