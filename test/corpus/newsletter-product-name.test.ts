import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { subscribedPublication } from '../../src/corpus/mailing-outlet.js';
import {
  isSubjectNewsletterName,
  subjectNewsletterName,
} from '../../src/corpus/subject-newsletter-name.js';
import { validateCorpus } from '../../src/corpus/validate.js';
import { articleFolders } from '../support/corpus-fixture.js';
import { plainTextEmail } from '../support/email-fixture.js';

const { corpusOf, removeAll } = articleFolders();
afterEach(removeAll);

const HEADLINE = 'Ferry fares to rise by a fifth in April';
const STORY =
  'The ferry company will raise its fares by a fifth in April, its director said on Monday.';
const MORE = 'Islanders said they would ask the county council to step in before the spring.';
const FOOTER =
  'You are receiving this because you subscribed to the Gullmouth Briefing. Unsubscribe | Manage preferences';

/** A newsletter issue from `from` with the given `subject`, its masthead over the story. */
function issue(from: string, subject: string, masthead: string) {
  return plainTextEmail(
    [
      `From: ${from}`,
      'To: reader@example.net',
      `Subject: ${subject}`,
      'Date: Sat, 5 Jul 2025 07:00:00 +0100',
      'List-Id: Gullmouth Briefing <briefing.gullmouth-post.example>',
    ],
    [masthead, '', HEADLINE, '', 'By Ana Ruiz', '', STORY, '', MORE, '', FOOTER],
  );
}

describe('a newsletter named as a product (its Subject, masthead and footer)', () => {
  it('states no outlet: the sender naming itself as one does', async () => {
    const dir = await corpusOf({
      'brief.eml': issue(
        'Gullmouth Post <newsletter@gullmouth-post.example>',
        `The Gullmouth Briefing: ${HEADLINE}`,
        'THE GULLMOUTH BRIEFING',
      ),
    });
    const [article] = (await loadCorpus(dir)).articles;
    expect(article?.meta.outlet).toBe('Gullmouth Post');
    expect(article?.meta.title).toBe(HEADLINE);
    expect(article?.text).not.toContain('GULLMOUTH BRIEFING');
    // Every line left out is listed, the masthead among them.
    const report = await validateCorpus(dir);
    expect(report.articles[0]?.dropped).toContainEqual({
      line: 'THE GULLMOUTH BRIEFING',
      reason: 'masthead',
    });
  });

  it('leaves the outlet unknown when the sender names none', async () => {
    const dir = await corpusOf({
      'brief.eml': issue(
        'newsletter@gullmouth-post.example',
        `The Gullmouth Briefing: ${HEADLINE}`,
        'THE GULLMOUTH BRIEFING',
      ),
    });
    const [article] = (await loadCorpus(dir)).articles;
    expect(article?.meta.outlet).not.toBe('Gullmouth Briefing');
    expect(article?.meta.outlet ?? null).toBeNull();
  });

  it('keeps a line the Subject does not name as its newsletter', async () => {
    const dir = await corpusOf({
      'brief.eml': issue(
        'Gullmouth Post <newsletter@gullmouth-post.example>',
        HEADLINE,
        'THE GULLMOUTH BRIEFING',
      ),
    });
    const report = await validateCorpus(dir);
    expect(report.articles[0]?.dropped).not.toContainEqual({
      line: 'THE GULLMOUTH BRIEFING',
      reason: 'masthead',
    });
  });
});

describe('subscribedPublication', () => {
  it('reads no publication from a product name, a publication from an outlet name', () => {
    const footer = (line: string) => [{ line, reason: 'call to action' as const }];
    expect(subscribedPublication(footer(FOOTER))).toBeNull();
    expect(
      subscribedPublication(
        footer('You are receiving this because you subscribed to Copper Valley Weekly.'),
      ),
    ).toBe('Copper Valley Weekly');
    expect(
      subscribedPublication(
        footer(
          'You are receiving this because you subscribed to the Marrow Bay Gazette Morning Briefing.',
        ),
      ),
    ).toBe('Marrow Bay Gazette');
  });
});

describe('subjectNewsletterName', () => {
  it("is a product's name before the headline, never an outlet's or a kicker", () => {
    expect(subjectNewsletterName(`The Gullmouth Briefing: ${HEADLINE}`)).toBe(
      'The Gullmouth Briefing',
    );
    expect(subjectNewsletterName('Echo Daily Briefing | Ferry fares rise')).toBe(
      'Echo Daily Briefing',
    );
    expect(subjectNewsletterName('Flood warning: river to peak tonight')).toBeNull();
    expect(subjectNewsletterName('Copper Valley Weekly: Ferry fares rise')).toBeNull();
    expect(subjectNewsletterName('The Gullmouth Briefing')).toBeNull();
    expect(isSubjectNewsletterName('THE GULLMOUTH BRIEFING', `Gullmouth Briefing: x`)).toBe(true);
    expect(isSubjectNewsletterName('FERRY NEWS', `Gullmouth Briefing: x`)).toBe(false);
  });
});

describe('a message of header fields and no body', () => {
  it('is refused as having no text part, not as empty', async () => {
    const headersOnly = Buffer.from('From: x\r\nSubject: y\r\n', 'utf-8');
    const dir = await corpusOf({ 'cut.eml': headersOnly, 'ok.txt': `${HEADLINE}\n\n${STORY}\n` });
    const report = await validateCorpus(dir);
    expect(report.problems).toContainEqual({
      file: 'cut.eml',
      message: 'has no text part: its header fields are followed by no text',
    });
  });
});
