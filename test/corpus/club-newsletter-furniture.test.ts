/**
 * A club's plain-text newsletter: its issue line ("Members bulletin, May 2026") and the name over
 * it, its one-word section headings, the letter's close with the signature block under it and the
 * club's registration line are furniture, never passages; the message's Subject is then its
 * title. Each rule keeps its look-alike: a one-line body paragraph that is a sentence, a quote
 * ending a paragraph, a short list item without a full stop. Invented club and news.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { cleanArticle } from '../../src/corpus/clean.js';
import { isIssueLine } from '../../src/corpus/issue-line.js';
import { isRegistrationLine } from '../../src/corpus/registration-line.js';
import { articleFolders } from '../support/corpus-fixture.js';
import { plainTextEmail } from '../support/email-fixture.js';

const { corpusOf, removeAll } = articleFolders();
afterEach(removeAll);

const SUBJECT = 'Cycle Notes: the club ride moves to the ridge road from Saturday';
/** A plain-text e-mail from "Vale Cycling Society", its body lines as given. */
const message = (body: string[]) =>
  plainTextEmail(
    [
      'From: Vale Cycling Society <news@valecycling.example>',
      'To: members@valecycling.example',
      'Date: Tue, 12 May 2026 09:00:00 +0000',
      `Subject: ${SUBJECT}`,
    ],
    body,
  );

const RIDE =
  'The Saturday club ride will start from the ridge road car park this weekend, the committee decided on Thursday.';
const CLIMB =
  'The spring hill climb drew forty-two riders to Cobb Hill on Sunday, and Priya Lal set a course record.';
const COACH = 'The society has hired a part-time coach, Dan Okafor, to lead the junior sessions.';

/** The article read from one message with `body`: its title, paragraphs and dropped lines. */
async function read(body: string[]) {
  const dir = await corpusOf({ 'bulletin.eml': message(body) });
  const [article] = (await loadCorpus(dir)).articles;
  if (article === undefined) throw new Error('no article');
  return {
    title: article.meta.title,
    paragraphs: article.paragraphs.map((p) => article.text.slice(p.start, p.end)),
  };
}

describe("a club newsletter's furniture", () => {
  it('leaves only the reporting, titled by the Subject', async () => {
    const { title, paragraphs } = await read([
      'VALE CYCLING SOCIETY',
      'Members bulletin, May 2026',
      '',
      RIDE,
      '',
      'Races',
      '',
      CLIMB,
      '',
      'Staff',
      COACH,
      '',
      'Best wishes,',
      'Mara Quist',
      'Secretary, Vale Cycling Society',
      '',
      'Vale Cycling Society, Registered Charity No. 5678',
    ]);
    expect(paragraphs).toEqual([RIDE, CLIMB, COACH]);
    expect(title).toBe(SUBJECT);
  });

  it("drops the close and the signature in a block of their own, each as the signature's", () => {
    const cleaned = cleanArticle(
      [RIDE, CLIMB, 'Kind regards,', 'Mara Quist\nSecretary\n07700 900123'].join('\n\n'),
    );
    expect(cleaned.text).toBe([RIDE, CLIMB].join('\n\n'));
    expect(cleaned.dropped).toEqual(
      ['Kind regards,', 'Mara Quist', 'Secretary', '07700 900123'].map((line) => ({
        line,
        reason: 'signature block',
      })),
    );
  });

  it.each([
    'With best wishes,',
    'With kind regards,',
    'Many thanks,',
    'All the best,',
    'Warmest regards',
  ])('drops the informal close %j with the signature under it', (close) => {
    const cleaned = cleanArticle([RIDE, CLIMB, `${close}\nMara Quist\nSecretary`].join('\n\n'));
    expect(cleaned.text).toBe([RIDE, CLIMB].join('\n\n'));
  });

  it("names a one-word heading a section heading, never a byline's job title", () => {
    const cleaned = cleanArticle([RIDE, 'Staff', COACH].join('\n\n'));
    expect(cleaned.dropped).toEqual([{ line: 'Staff', reason: 'section heading' }]);
    expect(cleaned.author).toBeNull();
  });
});

describe('what the furniture rules keep', () => {
  it('a one-line body paragraph that is a sentence, between the sections', () => {
    const short = 'Races resume in June.';
    const cleaned = cleanArticle([RIDE, short, CLIMB].join('\n\n'));
    expect(cleaned.text).toBe([RIDE, short, CLIMB].join('\n\n'));
  });

  it('a quote ending a paragraph, and a close with prose under it', () => {
    const quote = '“Best wishes to every rider,” said the chair, Tom Reddy.';
    const close = 'Best wishes,\nThe committee thanks everyone who marshalled the climb on Sunday.';
    const cleaned = cleanArticle([RIDE, quote, close].join('\n\n'));
    expect(cleaned.text).toContain(quote);
    expect(cleaned.text).toContain('The committee thanks everyone who marshalled the climb');
  });

  it("a sentence opening with a close's words", () => {
    const prose =
      'With best wishes from the whole club, Mara Quist set off for the Alps on Monday.';
    const thanks = 'Many thanks\nto the marshals who stood on Cobb Hill in the rain';
    const cleaned = cleanArticle([RIDE, prose, CLIMB, thanks].join('\n\n'));
    expect(cleaned.text).toContain(prose);
    expect(cleaned.text).toContain('to the marshals who stood on Cobb Hill in the rain');
  });

  it("a reader's letter signed on its close's line", () => {
    const signed = 'Yours, a regular rider from Cobb Hill';
    expect(cleanArticle([RIDE, signed].join('\n\n')).text).toContain(signed);
  });

  it('a short list item without a full stop, and a heading of more words', () => {
    const list = cleanArticle(['Riders should bring:', '- Lights', '- Spares'].join('\n'), {
      listItems: ['Lights', 'Spares'],
    });
    expect(list.text).toContain('Lights');
    const heading = 'Hill climb record falls';
    expect(cleanArticle([RIDE, heading, CLIMB].join('\n\n')).text).toContain(heading);
  });

  it('a sentence naming a registration, or a headline with a date', () => {
    expect(isRegistrationLine('Anyvale Rowing Club, Registered Club No. 1234')).toBe(true);
    expect(isRegistrationLine('The club, registered charity 1098765, said it would appeal.')).toBe(
      false,
    );
    expect(isIssueLine('Club newsletter, May 2026')).toBe(true);
    expect(isIssueLine('Council approves budget, May 2026')).toBe(false);
  });
});
