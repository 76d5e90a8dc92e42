import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { validateCorpus } from '../../src/corpus/validate.js';
import { outletAndDate } from '../../src/framework/render/source.js';
import { articleFolders } from '../support/corpus-fixture.js';

const { corpusOf, removeAll } = articleFolders();
afterEach(removeAll);

/** An e-mail's bytes from its lines (CRLF line ends, bytes as written: `latin1`). */
const message = (lines: string[]) => Buffer.from(lines.join('\r\n'), 'latin1');

const HEADERS = [
  'From: Ana Ruiz <ana@kestrel.example>',
  'To: desk@newsroom.example',
  'Date: Wed, 4 Nov 2026 08:30:00 +0000',
  'Message-ID: <n1@kestrel.example>',
  'MIME-Version: 1.0',
];

const STORY =
  'The harbour board raised mooring fees by ten percent on Tuesday, the first rise in six years.';

/** A newsletter: plain text and HTML alternatives, and a file attached after them. */
function newsletter(subject: string, html: string): Buffer {
  return message([
    ...HEADERS,
    `Subject: ${subject}`,
    'Content-Type: multipart/mixed; boundary="outer"',
    '',
    '--outer',
    'Content-Type: multipart/alternative; boundary="alt"',
    '',
    '--alt',
    'Content-Type: text/plain; charset=utf-8',
    '',
    `PLAIN VERSION. ${STORY}`,
    '--alt',
    'Content-Type: text/html; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    html,
    '--alt--',
    '--outer',
    'Content-Type: text/plain; name="minutes.txt"',
    'Content-Disposition: attachment; filename="minutes.txt"',
    '',
    'Attached minutes: the board met at noon and adjourned at four.',
    '--outer--',
    '',
  ]);
}

describe('e-mailed articles (.eml)', () => {
  it('reads the HTML part; the subject is the title only when the body states none', async () => {
    const dir = await corpusOf({
      'fees.eml': newsletter(
        'Fwd: =?utf-8?Q?Harbour_fees_rise_=E2=80=93_first_time_in_six_years?=',
        `<html><body><table><tr><td><p>${STORY}</p><p>Boat owners said they would appeal the d=\r\necision.</p></td></tr></table></body></html>`,
      ),
      'headed.eml': newsletter(
        'Your Tuesday briefing',
        `<html><body><h1>Harbour fees rise</h1><p>${STORY}</p><p>Boat owners said they would appeal.</p></body></html>`,
      ),
    });
    const corpus = await loadCorpus(dir);
    const fees = corpus.articles.find((article) => article.meta.id === 'fees');
    expect(fees?.text).toContain(STORY);
    expect(fees?.text).toContain('Boat owners said they would appeal the decision.');
    expect(fees?.text).not.toContain('PLAIN VERSION');
    expect(fees?.text).not.toContain('Attached minutes');
    // Date and From are the sending, never the article's publication date or byline.
    expect(fees?.meta).toMatchObject({
      title: 'Harbour fees rise – first time in six years',
      published: null,
      author: null,
      outlet: null,
      url: null,
    });
    const headed = corpus.articles.find((article) => article.meta.id === 'headed');
    expect(headed?.meta.title).toBe('Harbour fees rise');
  });

  it('reads a plain-text message in its stated charset, its headline before the subject', async () => {
    const dir = await corpusOf({
      'plain.eml': message([
        ...HEADERS,
        'Subject: Re: this week',
        'Content-Type: text/plain; charset=windows-1252',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        'Caf=E9 Owners Win Appeal',
        '',
        'The caf=E9 owners won their appeal on Monday, the court=92s clerk said, ending a =',
        '=93long and costly=94 dispute with the council.',
        '',
      ]),
      'untitled.eml': message([
        ...HEADERS,
        'Subject: RE: Fwd: Ferry timetable',
        '',
        'The island ferry will sail every hour from May, the operator said on Friday.',
        '',
      ]),
    });
    const corpus = await loadCorpus(dir);
    const plain = corpus.articles.find((article) => article.meta.id === 'plain');
    expect(plain?.meta.title).toBe('Café Owners Win Appeal');
    expect(plain?.text).toContain(
      'The café owners won their appeal on Monday, the court’s clerk said, ending a “long and costly” dispute with the council.',
    );
    expect(corpus.articles.find((article) => article.meta.id === 'untitled')?.meta.title).toBe(
      'Ferry timetable',
    );
    const report = await validateCorpus(dir);
    expect(report.articles.find((article) => article.file === 'plain.eml')).toMatchObject({
      encoding: 'windows-1252',
      encodingDetected: false,
    });
  });

  it('gives a file that is no message, a cut-short one or one without text a problem of its own', async () => {
    const dir = await corpusOf({
      'binary.eml': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]),
      'cut.eml': message([
        ...HEADERS,
        'Subject: Cut',
        'Content-Type: multipart/alternative; boundary="alt"',
        '',
        '--alt',
        'Content-Type: text/plain',
        '',
        STORY,
      ]),
      'image-only.eml': message([
        ...HEADERS,
        'Subject: Photo',
        'Content-Type: image/png',
        'Content-Transfer-Encoding: base64',
        '',
        'iVBORw0KGgo=',
        '',
      ]),
      'whole.eml': message([...HEADERS, 'Subject: Fees', '', STORY, '']),
    });
    const report = await validateCorpus(dir);
    expect(report.problems).toEqual([
      {
        file: 'binary.eml',
        message: expect.stringMatching(/^is not an e-mail message: it has none of the headers/),
      },
      {
        file: 'cut.eml',
        message: expect.stringMatching(/^is cut short: its MIME parts never end/),
      },
      {
        file: 'image-only.eml',
        message: 'has no text part: no HTML or plain-text part that is not an attachment',
      },
    ]);
    expect(report.counts.articles).toBe(1);
  });
});

