/**
 * A message its sender issued as its own mailing, with no list headers, is published on its
 * `Date` (own-mailing.ts): an outside tester's parish newsletter (.eml, sent 24 July) had its
 * "Tuesday 21 July" listed without a year and its "Today we are launching …" missed, since its
 * date was unknown. Invented parish and food bank messages.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { isOwnMailing } from '../../src/corpus/own-mailing.js';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleFolders } from '../support/corpus-fixture.js';
import { plainTextEmail } from '../support/email-fixture.js';

const { corpusOf, removeAll } = articleFolders();
afterEach(removeAll);

const PARISH = 'Fellside Parish Council <news@fellside.example>';

/** A plain-text message (CRLF line ends) sent on Friday 24 July 2026, to no mailing list. */
const message = (body: string[], from = PARISH, subject = 'Flood update') =>
  plainTextEmail(
    [
      `From: ${from}`,
      'To: residents@fellside.example',
      `Subject: ${subject}`,
      'Date: Fri, 24 Jul 2026 09:12:00 +0100',
    ],
    body,
  );

const STORY = [
  'Residents of Beck Road were able to return home on Tuesday 21 July once the water had drained.',
  '',
  'At an emergency meeting on Thursday 23 July, councillors agreed to fund a new culvert.',
];

describe("a sender's own mailing: published by being sent", () => {
  it('reads the sign-off, masthead or footer that only the sender’s own mailing carries', () => {
    const sender = 'Fellside Parish Council';
    expect(isOwnMailing([{ line: sender, reason: 'signature block' }], sender)).toBe(true);
    expect(
      isOwnMailing(
        [{ line: 'The Fellside Parish Council team', reason: 'signature block' }],
        sender,
      ),
    ).toBe(true);
    expect(
      isOwnMailing([{ line: 'To unsubscribe, click here', reason: 'call to action' }], sender),
    ).toBe(true);
    expect(
      isOwnMailing(
        [
          {
            line: 'Fellside Parish Council, Village Hall, Fellside FL2 7QP',
            reason: 'postal address',
          },
        ],
        sender,
      ),
    ).toBe(true);
    expect(
      isOwnMailing(
        [{ line: 'Beck Road Garage, Fellside FL2 7QP', reason: 'postal address' }],
        sender,
      ),
    ).toBe(false);
    // Someone else's signature, or a call to action that is no mailing's own line.
    expect(isOwnMailing([{ line: 'Ana Ruiz', reason: 'signature block' }], sender)).toBe(false);
    expect(
      isOwnMailing([{ line: 'Sign up for our newsletter', reason: 'call to action' }], sender),
    ).toBe(false);
  });

  it('takes the Date of a message signed by its sender or carrying its mailing footer', async () => {
    const dir = await corpusOf({
      'signed.eml': message([...STORY, '', 'Best wishes,', 'Fellside Parish Council']),
      'footer.eml': message([
        ...STORY,
        '',
        'You are receiving this because you subscribed to parish updates.',
      ]),
      // A footer under a rule, dropped as a note to readers: the mailing's own lines still.
      'ruled.eml': message([
        ...STORY,
        '',
        '---',
        '',
        'You are receiving this email because you signed up to Fellside News.',
        'Unsubscribe | Privacy notice',
      ]),
      'address.eml': message([
        ...STORY,
        '',
        'Fellside Parish Council, Village Hall, Church Lane, Fellside FL2 7QP',
      ]),
      // Signed by someone else: a letter passed on, its sending date only when it was sent.
      'letter.eml': message([...STORY, '', 'Best wishes,', 'Ana Ruiz']),
      // A person sending it: never the publisher by a signature of the same name.
      'person.eml': message(
        [...STORY, '', 'Best wishes,', 'Ana Ruiz'],
        'Ana Ruiz <ana.ruiz@mail.example>',
      ),
      // A forward: the original sender's lines, the forwarder's Date.
      'forward.eml': message(
        [...STORY, '', 'Best wishes,', 'Fellside Parish Council'],
        PARISH,
        'Fwd: Flood update',
      ),
      // The article's own date comes first.
      'dated.eml': message([
        '22 July 2026',
        '',
        ...STORY,
        '',
        'Best wishes,',
        'Fellside Parish Council',
      ]),
    });
    const { articles } = await loadCorpus(dir);
    expect(Object.fromEntries(articles.map(({ meta }) => [meta.file, meta.published]))).toEqual({
      'signed.eml': '2026-07-24',
      'footer.eml': '2026-07-24',
      'ruled.eml': '2026-07-24',
      'address.eml': '2026-07-24',
      'letter.eml': null,
      'person.eml': null,
      'forward.eml': null,
      'dated.eml': '2026-07-22',
    });
  });

  it('dates its yearless days and its "today" from that Date', async () => {
    const dir = await corpusOf({
      'update.eml': message([...STORY, '', 'Best wishes,', 'Fellside Parish Council']),
      'appeal.eml': Buffer.from(
        message(
          [
            'Today we are launching the Harwood Summer Larder Appeal to restock our shelves.',
            '',
            'Best wishes,',
            'Harwood Food Bank',
          ],
          'Harwood Food Bank <hello@harwood.example>',
          'Our summer appeal',
        )
          .toString('utf8')
          .replace('24 Jul 2026', '3 Aug 2026'),
        'utf8',
      ),
    });
    const corpus = await loadCorpus(dir);
    const entries = buildTimeline(corpus).map((e) => [e.date, e.quotes[0]?.source.id]);
    expect(entries).toEqual([
      ['2026-07-21', 'update'],
      ['2026-07-23', 'update'],
      ['2026-08-03', 'appeal'],
    ]);
  });
});
