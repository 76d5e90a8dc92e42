import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { restatesHeading } from '../../src/corpus/package-title-headline.js';
import { articleFolders } from '../support/corpus-fixture.js';
import { plainTextEmail } from '../support/email-fixture.js';

const { corpusOf, removeAll } = articleFolders();
afterEach(removeAll);

/** A plain-text newsletter from the Tarn Valley Digest with `subject`, its body lines as given. */
const digest = (subject: string, body: string[]) =>
  plainTextEmail(
    [
      'From: Tarn Valley Digest <digest@tarnvalley.example>',
      'To: reader@example.org',
      'Date: Mon, 4 May 2026 08:00:00 +0100',
      `Subject: ${subject}`,
      'List-Unsubscribe: <https://tarnvalley.example/unsubscribe>',
    ],
    body,
  );

const HEADLINE = 'Bridge repairs to start in June';
const STORY =
  'Repairs to the stone bridge at Kellby will start in June, the council said on Friday.';
const MORE = 'The bridge has been closed to lorries since February, when engineers found cracks.';
/** The digest's nameplate: its name, a slogan of nine words, a pre-header, in one paragraph. */
const NAMEPLATE = [
  'TARN VALLEY DIGEST',
  'Your weekly round-up of news from the upper valley',
  'View this email in your browser: https://tarnvalley.example/digest/2026-05-04',
];
const body = [...NAMEPLATE, '', HEADLINE, '', 'By Mara Quill', '', STORY, '', MORE];

describe('restatesHeading', () => {
  it('is true for the heading alone or beside a name after a separator', () => {
    expect(restatesHeading(HEADLINE, HEADLINE)).toBe(true);
    expect(restatesHeading(`Tarn Valley Digest: ${HEADLINE}`, HEADLINE)).toBe(true);
    expect(restatesHeading(`${HEADLINE.toUpperCase()} | Tarn Valley Digest`, HEADLINE)).toBe(true);
  });

  it("is true whatever punctuation the subject sets between the heading's words", () => {
    const heading = 'QUARRY PLAN: COUNCIL REJECTS EXPANSION, APPEAL EXPECTED';
    const subject = 'Quarry plan - council rejects expansion, appeal expected';
    expect(restatesHeading(subject, heading)).toBe(true);
    expect(restatesHeading(`Tarn Valley Digest: ${subject}`, heading)).toBe(true);
    expect(restatesHeading(`${subject}!`, heading)).toBe(true);
  });

  it('is false for a heading the title only contains, or a word of it', () => {
    expect(restatesHeading(`Why ${HEADLINE}`, HEADLINE)).toBe(false);
    expect(restatesHeading(`${HEADLINE} is good news`, HEADLINE)).toBe(false);
    expect(restatesHeading('Digest: Bridge', 'Bridge')).toBe(false);
    // The same words with other words between them are another title.
    expect(
      restatesHeading(
        'Quarry plan: council now rejects expansion',
        'QUARRY PLAN: COUNCIL REJECTS EXPANSION',
      ),
    ).toBe(false);
  });
});

describe("an e-mail's subject restating a heading", () => {
  it('makes it the title over a slogan and a pre-header set in one paragraph above it', async () => {
    const dir = await corpusOf({ 'digest.eml': digest(`Tarn Valley Digest: ${HEADLINE}`, body) });
    const [article] = (await loadCorpus(dir)).articles;
    expect(article?.meta.title).toBe(HEADLINE);
    expect(article?.text).not.toContain('View this email');
  });

  it('leaves a subject naming no heading to the other rules', async () => {
    const dir = await corpusOf({ 'digest.eml': digest('Your Monday digest', body) });
    const [article] = (await loadCorpus(dir)).articles;
    // No rule tells the nine-word slogan from a headline here; the pre-header under it, a line
    // of its own, is still dropped, never run into the title.
    expect(article?.meta.title).not.toContain('View this email');
    expect(article?.text).not.toContain('View this email');
  });

  it('makes the heading the subject restates after the name the title, not the nameplate the name restates', async () => {
    // The nameplate is no outlet's name by its words ("Notes"), so only the subject tells it apart.
    const headline = 'QUARRY PLAN: COUNCIL REJECTS EXPANSION, APPEAL EXPECTED';
    const subject = 'Tarn Notes: Quarry plan - council rejects expansion, appeal expected';
    const dir = await corpusOf({
      'notes.eml': digest(subject, ['TARN NOTES', '', headline, '', STORY, '', MORE]),
    });
    const [article] = (await loadCorpus(dir)).articles;
    expect(article?.meta.title).toBe(headline);
  });

  it('leaves the nameplate the title when the subject restates only the name', async () => {
    const dir = await corpusOf({
      'notes.eml': digest('Tarn Notes: this week', ['TARN NOTES', '', STORY, '', MORE]),
    });
    const [article] = (await loadCorpus(dir)).articles;
    // No heading restated after the name: the rules before this one decide, never the subject.
    expect(article?.meta.title).not.toBe('Tarn Notes: this week');
  });
});
