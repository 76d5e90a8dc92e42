import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { newsletterMasthead } from '../../src/corpus/newsletter-masthead.js';
import { validateCorpus } from '../../src/corpus/validate.js';
import { articleFolders } from '../support/corpus-fixture.js';

const { corpusOf, removeAll } = articleFolders();
afterEach(removeAll);

const HEADLINE = 'Ferry timetable cut for the winter months';
const STORY =
  'The ferry operator will run four crossings a day from January, its manager said on Monday.';
const MORE =
  'Islanders said the change would leave commuters waiting for over an hour each evening.';

/** An HTML e-mail from `from` whose body is `html`, sent `date` (RFC 5322 date-time). */
function htmlMessage(from: string, html: string, date = 'Thu, 5 Nov 2026 06:00:00 +0000') {
  return Buffer.from(
    [
      `From: ${from}`,
      `Date: ${date}`,
      'Subject: Today',
      'MIME-Version: 1.0',
      'Content-Type: text/html; charset=utf-8',
      '',
      html,
      '',
    ].join('\r\n'),
  );
}

/** A newsletter laid out in table cells: its name and date in one, the story in the next. */
const tableNewsletter = (top: string) =>
  `<html><body><table><tr><td>${top}</td></tr><tr><td><h1>${HEADLINE}</h1>` +
  `<p>${STORY}</p><p>${MORE}</p></td></tr></table></body></html>`;

describe('a newsletter set in table cells', () => {
  it('reads the masthead naming the sender by its initials, and the date line above the headline', async () => {
    const dir = await corpusOf({
      'issue.eml': htmlMessage(
        '"Kellan Bay Gazette" <news@kbg.example>',
        tableNewsletter('<h2>KBG DAILY</h2><p>Thursday 5 November 2026</p>'),
      ),
    });
    const corpus = await loadCorpus(dir);
    expect(corpus.articles[0]?.meta).toMatchObject({
      title: HEADLINE,
      outlet: 'Kellan Bay Gazette',
      published: '2026-11-05',
    });
    const report = await validateCorpus(dir);
    expect(report.articles[0]?.dropped).toEqual(
      expect.arrayContaining([
        { line: 'KBG DAILY', reason: 'masthead' },
        { line: 'Thursday 5 November 2026', reason: 'dateline' },
      ]),
    );
  });

  it("takes no date from a line far above the headline, nor initials that are not the sender's", async () => {
    const dir = await corpusOf({
      'issue.eml': htmlMessage(
        '"Kellan Bay Gazette" <news@kbg.example>',
        tableNewsletter(
          '<h2>KBX DAILY</h2><p>Thursday 5 November 2026</p><p><a href="/a">Home</a> | <a href="/b">Sport</a></p><p>Weather: rain later</p>',
        ),
        'Fri, 6 Nov 2026 06:00:00 +0000',
      ),
    });
    const corpus = await loadCorpus(dir);
    // The outlet is the sender's name, naming itself as one (mailing-outlet.ts), not the line's;
    // the date is the sending (its Date, a publication's own message), not the line's.
    expect(corpus.articles[0]?.meta).toMatchObject({
      outlet: 'Kellan Bay Gazette',
      published: '2026-11-06',
    });
    const report = await validateCorpus(dir);
    expect(report.articles[0]?.dropped).not.toContainEqual({
      line: 'KBX DAILY',
      reason: 'masthead',
    });
  });

  it('reads initials only with a newsletter word after them, and only of a name of two words or more', () => {
    expect(newsletterMasthead('KBG DAILY', 'Kellan Bay Gazette')?.publication).toBe(
      'Kellan Bay Gazette',
    );
    expect(newsletterMasthead('KBG', 'Kellan Bay Gazette')).toBeNull();
    expect(newsletterMasthead('KBG RESULTS', 'Kellan Bay Gazette')).toBeNull();
    expect(newsletterMasthead('K DAILY', 'Kellan')).toBeNull();
  });
});
