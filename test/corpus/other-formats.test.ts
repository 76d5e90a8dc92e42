/**
 * Files an administrator's tools save that are not articles: each is refused by `validate` with
 * its name, what it is and what to save instead, and the rest of the folder is read. Tiny
 * invented files. (Feeds with full text are read: feeds.test.ts.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { validateCorpus } from '../../src/corpus/validate.js';
import { articleFolders } from '../support/corpus-fixture.js';

const { corpusOf, removeAll } = articleFolders();
afterEach(removeAll);

const STORY = 'Ferry fares between Tarnmouth and Gull Island will rise by 8 percent from April.';
const ITEM = `<title>Ferry fares to rise</title><link>https://tarnmouth.example/fares</link><description>${STORY}</description>`;

describe('files that are not articles', () => {
  it('names other JSON and a saved-links list by what they are; a feed or an export holding no whole story, item by item', async () => {
    const dir = await corpusOf({
      'story.txt': `Ferry fares to rise\n\n${STORY}`,
      'feed.xml': `<?xml version="1.0"?>\n<rss version="2.0"><channel><item>${ITEM}</item></channel></rss>`,
      'atom.xml': `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Ferry fares</title></entry></feed>`,
      'news.json': JSON.stringify({
        status: 'ok',
        articles: [
          {
            source: { name: 'Tarnmouth Gazette' },
            author: 'Nadia Fenwick',
            title: 'Ferry fares to rise',
            url: 'https://tarnmouth.example/fares',
            publishedAt: '2026-02-17T09:30:00Z',
            content: `${STORY} … [+1450 chars]`,
          },
        ],
      }),
      'notes.json': '{"owner": "desk"}',
      'old.doc': 'not read',
      'ril_export.html': `<!DOCTYPE html><html><head><title>Export</title></head><body><h1>Unread</h1><ul><li><a href="https://tarnmouth.example/fares" time_added="1771320600" tags="">Ferry fares to rise</a></li></ul></body></html>`,
      'bookmarks.html': `<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<TITLE>Bookmarks</TITLE><H1>Bookmarks</H1><DL><p><DT><A HREF="https://tarnmouth.example/fares">Ferry fares to rise</A></DL>`,
    });
    const report = await validateCorpus(dir);
    const problem = (file: string) => report.problems.find((entry) => entry.file === file)?.message;
    // Read item by item (feeds.test.ts): these items hold a summary, no text, text cut short.
    expect(problem('feed.xml')).toMatch(
      /^item "Ferry fares to rise" carries only a summary .*save each story's page/,
    );
    expect(problem('atom.xml')).toMatch(/^item "Ferry fares" carries no text/);
    expect(problem('news.json')).toMatch(/^item "Ferry fares to rise" is cut short/);
    expect(problem('notes.json')).toMatch(/^is JSON, not an article: .*articles\.json/);
    expect(problem('old.doc')).toMatch(/save it as \.docx/);
    for (const list of ['ril_export.html', 'bookmarks.html'])
      expect(problem(list)).toMatch(/^is a list of saved links .*, not an article/);
    expect(problem('story.txt')).toBeUndefined();
    expect(report.counts.articles).toBe(1);
  });

  it('says a .json file that is not valid JSON is not, with where the parser stopped', async () => {
    const dir = await corpusOf({
      'story.txt': `Ferry fares to rise\n\n${STORY}`,
      'feed.json': '{"items": [ broken',
      'cut.json': '{\n  "items": [\n    {"title": "Ferry fares"',
      'bom.json': '\uFEFF{"owner": "desk"}',
    });
    const report = await validateCorpus(dir);
    const problem = (file: string) => report.problems.find((entry) => entry.file === file)?.message;
    expect(problem('feed.json')).toMatch(
      /^is not valid JSON \(Unexpected token 'b' at line 1, column 13\): it is read neither as a feed nor as an export/,
    );
    expect(problem('cut.json')).toMatch(/^is not valid JSON \(.* at line 3, column \d+\)/);
    // Valid JSON after a byte-order mark is JSON.
    expect(problem('bom.json')).toMatch(/^is JSON, not an article/);
    expect(report.counts.articles).toBe(1);
  });

  it('gives the general message for an XML file that is no feed, or an unknown extension', async () => {
    const dir = await corpusOf({
      'story.txt': `Ferry fares to rise\n\n${STORY}`,
      'sitemap.xml': '<?xml version="1.0"?><urlset></urlset>',
      'photo.jpg': 'not read',
    });
    const report = await validateCorpus(dir);
    for (const file of ['sitemap.xml', 'photo.jpg'])
      expect(report.problems.find((entry) => entry.file === file)?.message).toMatch(
        /^not an article file \(articles are \.txt/,
      );
  });
});
