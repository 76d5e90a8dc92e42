import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import {
  issuingBody,
  senderPublication,
  subscribedPublication,
} from '../../src/corpus/mailing-outlet.js';
import { articleFolders } from '../support/corpus-fixture.js';
import { plainTextEmail } from '../support/email-fixture.js';

const { corpusOf, removeAll } = articleFolders();
afterEach(removeAll);

/** A plain-text e-mail from `from` (null: no From), its body lines as given. */
function message(from: string | null, body: string[]) {
  return plainTextEmail(
    [
      ...(from === null ? [] : [`From: ${from}`]),
      'To: reader@example.org',
      'Date: Wed, 4 Nov 2026 08:30:00 +0000',
      'Subject: This week',
    ],
    body,
  );
}

const STORY = [
  'Ore trucks to use the new bypass from May',
  '',
  'The county approved a bypass for ore trucks on Tuesday, its roads officer said.',
  '',
  'Residents of the old mill road had asked for the change for three years.',
];

async function outletOf(from: string | null, extra: string[] = []) {
  const dir = await corpusOf({ 'issue.eml': message(from, [...STORY, ...extra]) });
  const [article] = (await loadCorpus(dir)).articles;
  return { outlet: article?.meta.outlet, unknown: article?.meta.outletUnconfirmed ?? false };
}

describe("a newsletter's sender's display name", () => {
  it('states the outlet when it names itself as an outlet', async () => {
    expect(await outletOf('Copper Valley Weekly <news@cvw.example>')).toEqual({
      outlet: 'Copper Valley Weekly',
      unknown: false,
    });
  });

  it("states the outlet when it is the outlet's newsroom desk", async () => {
    expect(await outletOf('Fellside Gazette Newsdesk <newsdesk@fellside.example>')).toEqual({
      outlet: 'Fellside Gazette',
      unknown: false,
    });
  });

  it("never states it when it is a person's name or an address: the outlet stays unknown", async () => {
    expect(await outletOf('Jane Doe <jane@cvw.example>')).toEqual({ outlet: null, unknown: true });
    expect(await outletOf('noreply@cvw.example')).toEqual({ outlet: null, unknown: true });
    // A surname that is an outlet's noun too: the mailbox spells a person's name.
    expect(await outletOf('Emily Post <emily.post@mail.example>')).toEqual({
      outlet: null,
      unknown: true,
    });
    expect(await outletOf('Emily Post <epost@mail.example>')).toEqual({
      outlet: null,
      unknown: true,
    });
    expect(await outletOf('Kestrel Post <news@kestrelpost.example>')).toEqual({
      outlet: 'Kestrel Post',
      unknown: false,
    });
    expect(await outletOf('"news@cvw.example" <news@cvw.example>')).toEqual({
      outlet: null,
      unknown: true,
    });
  });

  it("is read as the publication without a newsletter product's words, never a product alone", () => {
    expect(senderPublication('Marrow Bay Gazette Daily Briefing')).toBe('Marrow Bay Gazette');
    expect(senderPublication('The Harbour Times')).toBe('The Harbour Times');
    expect(senderPublication('Echo Daily Briefing')).toBeNull();
    // A newsroom's desk is the outlet's; a desk alone, or after a person's name, names none.
    expect(senderPublication('Fellside Gazette Newsdesk')).toBe('Fellside Gazette');
    expect(senderPublication('The Harbour Times News Desk')).toBe('The Harbour Times');
    expect(senderPublication('Newsroom')).toBeNull();
    expect(senderPublication('Jane Doe Newsroom')).toBeNull();
    expect(senderPublication('Jane Doe')).toBeNull();
    expect(senderPublication('cvw.example')).toBeNull();
  });

  it("is not read from a forwarder's From: the forwarded message is the article", async () => {
    const forwarded = [
      'Thought you would want this.',
      '',
      '---------- Forwarded message ---------',
      'From: Jane Doe <jane@example.org>',
      'Date: Tue, 3 Nov 2026 at 09:00',
      'Subject: This week',
      'To: Sam <sam@example.org>',
      '',
    ];
    const dir = await corpusOf({
      'fwd.eml': message('Kellan Courier <desk@kellan.example>', [...forwarded, ...STORY]),
    });
    const [article] = (await loadCorpus(dir)).articles;
    expect(article?.meta.outlet).toBeNull();
  });
});

