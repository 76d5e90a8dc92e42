import { afterEach, describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { articleFolders } from '../support/corpus-fixture.js';
import { plainTextEmail } from '../support/email-fixture.js';

const { corpusOf, removeAll } = articleFolders();
afterEach(removeAll);

const HEADLINE = 'Mooring fees rise for the first time in six years';
const STORY = 'The harbour board raised mooring fees by ten percent on Tuesday, its chair said.';
const MORE = 'Boat owners said they would appeal the decision at the next meeting in December.';
const HEADER = [
  '---------- Forwarded message ---------',
  'From: Marrow Bay Gazette <briefing@marrowbay.example>',
  'Date: Tue, 3 Nov 2026 at 06:01',
  'Subject: Gazette Briefing: Mooring fees rise',
  'To: <pat@example.org>',
];

/** A plain-text e-mail forwarded by a reader, with a note above the forwarded message. */
function forwarded(body: string[]): Buffer {
  return plainTextEmail(
    [
      'From: Pat Reader <pat@example.org>',
      'To: bot@example.org',
      'Date: Wed, 4 Nov 2026 08:30:00 +0000',
      'Subject: Fwd: Gazette Briefing: Mooring fees rise',
    ],
    body,
  );
}

describe('a forwarded message', () => {
  it("is the article: the forwarder's note and the header block are dropped, never the title", async () => {
    const dir = await corpusOf({
      'fwd.eml': forwarded([
        'For the archive - the fees story. Pat',
        '',
        ...HEADER,
        '',
        HEADLINE,
        '',
        STORY,
        '',
        MORE,
      ]),
    });
    const [article] = (await loadCorpus(dir)).articles;
    expect(article?.text).toBe(`${HEADLINE}\n\n${STORY}\n\n${MORE}`);
    expect(article?.meta.title).toBe(HEADLINE);
    // The forwarded Date is when the message was sent, not a dateline.
    expect(article?.meta.published).toBeNull();
  });

  it("names the forwarded message's sender for its newsletter masthead", async () => {
    const dir = await corpusOf({
      'fwd.eml': forwarded([...HEADER, '', 'MARROW BAY GAZETTE BRIEFING', '', HEADLINE, '', STORY]),
    });
    const [article] = (await loadCorpus(dir)).articles;
    expect(article?.meta).toMatchObject({ title: HEADLINE, outlet: 'Marrow Bay Gazette' });
    expect(article?.text).toBe(`${HEADLINE}\n\n${STORY}`);
  });

  it('is found under a note of any length when the subject marks a forward; its separator is never the title', async () => {
    const note = [
      'Hi all, passing this on.',
      'It is the fees story we talked about.',
      'Worth reading before the meeting.',
      'See you on Thursday.',
      'Cheers, Pat',
    ];
    const body = (subject: string) =>
      plainTextEmail(
        [
          'From: Pat Reader <pat@example.org>',
          'Date: Wed, 4 Nov 2026 08:30:00 +0000',
          `Subject: ${subject}`,
        ],
        [...note.flatMap((line) => [line, '']), ...HEADER, '', HEADLINE, '', STORY],
      );
    const dir = await corpusOf({
      'fwd.eml': body('Fwd: Mooring fees'),
      'plain.eml': body('Mooring fees'),
    });
    const articles = (await loadCorpus(dir)).articles;
    const fwd = articles.find((article) => article.meta.id === 'fwd');
    expect(fwd?.meta.title).toBe(HEADLINE);
    expect(fwd?.text).toBe(`${HEADLINE}\n\n${STORY}`);
    // Unmarked, the long note may be the article's, but the separator is a rule, never text.
    const plain = articles.find((article) => article.meta.id === 'plain');
    expect(plain?.text).toContain(note[0]);
    expect(plain?.text).not.toContain('Forwarded message');
    expect(plain?.meta.title).not.toContain('Forwarded message');
  });

  it('lists what it drops, and reads the separator alone over its fields', () => {
    const text = ['FYI', HEADER[0], HEADER.slice(1).join('\n'), HEADLINE, STORY].join('\n\n');
    const cleaned = cleanArticle(text);
    expect(cleaned.text).toBe(`${HEADLINE}\n\n${STORY}`);
    expect(cleaned.dropped).toContainEqual({ line: 'FYI', reason: "the forwarder's note" });
    expect(cleaned.dropped).toContainEqual({ line: HEADER[1], reason: 'forwarded message header' });
  });

  it('keeps an e-mail an article quotes further down, and a separator with no header fields', () => {
    const quoted = [
      HEADLINE,
      STORY,
      MORE,
      'The e-mail read:',
      HEADER.join('\n'),
      'Fees will rise.',
    ];
    expect(cleanArticle(quoted.join('\n\n')).text).toContain('From: Marrow Bay Gazette');
    const bare = ['Note', HEADER[0], HEADLINE, STORY].join('\n\n');
    expect(cleanArticle(bare).text).toContain('Note');
  });
});

describe('lines at the top with a dropped line between them', () => {
  it('are not one paragraph: the outlet line under a byline is never glued to the headline', () => {
    const text = [
      'Ferry fares rise for the first time in six years\nBy Ana Ruiz\nRadio Tarn News\nWednesday 14 January 2026, 07:30',
      STORY,
    ].join('\n\n');
    const cleaned = cleanArticle(text);
    expect(cleaned.headline).toBe('Ferry fares rise for the first time in six years');
    expect(cleaned.text).not.toContain('years Radio Tarn News');
  });

  it('keeps a headline wrapped over two lines as one', () => {
    const text = ['Ferry fares rise for the first time\nin six years', STORY].join('\n\n');
    expect(cleanArticle(text).headline).toBe('Ferry fares rise for the first time in six years');
  });
});
