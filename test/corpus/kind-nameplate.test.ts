/**
 * A newsletter's name over the kind of publication it is ("FENWAY WALKERS" / "Members'
 * bulletin") is its nameplate, never its title, when the message names it as its own publication
 * (its `From` or its `Subject`); the heading the `Subject` restates in part is the headline.
 * Each rule keeps its look-alike: the same two lines the message does not name, a heading the
 * subject shares no words with. Invented club and news.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { isKindLine, isMessagePublication } from '../../src/corpus/kind-nameplate.js';
import {
  restatedHeadline,
  restatesHeadingInPart,
} from '../../src/corpus/package-title-headline.js';
import type { Paragraph } from '../../src/corpus/types.js';
import { articleFolders } from '../support/corpus-fixture.js';
import { plainTextEmail } from '../support/email-fixture.js';

const { corpusOf, removeAll } = articleFolders();
afterEach(removeAll);

const CLUB = 'Fenway Walkers <hello@fenwaywalkers.example>';
const SUBJECT = 'Fenway Walkers bulletin: after the landslip';
const HEADLINE = 'After the landslip: where we walk now';
const STORY = [
  'The coast path below Hobb Point has been shut since the landslip on Sunday, the council said.',
  'Our Thursday walks will start from the church car park until the path reopens.',
];

/** A plain-text message from `from` with `subject`, its body `top` over the headline and story. */
const message = (top: string[], from = CLUB, subject = SUBJECT) =>
  plainTextEmail(
    [
      `From: ${from}`,
      'To: members@fenwaywalkers.example',
      `Subject: ${subject}`,
      'Date: Tue, 14 Apr 2026 18:00:00 +0000',
    ],
    [
      ...top,
      '',
      HEADLINE,
      '',
      ...STORY.flatMap((paragraph) => [paragraph, '']),
      'Best wishes,',
      'Ana Ruiz',
      'Chair, Fenway Walkers',
    ],
  );

/** The one article read from `bytes`. */
async function read(bytes: Buffer) {
  const dir = await corpusOf({ 'bulletin.eml': bytes });
  const [article] = (await loadCorpus(dir)).articles;
  if (article === undefined) throw new Error('no article');
  return article;
}

describe("a newsletter's name over its kind of publication", () => {
  it('is its nameplate, dropped, never the title, in one block', async () => {
    const article = await read(message(['FENWAY WALKERS', "Members' bulletin"]));
    expect(article.meta.title).toBe(HEADLINE);
    expect(article.text).toBe([HEADLINE, ...STORY].join('\n\n'));
    // The sender's name as a nameplate: stated as the sender's line under a title states it, and
    // a masthead naming the sender shows the message its own mailing, published when sent.
    expect(article.meta.outlet).toBe('Fenway Walkers');
    expect(article.meta.published).toBe('2026-04-14');
  });

  it('is its nameplate as two paragraphs too', async () => {
    const article = await read(message(['FENWAY WALKERS', '', "Members' bulletin"]));
    expect(article.meta.title).toBe(HEADLINE);
    expect(article.text).toBe([HEADLINE, ...STORY].join('\n\n'));
  });

  it('is its nameplate when only the Subject names it, stating no outlet', async () => {
    const article = await read(
      message(['FENWAY WALKERS', "Members' bulletin"], 'Ana Ruiz <ana.ruiz@example.org>'),
    );
    expect(article.meta.title).toBe(HEADLINE);
    expect(article.text).toBe([HEADLINE, ...STORY].join('\n\n'));
    expect(article.meta.outlet).toBeNull();
  });

  it('stays when the message does not name it', async () => {
    const article = await read(
      message(
        ['HOBB POINT', 'Residents update'],
        'Ana Ruiz <ana.ruiz@example.org>',
        'Path news from the club',
      ),
    );
    expect(article.text).toContain('HOBB POINT');
    expect(article.text).toContain('Residents update');
  });

  it('reads a kind line and the publication the message names', () => {
    expect(isKindLine("Members' bulletin")).toBe(true);
    expect(isKindLine('Parish news')).toBe(true);
    expect(isKindLine('Newsletter')).toBe(true);
    expect(isKindLine('Members bulletin, May 2026')).toBe(false);
    expect(isKindLine('the path is shut')).toBe(false);
    expect(isKindLine('Walkers turn back at the landslip')).toBe(false);
    const bySubject = { sender: null, subject: SUBJECT };
    expect(isMessagePublication('FENWAY WALKERS', bySubject)).toBe(true);
    expect(
      isMessagePublication('Fenway Walkers', { sender: 'Fenway Walkers', subject: null }),
    ).toBe(true);
    expect(isMessagePublication('HOBB POINT', bySubject)).toBe(false);
    // One word of the Subject is too little to tell a name.
    expect(isMessagePublication('FENWAY', bySubject)).toBe(false);
  });
});

describe('a heading the Subject restates in part', () => {
  it("is a part's content words all recurring in the heading", () => {
    expect(restatesHeadingInPart(SUBJECT, HEADLINE)).toBe(true);
    expect(
      restatesHeadingInPart('Bridge to reopen in June', 'Bridge repairs: road to reopen in June'),
    ).toBe(true);
    expect(restatesHeadingInPart(SUBJECT, 'Hobb Point path shut')).toBe(false);
    // One shared word is too little: "landslip" alone.
    expect(restatesHeadingInPart('Landslip', HEADLINE)).toBe(false);
  });

  it('makes the lower heading the headline, under a heading the Subject names too', () => {
    const headings = ['Fenway Walkers news for members', HEADLINE];
    const text = [...headings, STORY[0]].join('\n\n');
    const paragraphs: Paragraph[] = [];
    let start = 0;
    for (const [index, paragraph] of [...headings, STORY[0] ?? ''].entries()) {
      paragraphs.push({
        start,
        end: start + paragraph.length,
        kind: index < headings.length ? 'heading' : 'body',
      });
      start += paragraph.length + 2;
    }
    expect(restatedHeadline(SUBJECT, text, paragraphs)).toBe(HEADLINE);
  });
});
