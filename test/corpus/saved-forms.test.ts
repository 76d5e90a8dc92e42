/**
 * Pages in common saved forms (test/corpus/fixtures/saved-forms, invented): a WordPress post
 * saved as HTML and pasted as text (share and like boxes, "Related", "Posted in …", "Leave a
 * comment"), a local paper's page with its print-edition note, and a newsletter platform's post
 * (subscribe boxes, a thank-you note). Each gives its headline, byline and date, and its body
 * without furniture.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/corpus/load.js';
import type { ArticleFormat } from '../../src/corpus/formats.js';

const FOLDER = path.resolve('test/corpus/fixtures/saved-forms');

function read(file: string, format: ArticleFormat) {
  const analysis = analyseArticle({
    file,
    format,
    raw: readFileSync(path.join(FOLDER, file), 'utf8'),
  });
  return {
    ...analysis,
    title: analysis.stated.title ?? analysis.headline,
    published: analysis.stated.published ?? analysis.dateline,
    author: analysis.stated.author ?? analysis.author,
    outlet: analysis.stated.outlet ?? analysis.outlet,
    lines: analysis.dropped.map(({ line }) => line),
  };
}

describe('pages saved in common forms', () => {
  it('a WordPress post saved as HTML', () => {
    const page = read('wordpress.html', 'html');
    expect(page).toMatchObject({
      title: 'Quay Street cafés count the cost of roadworks',
      published: '2025-03-03',
      author: 'Tom Hendry',
      outlet: 'Wexmoor Voice',
    });
    expect(page.text.split('\n\n')).toEqual([
      'Cafés on Quay Street say takings have fallen by a third since the council dug up the road in January.',
      '“We have lost our lunchtime trade completely,” said Mira Osei, who runs the Harbour Cup. The council said the work would finish by the end of April.',
      'Traders will meet council officers at the town hall on 12 March to ask for a cut in business rates while the road is closed.',
    ]);
  });

  it('a WordPress post pasted as text', () => {
    const page = read('wordpress-pasted.txt', 'text');
    expect(page).toMatchObject({
      title: 'Harbour trust hires first full-time warden',
      published: '2025-03-06',
      author: 'Tom Hendry',
    });
    expect(page.text).toBe(
      [
        // The site's name above the headline, uncorroborated: a heading, never the title.
        'Wexmoor Voice',
        'Harbour trust hires first full-time warden',
        'The harbour trust has hired its first full-time warden to patrol the quays at night.',
        "The post is paid for by a grant from the county council, the trust's secretary, Owen Lake, said.",
      ].join('\n\n'),
    );
    // The menu pasted as one line of labels apart by wide gaps, the share and like boxes.
    expect(page.lines).toEqual(
      expect.arrayContaining([
        'Home Local News Sport Contact',
        'Share this:',
        'Facebook',
        'X',
        'Like this:',
        'Like Loading...',
        'Leave a comment',
      ]),
    );
  });

  it('a WordPress post clipped to Markdown', () => {
    const page = read('wordpress-clipped.md', 'markdown');
    expect(page).toMatchObject({
      // The clipper's title is the page's <title>: the site's name beside the headline, which
      // the page's address corroborates.
      title: 'Harbour trust hires first full-time warden',
      outlet: 'Wexmoor Voice',
      published: '2025-03-06',
      author: 'Tom Hendry',
    });
    expect(page.text.split('\n\n')).toEqual([
      'Harbour trust hires first full-time warden',
      'The harbour trust has hired its first full-time warden to patrol the quays at night.',
      "The post is paid for by a grant from the county council, the trust's secretary, Owen Lake, said.",
    ]);
    // The share box's list, one block an item.
    expect(page.lines).toEqual(expect.arrayContaining(['Share this:', 'Facebook', 'X']));
  });

  it('a local paper’s page with its print-edition note', () => {
    const page = read('print-edition.txt', 'text');
    expect(page).toMatchObject({
      title: 'Lifeboat crew called out twice in one night',
      // The page's dateline, not the print edition's date.
      published: '2025-03-04',
      author: 'Sarah Quill',
      outlet: 'The Wexmoor Gazette',
    });
    expect(page.text).not.toContain('print edition');
    expect(page.dropped).toContainEqual({
      line: 'This article appeared in the print edition of The Wexmoor Gazette on 5 March 2025.',
      reason: 'story status note',
    });
  });

  it('a newsletter platform’s post', () => {
    const page = read('newsletter-post.html', 'html');
    expect(page).toMatchObject({
      title: 'The tide mill question',
      published: '2025-03-06',
      author: 'Ana Ruiz',
      outlet: 'Estuary Notes',
    });
    expect(page.text.split('\n\n')).toEqual([
      'The trust that runs Holt tide mill says it needs £240,000 for a new wheel before the summer.',
      'Its chair, Gwen Adair, told me the old wheel cracked in the January storms. “Without a wheel it is a museum, not a mill,” she said.',
      'The county council has offered £40,000. The trust will apply to the heritage fund in April.',
    ]);
    expect(page.dropped).toContainEqual({
      line: 'Thanks for reading Estuary Notes! Subscribe for free to receive new posts and support my work.',
      reason: 'call to action',
    });
  });
});

describe('the rules those pages need, on sentences that look like them', () => {
  it.each([
    'This article appeared in the minutes of the council meeting in March.',
    'Thanks for reading the report, the minister told MPs, before she left.',
    'Share prices rose: analysts were surprised.',
    // A place to share to is a word of the text except under a share box's title.
    'Facebook',
    '12 likes and 3 shares later, the post was deleted.',
  ])('keeps "%s"', (sentence) => {
    const raw = `Harbour trust hires a warden\n\nThe trust hired a warden on Monday.\n\n${sentence}`;
    const page = analyseArticle({ file: 'a.txt', format: 'text', raw });
    expect(page.text).toContain(sentence);
  });

  it.each([
    'A version of this story appears in print on March 5, 2025, Section A, Page 1.',
    'This article appeared in the Saturday 8 March edition of the Gazette.',
    'Estuary Notes is a reader-supported publication. To receive new posts, consider becoming a paid subscriber.',
    'Thank you for reading! Subscribe to support our journalism.',
    '12 Likes 3 Restacks',
    'Type your email…',
  ])('drops "%s"', (line) => {
    const raw = `Harbour trust hires a warden\n\nThe trust hired a warden on Monday.\n\n${line}`;
    const page = analyseArticle({ file: 'a.txt', format: 'text', raw });
    expect(page.text).not.toContain(line);
    expect(page.dropped.map(({ line: dropped }) => dropped)).toContain(line);
  });
});
