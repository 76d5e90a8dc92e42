/**
 * A newsletter's lines naming its sender (the message's `From`): the sender's line under the
 * newsletter's title ("Colden Valley Trust | Monthly letter | No. 12"), its sign-off ("The Colden
 * Valley Trust team") and its address ("Colden Valley Trust, 4 Weir Lane, Colden") state the
 * publisher and are furniture; the same lines naming anyone else stay. Invented sender and news.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { isMastheadTagline } from '../../src/corpus/masthead.js';
import { articleFolders } from '../support/corpus-fixture.js';
import { plainTextEmail } from '../support/email-fixture.js';

const { corpusOf, removeAll } = articleFolders();
afterEach(removeAll);

/** A plain-text mailing from "Colden Valley Trust" to its list, its body lines as given. */
const message = (body: string[]) =>
  plainTextEmail(
    [
      'From: Colden Valley Trust <letter@colden.example>',
      'To: list@colden.example',
      'Subject: The Mill Letter: weir repairs finished',
      'Date: Thu, 21 May 2026 08:00:00 +0200',
      'List-Unsubscribe: <mailto:unsubscribe@colden.example>',
    ],
    body,
  );

const HEADLINE = 'Weir repairs finished';
const STORY = [
  'Repairs to the Colden weir were finished on Tuesday, two weeks ahead of plan.',
  'The fish pass beside it opens to walkers in June.',
];
const body = (top: string[], foot: string[]) => [
  ...top,
  '',
  HEADLINE,
  '',
  ...STORY.flatMap((paragraph) => [paragraph, '']),
  ...foot,
];

const read = async (top: string[], foot: string[] = []) => {
  const dir = await corpusOf({ 'letter.eml': message(body(top, foot)) });
  return (await loadCorpus(dir)).articles[0];
};

describe('a newsletter’s title over its sender’s line', () => {
  it('is its nameplate: both dropped, the sender the outlet, the headline the title', async () => {
    const article = await read([
      'THE MILL LETTER',
      'Colden Valley Trust | Monthly letter | No. 12',
    ]);
    expect(article?.meta.outlet).toBe('Colden Valley Trust');
    expect(article?.meta.title).toBe(HEADLINE);
    expect(article?.text).toBe([HEADLINE, ...STORY].join('\n\n'));
  });

  it('keeps a line over a line that names no sender', async () => {
    const article = await read(['THE MILL LETTER', 'Hebble Rowing Club | Monthly letter | No. 12']);
    expect(article?.text).toContain('THE MILL LETTER');
    expect(article?.meta.outlet).toBeNull();
  });
});

describe('a masthead’s tagline', () => {
  it('may give the newsletter’s frequency and kind beside its issue number', () => {
    expect(isMastheadTagline('Monthly letter | No. 12')).toBe(true);
    expect(isMastheadTagline('Weekly briefing | Issue 48')).toBe(true);
  });

  it('is not the kind alone, which may be a headline', () => {
    expect(isMastheadTagline('Weekly briefing')).toBe(false);
    expect(isMastheadTagline('Monthly letter | Weir repairs')).toBe(false);
  });
});

describe('the sender’s sign-off and address at the foot', () => {
  it('are furniture, and the address states the sender when nothing else does', async () => {
    const article = await read(
      [],
      [
        'Best wishes,',
        'The Colden Valley Trust team',
        '',
        'Colden Valley Trust, 4 Weir Lane, Colden',
      ],
    );
    expect(article?.text).toBe([HEADLINE, ...STORY].join('\n\n'));
    expect(article?.meta.outlet).toBe('Colden Valley Trust');
  });

  it('name no outlet when they name someone else, the sign-off still a signature', async () => {
    const article = await read(
      [],
      [
        'Best wishes,',
        'The Hebble Rowing Club team',
        '',
        'Hebble Rowing Club, 4 Weir Lane, Colden',
      ],
    );
    // A letter's close and its signature are never passages, whoever signs (letter-signature.ts).
    expect(article?.text).not.toContain('The Hebble Rowing Club team');
    expect(article?.text).toContain('Hebble Rowing Club, 4 Weir Lane, Colden');
    expect(article?.meta.outlet).toBeNull();
  });
});