describe("a body's own mailing", () => {
  // What shows the message the sender's own: a sign-off as the sender (own-mailing.ts).
  const SIGNED = ['', 'Best wishes,', 'Tarn Moor Trust'];

  it('has the body that sent it as its outlet, as a press release has its issuer', async () => {
    expect(await outletOf('Tarn Moor Trust <supporters@tarnmoor.example>', SIGNED)).toEqual({
      outlet: 'Tarn Moor Trust',
      unknown: false,
    });
  });

  it("has no outlet from a body's name on a message that shows itself no mailing of the body's", async () => {
    expect(await outletOf('Tarn Moor Trust <supporters@tarnmoor.example>')).toEqual({
      outlet: null,
      unknown: true,
    });
  });

  it("reads a body's name only: never a person's, an address or a lower-case phrase", () => {
    expect(issuingBody('Tarn Moor Trust')).toBe('Tarn Moor Trust');
    expect(issuingBody('Ministry of Heritage')).toBe('Ministry of Heritage');
    expect(issuingBody('Jane Doe')).toBeNull();
    expect(issuingBody('trust@tarnmoor.example')).toBeNull();
    expect(issuingBody('the parish council')).toBeNull();
  });
});

describe("a newsletter's footer", () => {
  it('states the outlet as what its reader subscribed to, whoever sent it', async () => {
    const footer = ['', 'You are receiving this because you subscribed to Copper Valley Weekly.'];
    expect(await outletOf('Jane Doe <jane@cvw.example>', footer)).toEqual({
      outlet: 'Copper Valley Weekly',
      unknown: false,
    });
  });

  it('names nothing when what was subscribed to is no name', () => {
    const footer = (line: string) => [{ line, reason: 'call to action' as const }];
    expect(
      subscribedPublication(
        footer('You are receiving this because you subscribed to the Tarn Digest.'),
      ),
    ).toBe('Tarn Digest');
    // Its links run on after the sentence (an HTML footer's line break read as a space).
    expect(
      subscribedPublication(
        footer(
          'You are receiving this because you subscribed to Copper Valley Weekly. Unsubscribe | Manage preferences',
        ),
      ),
    ).toBe('Copper Valley Weekly');
    expect(
      subscribedPublication(
        footer('You are receiving this because you subscribed to our mailing list.'),
      ),
    ).toBeNull();
    // A newsletter's words after the publication's name are the product's, not the outlet's;
    // a product named alone ("Tarn Digest" above) stays as the footer names it.
    expect(
      subscribedPublication(
        footer(
          'You are receiving this email because you subscribed to the Kestrel Gazette Morning Briefing.',
        ),
      ),
    ).toBe('Kestrel Gazette');
    // A line that is no mailing's footer states nothing.
    expect(
      subscribedPublication(footer('Ten families subscribed to Copper Valley Weekly this year.')),
    ).toBeNull();
  });
});

describe("a newsletter from a desk's name", () => {
  const MASTHEAD = ['COPPER VALLEY WEEKLY', ''];
  const ADDRESS = ['', 'Copper Valley Weekly, 12 Mill Lane, Copperton CV1 4AB'];
  async function outletFrom(body: string[]) {
    const dir = await corpusOf({ 'issue.eml': message('Newsdesk <desk@cvw.example>', body) });
    const [article] = (await loadCorpus(dir)).articles;
    return article?.meta.outlet;
  }

  it('has its masthead as the outlet when its footer address opens with the same name', async () => {
    expect(await outletFrom([...MASTHEAD, ...STORY, ...ADDRESS])).toBe('Copper Valley Weekly');
  });

  it('has no outlet from the masthead or the address alone', async () => {
    expect(await outletFrom([...MASTHEAD, ...STORY])).toBeNull();
    expect(await outletFrom([...STORY, ...ADDRESS])).toBeNull();
  });
});
