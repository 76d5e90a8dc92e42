import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { articleFolders } from '../support/corpus-fixture.js';

const { corpusOf, removeAll } = articleFolders();
afterEach(removeAll);

/** A plain-text e-mail from "Harbour Notes", its body lines as given. */
const message = (body: string[]) =>
  Buffer.from(
    [
      'From: Harbour Notes <news@harbournotes.example>',
      'To: reader@example.org',
      'Date: Fri, 05 Jun 2026 08:00:00 +0000',
      'Subject: Harbour Notes #48: Regatta record',
      'Content-Type: text/plain; charset=utf-8',
      '',
      ...body,
      '',
    ].join('\n'),
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
});
