/**
 * Feeds read item by item (feed-files.ts): each item with its full text is an article of its
 * own, its metadata what the item states; an item with only a summary or cut short is refused
 * by name, and the rest of the feed and the folder are read. Tiny invented feeds.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { validateCorpus } from '../../src/corpus/validate.js';
import { MAX_ARTICLE_BYTES } from '../../src/corpus/files.js';
import { MAX_FEED_ITEMS } from '../../src/corpus/feed-files.js';
import { articleFolders } from '../support/corpus-fixture.js';
import { encoded, rss } from '../support/feed-fixture.js';

// A feed of 200 items is read through the HTML reader item by item: seconds on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

const { corpusOf, removeAll } = articleFolders();
afterEach(removeAll);

const FARES =
  'Ferry fares between Tarnmouth and Gull Island will rise by 8 percent from April, the operator said on Monday.';
const FUEL = 'The operator blamed higher fuel costs and said season tickets would rise by less.';
const LIBRARY =
  'The town library will open on four days a week from March after a review of its budget, the council said.';

const FARES_ITEM = `<title>Ferry fares to rise in April</title>
<link>https://tarnmouth.example/fares</link>
<guid isPermaLink="false">tg-1001</guid>
<pubDate>Tue, 17 Feb 2026 09:30:00 +0000</pubDate>
<dc:creator>Nadia Fenwick</dc:creator>
<description>Fares will rise.</description>
${encoded(`<p>${FARES}</p><p>${FUEL}</p>`)}`;

const LIBRARY_ITEM = `<title>Library hours cut</title>
<link>https://tarnmouth.example/library</link>
<pubDate>Mon, 16 Feb 2026 18:00:00 -0500</pubDate>
<author>desk@tarnmouth.example (Owen Price)</author>
${encoded(`<p>${LIBRARY}</p>`)}`;

describe('an RSS 2.0 feed with full text', () => {
  it('reads each item as an article, its metadata what the item states', async () => {
    const dir = await corpusOf({ 'gazette.xml': rss([FARES_ITEM, LIBRARY_ITEM]) });
    const { articles } = await loadCorpus(dir);
    expect(articles.map((article) => article.meta)).toEqual([
      {
        id: expect.stringMatching(/^gazette_[0-9a-f]{10}$/),
        file: expect.stringMatching(/^gazette\.xml#[0-9a-f]{10}$/),
        title: 'Ferry fares to rise in April',
        outlet: 'Tarnmouth Gazette',
        published: '2026-02-17',
        url: 'https://tarnmouth.example/fares',
        author: 'Nadia Fenwick',
      },
      {
        id: expect.stringMatching(/^gazette_[0-9a-f]{10}$/),
        file: expect.stringMatching(/^gazette\.xml#[0-9a-f]{10}$/),
        title: 'Library hours cut',
        outlet: 'Tarnmouth Gazette',
        // The calendar date as stated, not converted to UTC.
        published: '2026-02-16',
        url: 'https://tarnmouth.example/library',
        author: 'Owen Price',
      },
    ]);
    expect(articles[0]?.meta.id).not.toBe(articles[1]?.meta.id);
    // The content's HTML is read as a page's body: its paragraphs, verbatim.
    expect(articles[0]?.text).toBe(`${FARES}\n\n${FUEL}`);
    expect(articles[1]?.text).toBe(LIBRARY);
  });

  it('leaves unknown what the item does not state, and takes an outlet the item names over the feed title', async () => {
    const dir = await corpusOf({
      'wire.rss': rss(
        [
          `<title>Ferry fares to rise in April</title><source url="https://coast.example/rss">Coast Wire</source>${encoded(`<p>${FARES}</p>`)}`,
        ],
        '',
      ),
      'bare.xml': rss([encoded(`<p>${LIBRARY}</p>`)], ''),
    });
    const { articles } = await loadCorpus(dir);
    const meta = (file: string) =>
      articles.find((article) => article.meta.file.startsWith(file))?.meta;
    expect(meta('wire.rss')).toMatchObject({
      outlet: 'Coast Wire',
      published: null,
      url: null,
      author: null,
    });
    // No title, no date, no author, no feed title: all unknown, never guessed.
    expect(meta('bare.xml')).toMatchObject({ outlet: null, published: null, author: null });
  });

  it("keeps an item's id when the feed around it changes, and lets articles.json name it", async () => {
    const first = await loadCorpus(await corpusOf({ 'gazette.xml': rss([FARES_ITEM]) }));
    const newer = `<title>Pier repairs begin</title><guid>tg-1002</guid>${encoded('<p>Repairs to the Tarnmouth pier began on Monday and will take six weeks, the council said.</p>')}`;
    const dir = await corpusOf({ 'gazette.xml': rss([newer, FARES_ITEM]) });
    const second = await loadCorpus(dir);
    const fares = first.articles[0]?.meta;
    expect(second.articles.map((article) => article.meta.id)).toContain(fares?.id);
    await writeFile(
      path.join(dir, 'articles.json'),
      JSON.stringify({ articles: [{ file: fares?.file, id: 'fares', outlet: 'The Gazette' }] }),
    );
    const named = await loadCorpus(dir);
    expect(named.articles.find((article) => article.meta.id === 'fares')?.meta).toMatchObject({
      file: fares?.file,
      outlet: 'The Gazette',
      title: 'Ferry fares to rise in April',
    });
  });
});

describe('Atom and RSS 1.0 feeds', () => {
  const atom = (entries: string) => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title type="text">Gull Island Post</title>
<author><name>Post Newsroom</name></author>
<id>urn:uuid:feed</id>
${entries}
</feed>`;

  it('reads html, xhtml and text content; published is the date, never updated', async () => {
    const dir = await corpusOf({
      'post.atom': atom(`
<entry><title>Ferry fares to rise</title><id>urn:uuid:1</id><link rel="alternate" href="https://gull.example/fares"/>
<published>2026-02-17T09:30:00-05:00</published><updated>2026-02-20T10:00:00Z</updated>
<author><name>Nadia Fenwick</name></author>
<content type="html">&lt;p&gt;${FARES}&lt;/p&gt;</content></entry>
<entry><title type="html">Library &lt;em&gt;hours&lt;/em&gt; cut</title><id>urn:uuid:2</id><updated>2026-02-18T10:00:00Z</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>${LIBRARY}</p></div></content></entry>
<entry><title>Fuel costs</title><id>urn:uuid:3</id><content>${FUEL}</content></entry>`),
    });
    const { articles } = await loadCorpus(dir);
    expect(articles.map(({ meta, text }) => ({ ...meta, text }))).toEqual([
      expect.objectContaining({
        title: 'Ferry fares to rise',
        published: '2026-02-17',
        url: 'https://gull.example/fares',
        author: 'Nadia Fenwick',
        outlet: 'Gull Island Post',
        text: FARES,
      }),
      // Only `updated`: the last change, not the publication; the feed's author applies (RFC 4287 §4.2.1).
      expect.objectContaining({
        title: 'Library hours cut',
        published: null,
        author: 'Post Newsroom',
        text: LIBRARY,
      }),
      expect.objectContaining({ title: 'Fuel costs', text: FUEL }),
    ]);
  });

  it('refuses an entry with only a summary, or content kept elsewhere', async () => {
    const dir = await corpusOf({
      'post.atom': atom(`
<entry><title>Ferry fares to rise</title><id>urn:uuid:1</id><summary>Fares will rise in April.</summary></entry>
<entry><title>Pier closes</title><id>urn:uuid:2</id><content src="https://gull.example/pier" type="text/html"/></entry>
<entry><title>Fuel costs</title><id>urn:uuid:3</id><content>${FUEL}</content></entry>`),
    });
    const report = await validateCorpus(dir);
    expect(report.problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(
        /^item "Ferry fares to rise" of "Gull Island Post" carries only a summary .*save each story's page/,
      ),
      expect.stringMatching(
        /^item "Pier closes" of "Gull Island Post" carries no text .*elsewhere/,
      ),
    ]);
    expect(report.counts.articles).toBe(1);
  });

  it('reads RSS 1.0 items with Dublin Core dates and creators', async () => {
    const dir = await corpusOf({
      'rdf.xml': `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:c="http://purl.org/rss/1.0/modules/content/">
<channel rdf:about="https://tarn.example/"><title>Tarn Weekly</title></channel>
<item rdf:about="https://tarn.example/fares"><title>Ferry fares to rise</title><link>https://tarn.example/fares</link>
<dc:date>2026-02-17</dc:date><dc:creator>Nadia Fenwick</dc:creator><c:encoded>&lt;p&gt;${FARES}&lt;/p&gt;</c:encoded></item>
</rdf:RDF>`,
    });
    const { articles } = await loadCorpus(dir);
    // The content module under another prefix ("c:") is the same module: matched by namespace.
    expect(articles.map(({ meta, text }) => ({ ...meta, text }))).toEqual([
      expect.objectContaining({
        title: 'Ferry fares to rise',
        outlet: 'Tarn Weekly',
        published: '2026-02-17',
        author: 'Nadia Fenwick',
        url: 'https://tarn.example/fares',
        text: FARES,
      }),
    ]);
  });
});

describe('a JSON Feed (jsonfeed.org)', () => {
  it('reads content_html and content_text, date_published and authors like any feed', async () => {
    const dir = await corpusOf({
      'feed.json': JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Gull Island Post',
        home_page_url: 'https://gull.example/',
        authors: [{ name: 'Post Newsroom' }],
        items: [
          {
            id: 'p-1',
            url: 'https://gull.example/fares',
            title: 'Ferry fares to rise',
            content_html: `<p>${FARES}</p><p>${FUEL}</p>`,
            content_text: `${FARES}\n\n${FUEL}`,
            date_published: '2026-02-17T09:30:00-05:00',
            authors: [{ name: 'Nadia Fenwick' }, { name: 'Owen Price' }],
          },
          {
            id: 2,
            title: 'Library hours cut',
            content_text: LIBRARY,
            // The last change, not the publication.
            date_modified: '2026-02-18T10:00:00Z',
          },
          { id: 'p-3', title: 'Pier closes', summary: 'The pier closes on Monday.' },
        ],
      }),
    });
    const report = await validateCorpus(dir);
    expect(report.problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^item "Pier closes" of "Gull Island Post" carries only a summary/),
    ]);
    const { articles } = await loadCorpus(dir);
    expect(articles.map(({ meta, text }) => ({ ...meta, text }))).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/^feed\.json#[0-9a-f]{10}$/),
        title: 'Ferry fares to rise',
        url: 'https://gull.example/fares',
        published: '2026-02-17',
        author: 'Nadia Fenwick, Owen Price',
        outlet: 'Gull Island Post',
        text: `${FARES}\n\n${FUEL}`,
      }),
      // The feed's authors are the item's when it names none (JSON Feed 1.1).
      expect.objectContaining({
        title: 'Library hours cut',
        published: null,
        author: 'Post Newsroom',
        url: null,
        text: LIBRARY,
      }),
    ]);
  });
});

describe("a feed's own lines and addresses", () => {
  it('resolves an Atom link against the xml:base in scope (XML Base)', async () => {
    const dir = await corpusOf({
      'post.atom': `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://gull.example/">
<title>Gull Island Post</title><id>urn:uuid:feed</id>
<entry xml:base="news/2026/"><title>Ferry fares to rise</title><id>urn:uuid:1</id><link href="fares"/>
<content type="html">&lt;p&gt;${FARES}&lt;/p&gt;</content></entry>
<entry><title>Library hours cut</title><id>urn:uuid:2</id><link href="/local/library?id=2"/>
<content type="html">&lt;p&gt;${LIBRARY}&lt;/p&gt;</content></entry>
</feed>`,
      // No base in scope: a relative link states no address.
      'bare.atom': `<feed xmlns="http://www.w3.org/2005/Atom"><title>Tarn Post</title>
<entry><title>Fuel costs</title><id>urn:uuid:3</id><link href="fuel"/><content>${FUEL}</content></entry></feed>`,
    });
    const { articles } = await loadCorpus(dir);
    expect(articles.map((article) => [article.meta.title, article.meta.url])).toEqual([
      ['Fuel costs', null],
      ['Ferry fares to rise', 'https://gull.example/news/2026/fares'],
      ['Library hours cut', 'https://gull.example/local/library?id=2'],
    ]);
  });

  it('drops a syndication footer: a last line linking only to the post and to the site', async () => {
    const footer = (post: string, site: string, words: [string, string]) =>
      `<p>${words[0]} <a href="${post}">the post</a> ${words[1]} <a href="${site}">Tarnmouth Gazette</a>.</p>`;
    const item = (n: number, last: string) =>
      `<title>Story ${n}</title><link>https://tarnmouth.example/${n}/</link>${encoded(`<p>${FARES}</p>${last}`)}`;
    const dir = await corpusOf({
      'gazette.xml': rss(
        [
          // WordPress's wording, and another with the same shape (the site by the feed's own link).
          item(
            1,
            footer('https://tarnmouth.example/1/', 'https://tarnmouth.example/', [
              'The post',
              'appeared first on',
            ]),
          ),
          item(
            2,
            footer('https://tarnmouth.example/2', 'https://tarnmouth.example/news', [
              'This story',
              'was first published by',
            ]),
          ),
          // A footer above an excerpt's ellipsis hides nothing: the item is still cut short.
          item(
            3,
            `<p>Repairs began on Monday…</p>${footer('https://tarnmouth.example/3/', 'https://tarnmouth.example/', ['The post', 'appeared first on'])}`,
          ),
          // Links elsewhere, or more words, make a paragraph of the story.
          item(
            4,
            footer('https://tarnmouth.example/fares-2025/', 'https://tarnmouth.example/', [
              'Last year',
              'fares rose by 5 percent, as reported by',
            ]),
          ),
          item(
            5,
            footer('https://tarnmouth.example/5/', 'https://coast.example/', [
              'The post',
              'appeared first on',
            ]),
          ),
        ],
        '<title>Tarnmouth Gazette</title><link>https://tarnmouth.example/news</link>',
      ),
    });
    const report = await validateCorpus(dir);
    expect(report.problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^item "Story 3" .* is cut short \(it ends in an ellipsis/),
    ]);
    // Listed by `validate --verbose`, with its rule.
    expect(
      report.articles.flatMap((file) =>
        file.dropped.filter((line) => line.reason === 'syndication footer'),
      ),
    ).toEqual([
      {
        line: 'The post the post appeared first on Tarnmouth Gazette.',
        reason: 'syndication footer',
      },
      {
        line: 'This story the post was first published by Tarnmouth Gazette.',
        reason: 'syndication footer',
      },
    ]);
    const { articles } = await loadCorpus(dir);
    expect(articles.map((article) => article.text)).toEqual([
      FARES,
      FARES,
      `${FARES}\n\nLast year the post fares rose by 5 percent, as reported by Tarnmouth Gazette.`,
      `${FARES}\n\nThe post the post appeared first on Tarnmouth Gazette.`,
    ]);
  });
});

describe('items that are not the whole story', () => {
  it('refuses summaries and text cut short by name, and reads the rest of the feed and folder', async () => {
    const dir = await corpusOf({
      'story.txt': `Council approves budget\n\n${FUEL}`,
      'gazette.xml': rss([
        FARES_ITEM,
        '<title>Pier repairs begin</title><description>Repairs to the pier began on Monday.</description>',
        `<title>Library hours cut</title>${encoded('<p>The town library will open on four days a week from March, the council said, after a…</p>')}`,
        `<title>Bus route axed</title>${encoded('<p>The number 4 bus will stop running in May.</p><p><a href="https://tarnmouth.example/bus">Continue reading “Bus route axed” →</a></p>')}`,
      ]),
    });
    const report = await validateCorpus(dir);
    expect(report.problems).toEqual([
      {
        file: 'gazette.xml',
        message: expect.stringMatching(
          /^item "Pier repairs begin" of "Tarnmouth Gazette" carries only a summary \(its description.*\), not the story: save each story's page/,
        ),
      },
      {
        file: 'gazette.xml',
        message: expect.stringMatching(
          /^item "Library hours cut" of "Tarnmouth Gazette" is cut short \(it ends in an ellipsis, "… .*the council said, after a…"\)/,
        ),
      },
      {
        file: 'gazette.xml',
        message: expect.stringMatching(
          /^item "Bus route axed" .* is cut short \(it ends in a link to the rest/,
        ),
      },
    ]);
    expect(report.counts.articles).toBe(2);
  });

  it('refuses a news API export cut short, and reads one whose content is whole', async () => {
    const story = (content: string, title: string) => ({
      source: { id: null, name: 'Tarnmouth Gazette' },
      author: 'Nadia Fenwick',
      title,
      description: 'Fares will rise.',
      url: `https://tarnmouth.example/${title.length}`,
      publishedAt: '2026-02-17T09:30:00Z',
      content,
    });
    const dir = await corpusOf({
      'newsapi.json': JSON.stringify({
        status: 'ok',
        articles: [
          story(`${FARES.slice(0, 180)}… [+1450 chars]`, 'Ferry fares to rise'),
          story(`${LIBRARY}\n\n${FUEL}`, 'Library hours cut'),
        ],
      }),
    });
    const report = await validateCorpus(dir);
    expect(report.problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(
        /^item "Ferry fares to rise" is cut short \(it ends in ".*\[\+1450 chars\]", a count of what was left out\)/,
      ),
    ]);
    const { articles } = await loadCorpus(dir);
    expect(articles.map(({ meta, text }) => ({ ...meta, text }))).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/^newsapi\.json#[0-9a-f]{10}$/),
        title: 'Library hours cut',
        outlet: 'Tarnmouth Gazette',
        author: 'Nadia Fenwick',
        published: '2026-02-17',
        text: `${LIBRARY}\n\n${FUEL}`,
      }),
    ]);
  });
});

describe('bounds and malformed feeds', () => {
  it('names what is malformed and where, and reads the rest of the folder', async () => {
    const dir = await corpusOf({
      'story.txt': `Council approves budget\n\n${FUEL}`,
      'broken.xml': rss([FARES_ITEM]).replace('</item>', ''),
      'old.atom': `<?xml version="1.0"?><feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Tarn Post</title>
<entry><title>Fuel costs</title><issued>2005-02-17T09:30:00Z</issued><content type="text/html" mode="escaped">&lt;p&gt;${FUEL}&lt;/p&gt;</content></entry></feed>`,
      'entity.rss': rss([`<title>Fares&nbsp;rise</title>${encoded(`<p>${FARES}</p>`)}`]).replace(
        'Tarnmouth Gazette',
        'Tarnmouth &mdash;\n&bogus; Gazette',
      ),
    });
    const report = await validateCorpus(dir);
    expect(report.problems).toEqual([
      {
        file: 'broken.xml',
        message: expect.stringMatching(
          /^is not well-formed XML, so none of its items is read: .*"item" != "channel" \(near line \d+, column \d+\); save the feed again$/,
        ),
      },
      {
        file: 'entity.rss',
        // Named where it stands, whatever HTML's references stand before it on its line.
        message:
          'is not well-formed XML, so none of its items is read: &bogus; is an entity neither XML nor HTML defines (near line 4, column 1); save the feed again',
      },
      {
        file: 'old.atom',
        message: expect.stringMatching(
          /^is an Atom 0\.3 feed \(a draft replaced by Atom 1\.0, RFC 4287, in 2005\), which is not read: save the feed again/,
        ),
      },
    ]);
    expect(report.counts.articles).toBe(1);
  });

  it("reads HTML's named references, undeclared in XML, as HTML reads them", async () => {
    const dir = await corpusOf({
      'entities.rss': rss(
        [
          `<title>Fares&nbsp;rise &mdash; again</title><dc:creator>Ren&eacute;e Colvin</dc:creator>${encoded(`<p>${FARES}</p>`)}`,
          `<title>Caf&eacute;s</title><content:encoded>&lt;p&gt;${LIBRARY.replace('town library', 'town&rsquo;s library')}&lt;/p&gt;</content:encoded>`,
        ],
        '<title>Tarnmouth&nbsp;Gazette</title>',
      ),
    });
    const { articles } = await loadCorpus(dir);
    expect(articles.map(({ meta, text }) => ({ ...meta, text }))).toEqual([
      expect.objectContaining({
        title: 'Fares rise — again',
        author: 'Renée Colvin',
        outlet: 'Tarnmouth Gazette',
        text: FARES,
      }),
      expect.objectContaining({
        title: 'Cafés',
        text: LIBRARY.replace('town library', 'town’s library'),
      }),
    ]);
  });

  it('names where a parse error stands in the feed as written, its HTML references rewritten', async () => {
    const feed = rss([
      `<title>Caf&eacute;&eacute;s</title><link></b>${encoded(`<p>${FARES}</p>`)}`,
    ]);
    const report = await validateCorpus(await corpusOf({ 'late.rss': feed }));
    // The parser points at the element left open, "<link>", as the feed writes that line
    // ("&eacute;" is two characters longer than the "&#xe9;" the parser read).
    const line = feed.split('\n').findIndex((text) => text.includes('<link>'));
    const column = (feed.split('\n')[line]?.indexOf('<link>') ?? 0) + 1;
    expect(report.problems[0]?.message).toContain(
      `"link" != "b" (near line ${line + 1}, column ${column})`,
    );
  });

  it(`reads the first ${MAX_FEED_ITEMS} items of a feed and refuses one over the size limit`, async () => {
    const many = Array.from(
      { length: MAX_FEED_ITEMS + 5 },
      (_, n) =>
        `<title>Notice ${n}</title><guid>n-${n}</guid>${encoded(`<p>Notice number ${n} was posted at the town hall on Monday.</p>`)}`,
    );
    const dir = await corpusOf({
      'many.xml': rss(many),
      'huge.xml': rss([FARES_ITEM]).padEnd(MAX_ARTICLE_BYTES + 10, ' '),
    });
    const report = await validateCorpus(dir);
    expect(report.problems).toEqual([
      {
        file: 'huge.xml',
        message: expect.stringMatching(
          /^is \d+\.\d MiB \(\d+ bytes\); the limit .* is 5 MiB \(5242880 bytes\): it is not read$/,
        ),
      },
      {
        file: 'many.xml',
        message: `holds ${MAX_FEED_ITEMS + 5} items; only the first ${MAX_FEED_ITEMS} are read: split it into feeds of ${MAX_FEED_ITEMS} items or fewer`,
      },
    ]);
    expect(report.counts.articles).toBe(MAX_FEED_ITEMS);
  });
});