describe("a mailing list's message: published by being sent", () => {
  /** A plain-text message from `from` with `headers` over the standard ones, its body `lines`. */
  const plain = (headers: string[], lines: string[], from = 'Grain Weekly <news@grain.example>') =>
    message([
      `From: ${from}`,
      'To: reader@example.org',
      'Subject: Grain Weekly: mill protest',
      'Date: Fri, 7 Nov 2025 23:30:00 -0500',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      ...headers,
      '',
      ...lines,
      '',
    ]);
  const BODY = [
    'Farmers rally at Hollin Mills',
    '',
    'On Thursday, around 300 farmers rallied outside Hollin Mills against the sale.',
  ];

  it("takes a list message's Date as its publication date, after any date the article states", async () => {
    const dir = await corpusOf({
      // List-Id (RFC 2919); the calendar date as stated, not converted to UTC.
      'listed.eml': plain(['List-Id: Grain Weekly <weekly.grain.example>'], BODY),
      // List-Unsubscribe (RFC 2369) alone says so too.
      'unsubscribe.eml': plain(['List-Unsubscribe: <mailto:leave@grain.example>'], BODY),
      // The article's own dateline comes first.
      'dated.eml': plain(
        ['List-Id: <weekly.grain.example>'],
        [...BODY.slice(0, 2), '6 November 2025', '', ...BODY.slice(2)],
      ),
      // A publication's own message, on no list: its issue, published when sent.
      'issue.eml': plain([], BODY),
      // A person's message (an article pasted for a reader): its Date is only when it was sent.
      'personal.eml': plain([], BODY, 'Ana Ruiz <ana@grain.example>'),
      // A list message forwarding an article: the date it was forwarded, not published.
      'forward.eml': plain(
        ['List-Id: <talk.grain.example>'],
        [
          'Worth a read.',
          '',
          '---------- Forwarded message ---------',
          'From: Mill Courier <news@mill.example>',
          'Date: Mon, 3 Nov 2025 08:00:00 +0000',
          'Subject: Farmers rally',
          '',
          ...BODY,
        ],
      ),
    });
    const { articles } = await loadCorpus(dir);
    expect(Object.fromEntries(articles.map(({ meta }) => [meta.file, meta.published]))).toEqual({
      'listed.eml': '2025-11-07',
      'unsubscribe.eml': '2025-11-07',
      'dated.eml': '2025-11-06',
      'issue.eml': '2025-11-07',
      'personal.eml': null,
      'forward.eml': null,
    });
  });

  it('says the outlet and date are unknown, not unstated, where only the sender and sending date give them', async () => {
    const PERSON = 'Ana Ruiz <ana@grain.example>';
    const dir = await corpusOf({
      // Sent by a person: a name that names no outlet (mailing-outlet.ts).
      'listed.eml': plain(['List-Id: Grain Weekly <weekly.grain.example>'], BODY, PERSON),
      'personal.eml': plain([], BODY, PERSON),
      'dated.eml': plain(
        [],
        [...BODY.slice(0, 2), '6 November 2025', '', ...BODY.slice(2)],
        PERSON,
      ),
      // A sender naming itself as an outlet states it.
      'outlet.eml': plain([], BODY),
      // A message naming no sender and giving no date states neither.
      'bare.eml': message([
        'Subject: Mill protest',
        'Content-Type: text/plain; charset=utf-8',
        '',
        ...BODY,
        '',
      ]),
      'entry.eml': plain([], BODY),
    });
    await writeFile(
      path.join(dir, 'articles.json'),
      JSON.stringify({
        articles: [{ file: 'entry.eml', outlet: 'Grain Weekly', published: null }],
      }),
    );
    const { articles } = await loadCorpus(dir);
    const meta = Object.fromEntries(articles.map(({ meta }) => [meta.file, meta]));
    const flags = (file: string) => ({
      outlet: meta[file]?.outletUnconfirmed ?? false,
      published: meta[file]?.publishedUnconfirmed ?? false,
    });
    // The list's Date is read as the publication date; a person sending it is not the outlet.
    expect(flags('listed.eml')).toEqual({ outlet: true, published: false });
    expect(flags('personal.eml')).toEqual({ outlet: true, published: true });
    expect(flags('dated.eml')).toEqual({ outlet: true, published: false });
    expect(flags('bare.eml')).toEqual({ outlet: false, published: false });
    // A sender naming itself as a publication states the outlet, and its Date the date.
    expect(meta['outlet.eml']).toMatchObject({ outlet: 'Grain Weekly', published: '2025-11-07' });
    expect(flags('outlet.eml')).toEqual({ outlet: false, published: false });
    // What articles.json says (a value, or null: unknown there) is left as it says.
    expect(flags('entry.eml')).toEqual({ outlet: false, published: false });
    expect(outletAndDate({ ...meta['personal.eml']!, outlet: null, published: null })).toBe(
      'Outlet unknown · date unknown',
    );
    expect(outletAndDate(meta['bare.eml']!)).toBe('Outlet and date not stated');
    const report = await validateCorpus(dir);
    expect(report.notes.map(({ file, message }) => `${file}: ${message}`)).toContain(
      'listed.eml: its outlet is unknown: an e-mail\'s sender is not its outlet by itself (give "outlet" in articles.json)',
    );
    expect(report.notes.map(({ file, message }) => `${file}: ${message}`)).toContain(
      'personal.eml: its outlet and date are unknown: an e-mail\'s sender is not its outlet by itself, and its sending date is its publication date only for a newsletter\'s issue: sent to a mailing list, by a publication or signed by its sender (give "outlet" and "published" in articles.json)',
    );
  });
});
