/**
 * The cost of reading HTML articles: Readability on a linkedom DOM (src/corpus/html.ts), per
 * page, on invented news pages of a realistic size (~15 KB: head with meta tags and scripts,
 * navigation, cookie banner, 30 paragraphs, figures, related links, footer). Compared with
 * cleaning the same article as plain text, which every format goes through afterwards.
 *
 *   npx tsx bench/html-extraction.ts [--pages N]
 */
import { parseArgs } from 'node:util';
import { cleanArticle } from '../src/corpus/clean.js';
import { extractHtml } from '../src/corpus/html.js';
import { summarizeLatencies } from './stats.js';

/** Page `n`: different words per page, so no cache helps. */
export function inventedPage(n: number): string {
  const paragraphs = Array.from(
    { length: 30 },
    (_, i) =>
      `<p>The council of town ${n} voted ${i + 3} to ${i % 4} on Tuesday to fund item ${i} of the plan, ` +
      `officials said, after a debate that lasted ${i + 2} hours and drew residents from ${n % 7} districts.</p>` +
      (i % 8 === 0
        ? `<figure><img src="/p${i}.jpg"><figcaption>Residents at the meeting. (Photo by A. Reporter/Gazette)</figcaption></figure>`
        : ''),
  );
  const links = Array.from(
    { length: 40 },
    (_, i) => `<li><a href="/s/${i}">Story ${i} of section ${n}</a></li>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Town ${n} funds plan | Gazette</title>
<meta property="og:title" content="Town ${n} funds plan"><meta property="og:site_name" content="Gazette">
<meta property="article:published_time" content="2022-03-0${(n % 9) + 1}T10:00:00Z"><link rel="canonical" href="https://gazette.example/${n}">
<script>${'var x = 1;'.repeat(400)}</script><style>${'.a{b:c}'.repeat(300)}</style></head><body>
<div class="cookie-banner"><p>We use cookies. Accept all?</p><button>Accept</button></div>
<header><nav><ul>${links.slice(0, 12).join('')}</ul></nav></header>
<main><article><h1>Town ${n} funds plan</h1><p class="byline">By Ana Cruz</p>${paragraphs.join('\n')}
<aside class="related"><h3>Related</h3><ul>${links.slice(12, 24).join('')}</ul></aside></article></main>
<footer><ul>${links.slice(24).join('')}</ul><p>&copy; 2022 Gazette</p></footer></body></html>`;
}

const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** What {@link measureHtmlExtraction} measures. */
export type HtmlExtractionFigures = ReturnType<typeof measureHtmlExtraction>;

/** The figures as one line of the report. */
export function htmlExtractionLine(figures: HtmlExtractionFigures): string {
  const ms = (value: number) => value.toFixed(2);
  return (
    `HTML extraction, ${figures.pages} invented pages of ${figures.bytesPerPage} bytes: ` +
    `p50 ${ms(figures.extractMs.p50)} ms, p99 ${ms(figures.extractMs.p99)} ms, mean ${ms(figures.extractMs.mean)} ms per page ` +
    `(cleaning the extracted text: p50 ${ms(figures.cleanMs.p50)} ms)`
  );
}

/** Milliseconds per page to extract `pages` invented pages, and to clean their text. */
export function measureHtmlExtraction(pages: number) {
  const html = Array.from({ length: pages }, (_, n) => inventedPage(n));
  extractHtml(inventedPage(-1)); // load the modules and warm the JIT before timing
  const extract: number[] = [];
  const clean: number[] = [];
  for (const page of html) {
    const t0 = performance.now();
    const { text } = extractHtml(page);
    const t1 = performance.now();
    cleanArticle(text);
    clean.push(performance.now() - t1);
    extract.push(t1 - t0);
  }
  return {
    pages,
    bytesPerPage: Math.round(html.reduce((sum, page) => sum + page.length, 0) / pages),
    extractMs: { ...summarizeLatencies(extract), mean: mean(extract) },
    cleanMs: summarizeLatencies(clean),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { pages: { type: 'string', default: '200' } } });
  const pages = Number(values.pages);
  if (!Number.isInteger(pages) || pages < 1 || pages > 10_000) {
    process.stderr.write('html-extraction: --pages must be a whole number from 1 to 10000\n');
    process.exitCode = 2;
  } else {
    process.stdout.write(`${htmlExtractionLine(measureHtmlExtraction(pages))}\n`);
  }
}
