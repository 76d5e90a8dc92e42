import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { articleFolders } from '../support/corpus-fixture.js';
import { plainTextEmail } from '../support/email-fixture.js';

const { corpusOf, removeAll } = articleFolders();
afterEach(removeAll);

/** A plain-text e-mail from "Harbour Notes", its body lines as given. */
const message = (body: string[]) =>
  plainTextEmail(
    [
      'From: Harbour Notes <news@harbournotes.example>',
      'To: reader@example.org',
      'Date: Fri, 05 Jun 2026 08:00:00 +0000',
      'Subject: Harbour Notes #48: Regatta record',
    ],
    body,
  );

const HEADLINE = 'REGATTA RECORD FALLS';
const STORY = [
  'The Kelby Bay regatta drew 188 boats last weekend, the most in its history, organisers said.',
  'Winning skipper Ada Voss finished the 40-mile course in just under six hours.',
];

describe("a newsletter's issue line and its slogan under it", () => {
  it('are its nameplate, dropped, and the headline under them is the title', async () => {
    const dir = await corpusOf({
      'notes.eml': message([
        'HARBOUR NOTES - Issue 48',
        'Your weekly round-up of sailing news',
        '',
        'View this email in your browser: https://harbournotes.example/issues/48',
        '',
        HEADLINE,
        '',
        ...STORY.flatMap((paragraph) => [paragraph, '']),
      ]),
    });
    const [article] = (await loadCorpus(dir)).articles;
    expect(article?.meta.title).toBe(HEADLINE);
    expect(article?.text).toBe([HEADLINE, ...STORY].join('\n\n'));
  });

  it('keeps a second line that is the story’s, not a slogan', async () => {
    const lead = 'Regatta record falls as the Kelby Bay fleet reaches 188 boats';
    const dir = await corpusOf({
      'notes.eml': message([
        'HARBOUR NOTES - Issue 48',
        lead,
        '',
        ...STORY.flatMap((paragraph) => [paragraph, '']),
      ]),
    });
    const [article] = (await loadCorpus(dir)).articles;
    expect(article?.text).toContain(lead);
  });

  // The story repeats the paper's own words ("sailing news", "Friday"): the headline standing
  // apart below the nameplate's block still makes the line set with it the slogan.
  const OWN_WORDS = [
    'Kelby Bay sailors broke the regatta record, the biggest sailing news of the year.',
    'See you next Friday.',
  ];

  /** The one article of a corpus holding a message from "Harbour Notes" opening with `top`. */
  const readMessage = async (top: string[]) => {
    const story = OWN_WORDS.flatMap((paragraph) => [paragraph, '']);
    const dir = await corpusOf({ 'notes.eml': message([...top, ...story]) });
    return (await loadCorpus(dir)).articles[0];
  };

  it('drops the slogan whose words the story repeats when the headline stands apart below', async () => {
    const headline = 'Kelby Bay fleet breaks regatta record';
    const article = await readMessage([
      'HARBOUR NOTES - Issue 48',
      'Your Friday round-up of sailing news',
      '',
      headline,
      '',
      'By Ana Ruiz',
      '',
    ]);
    expect(article?.meta.title).toBe(headline);
    expect(article?.meta.outlet).toBe('Harbour Notes');
    expect(article?.text).toBe([headline, ...OWN_WORDS].join('\n\n'));
  });

  it('keeps a line set with the masthead over the byline: the headline, with no other below', async () => {
    const line = 'Your Friday round-up of sailing news';
    const article = await readMessage(['HARBOUR NOTES - Issue 48', line, '', 'By Ana Ruiz', '']);
    expect(article?.text).toContain(line);
  });
});
