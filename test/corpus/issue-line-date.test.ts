/**
 * A newsletter's issue line naming the issue ("Autumn issue, 7 October 2025") under the
 * newsletter's name is its nameplate, never the title, and its whole date is the article's date
 * of publication (the date the issue states); an issue named by a month or a season states no
 * day. Invented parish newsletter, saved as windows-1252 as such files often are.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { isIssueLine, issueLineDate } from '../../src/corpus/issue-line.js';
import { articleFolders } from '../support/corpus-fixture.js';

const { corpusOf, removeAll } = articleFolders();
afterEach(removeAll);

const HEADING = 'A note from the chair of the village hall committee';
const ROOF =
  'The village hall roof will be replaced this winter after the committee voted on Tuesday to spend £12,000 from its reserves.';

/** `text` in windows-1252 (every character here is in Latin-1, where the two agree). */
const windows1252 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

async function read(issueLine: string) {
  const dir = await corpusOf({
    'hall.txt': windows1252(
      ['HOLLINGFORD VILLAGE NEWS', issueLine, '', HEADING, '', ROOF, ''].join('\r\n'),
    ),
  });
  const [article] = (await loadCorpus(dir)).articles;
  if (article === undefined) throw new Error('no article');
  return article;
}

describe('an issue line naming the issue', () => {
  it('is read as one, with its whole date', () => {
    expect(isIssueLine('Autumn issue, 7 October 2025')).toBe(true);
    expect(issueLineDate('Autumn issue, 7 October 2025')).toBe('2025-10-07');
    expect(issueLineDate('Christmas edition — 19 December 2025')).toBe('2025-12-19');
  });

  it('gives no day for a month, a season or a number, nor for a line of the story', () => {
    expect(issueLineDate('Club newsletter, May 2026')).toBeNull();
    expect(issueLineDate('Members bulletin — Spring 2026')).toBeNull();
    expect(issueLineDate('Harbour Notes - Issue 48')).toBeNull();
    expect(issueLineDate('Flooding remains the main issue for the parish this winter')).toBeNull();
    expect(isIssueLine('Flooding remains the main issue for the parish this winter')).toBe(false);
  });
});

describe("a parish newsletter's name and issue line", () => {
  it('are its nameplate: the heading under them is the title, the issue date the publication date', async () => {
    const article = await read('Autumn issue, 7 October 2025');
    expect(article.meta.title).toBe(HEADING);
    expect(article.meta.published).toBe('2025-10-07');
    expect(article.text).not.toContain('Autumn issue');
    expect(article.text).toContain(ROOF);
  });

  it('leaves the day unstated when the issue gives only its month', async () => {
    const article = await read('Autumn issue, October 2025');
    expect(article.meta.published).toBeNull();
  });
});
