/**
 * A time stamp in figures whose day and month could be either ("Posted: 05/08/2026 18:40") is
 * stated but not read: the date is "not read", never "not stated", and dates nothing. Invented
 * HTML pages.
 */
import { describe, expect, it } from 'vitest';
import { outletAndDate } from '../../src/framework/render/source.js';
import { unreadTimeStamp } from '../../src/corpus/unread-stamp.js';
import { readOneArticle } from '../support/one-article.js';

const page = (stamp: string) => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Bridge closed after lorry strike</title></head>
<body><article>
<h1>Bridge closed after lorry strike</h1>
<p>${stamp}</p>
<p>The Tarn Street bridge has been closed after a lorry struck one of its supports, police said on Wednesday evening.</p>
<p>Engineers are inspecting the bridge and drivers have been told to use the ring road, police said.</p>
</article></body></html>
`;

describe('a time stamp in figures no rule reads', () => {
  it('makes the date unknown, quoted as not read', () => {
    const { meta } = readOneArticle('bridge.html', page('Posted: 05/08/2026 18:40'));
    expect(meta.published).toBeNull();
    expect(meta.publishedUnread).toBe('Posted: 05/08/2026 18:40');
    expect(outletAndDate(meta)).toContain('date not read');
    expect(outletAndDate(meta)).not.toContain('date not stated');
  });

  it('is not kept when the stamp is read, nor for an update alone', () => {
    const read = readOneArticle('bridge.html', page('Posted: 25/08/2026 18:40'));
    expect(read.meta.published).toBe('2026-08-25');
    expect(read.meta.publishedUnread).toBeUndefined();
    expect(unreadTimeStamp([{ line: 'Updated: 05/08/2026 18:40', reason: 'time stamp' }])).toBe(
      undefined,
    );
  });

  it('leaves a page stating no date "not stated"', () => {
    const { meta } = readOneArticle('bridge.html', page('Police are at the scene.'));
    expect(meta.publishedUnread).toBeUndefined();
  });
});
