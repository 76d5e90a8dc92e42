import { afterEach, describe, expect, it } from 'vitest';
import { validateCorpus } from '../../src/corpus/validate.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { articleFolders } from '../support/corpus-fixture.js';

const { corpusOf, removeAll } = articleFolders();
afterEach(removeAll);

const BOUNDARY = '----MultipartBoundary--Hk3v----';

/** A page save as Chrome writes it (CRLF line ends; the page quoted-printable, its parts after it). */
function mhtml(options: {
  page: string;
  charset?: string;
  location?: string;
  frame?: string;
  close?: boolean;
}): Buffer {
  const lines = [
    'From: <Saved by Blink>',
    `Snapshot-Content-Location: ${options.location ?? 'https://harbour.example/news/ferry?utm_source=feed'}`,
    'Subject: =?utf-8?Q?Ferry_line_approved_=E2=80=93_Harbour_Weekly?=',
    'Date: Tue, 3 Nov 2026 10:15:00 -0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    `\tboundary="${BOUNDARY}"`,
    '',
    '',
    `--${BOUNDARY}`,
    `Content-Type: text/html${options.charset ? `; charset=${options.charset}` : ''}`,
    'Content-ID: <frame-A1@mhtml.blink>',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Location: https://harbour.example/news/ferry?utm_source=feed',
    '',
    options.page,
    `--${BOUNDARY}`,
    'Content-Type: text/css',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Location: https://harbour.example/site.css',
    '',
    'nav { display: flex; }',
  ];
  if (options.frame !== undefined)
    lines.push(
      `--${BOUNDARY}`,
      'Content-Type: text/html',
      'Content-ID: <frame-B2@mhtml.blink>',
      'Content-Transfer-Encoding: quoted-printable',
      'Content-Location: cid:frame-B2@mhtml.blink',
      '',
      options.frame,
    );
  if (options.close !== false) lines.push(`--${BOUNDARY}--`, '');
  return Buffer.from(lines.join('\r\n'), 'latin1');
}

/** The page, quoted-printable: `=3D` is `=`, `=E2=80=99` a UTF-8 ’, a line ending `=` continues. */
const PAGE = [
  '<!DOCTYPE html><html><head><meta charset=3D"utf-8"><title>Ferry line approved =',
  '=E2=80=93 Harbour Weekly</title></head><body><nav>Home | News | Sport</nav>',
  '<article><h1>Ferry line approved</h1>',
  '<p>The harbour council approved a new ferry line to Gull Island on Tuesday, ending a two-y=',
  'ear dispute over the route.</p>',
  '<p>The ferry will run every hour from March, the council=E2=80=99s transport chair said.</p>',
  '<iframe src=3D"cid:frame-B2@mhtml.blink"></iframe></article></body></html>',
].join('\r\n');

const FRAME =
  '<html><body><p>Advertisement: buy a boat today from Dockside Marine, the finest boats in the bay.</p></body></html>';

describe('MHTML page saves (.mhtml, .mht)', () => {
  it('reads the root page through the HTML reader, never a frame saved beside it', async () => {
    const dir = await corpusOf({ 'ferry.mhtml': mhtml({ page: PAGE, frame: FRAME }) });
    const corpus = await loadCorpus(dir);
    expect(corpus.articles).toHaveLength(1);
    const [article] = corpus.articles;
    expect(article?.text).toContain(
      'The harbour council approved a new ferry line to Gull Island on Tuesday, ending a two-year dispute over the route.',
    );
    expect(article?.text).toContain('the council’s transport chair said.');
    expect(article?.text).not.toContain('Dockside');
    expect(article?.text).not.toContain('Home | News');
    // The saved-at Date header is not a publication date; the address is the snapshot's.
    expect(article?.meta).toMatchObject({
      id: 'ferry',
      title: 'Ferry line approved',
      published: null,
      url: 'https://harbour.example/news/ferry?utm_source=feed',
    });
  });

  it('takes the page’s own canonical address before the snapshot’s', async () => {
    const page = PAGE.replace(
      '<title>',
      '<link rel=3D"canonical" href=3D"https://harbour.example/news/ferry"><title>',
    );
    const corpus = await loadCorpus(await corpusOf({ 'FERRY.MHT': mhtml({ page }) }));
    expect(corpus.articles[0]?.meta.url).toBe('https://harbour.example/news/ferry');
  });

  it('decodes the page in the charset its part states (windows-1252 curly quotes)', async () => {
    const page = PAGE.replace('<meta charset=3D"utf-8">', '').replace('=E2=80=99', '=92');
    const dir = await corpusOf({ 'ferry.mhtml': mhtml({ page, charset: 'windows-1252' }) });
    const corpus = await loadCorpus(dir);
    expect(corpus.articles[0]?.text).toContain('the council’s transport chair said.');
    const report = await validateCorpus(dir);
    expect(report.articles[0]).toMatchObject({ file: 'ferry.mhtml', encoding: 'windows-1252' });
    expect(report.articles[0]?.encodingDetected).toBe(false);
  });

  it('gives a cut-short or non-MIME file a problem of its own and loads the rest', async () => {
    const dir = await corpusOf({
      'cut.mhtml': mhtml({ page: PAGE, close: false }),
      'renamed.mhtml': '<html><body><p>A page saved as HTML, renamed.</p></body></html>',
      'pdf.mhtml': Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x13]),
      'whole.mhtml': mhtml({ page: PAGE }),
    });
    const report = await validateCorpus(dir);
    expect(report.problems).toEqual([
      {
        file: 'cut.mhtml',
        message: expect.stringMatching(/^is cut short: its MIME parts never end/),
      },
      {
        file: 'pdf.mhtml',
        message: 'is not an MHTML page save: it has no MIME Content-Type header',
      },
      {
        file: 'renamed.mhtml',
        message: 'is not an MHTML page save: it has no MIME Content-Type header',
      },
    ]);
    expect(report.counts.articles).toBe(1);
    const corpus = await loadCorpus(dir);
    expect(corpus.articles.map((article) => article.meta.file)).toEqual(['whole.mhtml']);
  });

  it('says when the root part is not a page', async () => {
    const save = mhtml({ page: PAGE })
      .toString('latin1')
      .replace('Content-Type: text/html', 'Content-Type: image/png');
    const report = await validateCorpus(
      await corpusOf({ 'image.mhtml': Buffer.from(save, 'latin1') }),
    );
    expect(report.problems).toEqual([
      { file: 'image.mhtml', message: 'holds no HTML page: its root part is image/png' },
    ]);
  });
});
