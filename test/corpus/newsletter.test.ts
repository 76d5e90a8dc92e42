import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { newsletterMasthead, newsletterProductName } from '../../src/corpus/newsletter-masthead.js';
import { unflowText } from '../../src/corpus/flowed.js';
import { validateCorpus } from '../../src/corpus/validate.js';
import { articleFolders } from '../support/corpus-fixture.js';

const { corpusOf, removeAll } = articleFolders();
afterEach(removeAll);

/** A plain-text e-mail from `from`, its body lines as given (CRLF line ends). */
function plainMessage(from: string, body: string[], contentType = 'text/plain; charset=utf-8') {
  return Buffer.from(
    [
      `From: ${from}`,
      'To: reader@example.org',
      'Date: Wed, 4 Nov 2026 08:30:00 +0000',
      'Subject: Your Wednesday briefing',
      'MIME-Version: 1.0',
      `Content-Type: ${contentType}`,
      '',
      ...body,
      '',
    ].join('\r\n'),
    'utf-8',
  );
}

const HEADLINE = 'Mooring fees rise for the first time in six years';
const STORY = 'The harbour board raised mooring fees by ten percent on Tuesday, its chair said.';
const MORE = 'Boat owners said they would appeal the decision at the next meeting in December.';
/** A message's body lines: `first`, then the story's headline and paragraphs. */
const storyUnder = (first: string) => [first, '', HEADLINE, '', STORY, '', MORE];

describe("a newsletter's pre-header", () => {
  it('is mailing furniture, dropped, never the title', async () => {
    const preHeader = 'View this email in your browser';
    const dir = await corpusOf({
      'brief.eml': plainMessage(
        'Marrow Bay Gazette <briefing@marrowbay.example>',
        storyUnder(preHeader),
      ),
    });
    const [article] = (await loadCorpus(dir)).articles;
    expect(article?.meta.title).toBe(HEADLINE);
    expect(article?.text).toBe(`${HEADLINE}\n\n${STORY}\n\n${MORE}`);
    const report = await validateCorpus(dir);
    expect(report.articles[0]?.dropped).toContainEqual({
      line: preHeader,
      reason: 'call to action',
    });
  });
});

describe("a newsletter's masthead", () => {
  it('is the line naming the sending publication and a newsletter word: dropped, and the outlet', async () => {
    const dir = await corpusOf({
      'brief.eml': plainMessage(
        'Marrow Bay Gazette <briefing@marrowbay.example>',
        storyUnder('MARROW BAY GAZETTE BRIEFING'),
      ),
      'html.eml': Buffer.from(
        [
          'From: "The Marrow Bay Gazette" <news@marrowbay.example>',
          'Date: Wed, 4 Nov 2026 08:30:00 +0000',
          'Subject: Morning digest',
          'Content-Type: text/html; charset=utf-8',
          '',
          `<html><body><p>Marrow Bay Gazette: The Morning Digest</p><h1>${HEADLINE}</h1><p>${STORY}</p><p>${MORE}</p></body></html>`,
          '',
        ].join('\r\n'),
      ),
    });
    const corpus = await loadCorpus(dir);
    const texts = {
      brief: `${HEADLINE}\n\n${STORY}\n\n${MORE}`,
      // The page's h1 is its title, not part of its body text.
      html: `${STORY}\n\n${MORE}`,
    };
    // The outlet as the sender spells the publication, with the "The" it states.
    const outlets = { brief: 'Marrow Bay Gazette', html: 'The Marrow Bay Gazette' };
    for (const [id, text] of Object.entries(texts)) {
      const article = corpus.articles.find((a) => a.meta.id === id);
      expect(article?.text, id).toBe(text);
      expect(article?.meta, id).toMatchObject({
        title: HEADLINE,
        outlet: outlets[id as keyof typeof outlets],
      });
    }
    const report = await validateCorpus(dir);
    const dropped = (file: string) => report.articles.find((a) => a.file === file)?.dropped;
    expect(dropped('brief.eml')).toContainEqual({
      line: 'MARROW BAY GAZETTE BRIEFING',
      reason: 'masthead',
    });
    expect(dropped('html.eml')).toContainEqual({
      line: 'Marrow Bay Gazette: The Morning Digest',
      reason: 'masthead',
    });
  });

  it('stays when the line names another publication, or the sender is a person', async () => {
    const dir = await corpusOf({
      'other.eml': plainMessage('Ana Ruiz <ana@kestrel.example>', [
        'MARROW BAY GAZETTE BRIEFING',
        '',
        HEADLINE,
        '',
        STORY,
      ]),
      'person.eml': plainMessage('Ana Ruiz <ana@kestrel.example>', ['ANA RUIZ', '', STORY]),
    });
    const corpus = await loadCorpus(dir);
    const other = corpus.articles.find((a) => a.meta.id === 'other');
    expect(other?.text).toContain('MARROW BAY GAZETTE BRIEFING');
    expect(other?.meta.outlet).toBeNull();
    const person = corpus.articles.find((a) => a.meta.id === 'person');
    expect(person?.text).toContain('ANA RUIZ');
    expect(person?.meta.outlet).toBeNull();
  });

  it("is read with the issue's date under it in its block: dropped, the sender's name the outlet", async () => {
    // The newsletter names its publication only with its newsletter's words ("Weekly" of the
    // sender's name, then "Briefing"), and dates the issue on the line under its name.
    const sender = 'Osprey Shipping Weekly <digest@osprey.example>';
    const dated = ['OSPREY SHIPPING WEEKLY BRIEFING', 'Wednesday 4 November 2026'];
    const dir = await corpusOf({
      'headed.eml': plainMessage(sender, [...dated, '', HEADLINE, '', STORY, '', MORE]),
      'bare.eml': plainMessage(sender, [...dated, '', STORY, '', MORE]),
      // A line naming another publication over a date stays, as it does alone.
      'other.eml': plainMessage('Ana Ruiz <ana@kestrel.example>', [...dated, '', STORY]),
    });
    const corpus = await loadCorpus(dir);
    const byId = (id: string) => corpus.articles.find((a) => a.meta.id === id);
    expect(byId('headed')?.meta).toMatchObject({
      title: HEADLINE,
      outlet: 'Osprey Shipping Weekly',
      published: '2026-11-04',
    });
    expect(byId('headed')?.text).toBe(`${HEADLINE}\n\n${STORY}\n\n${MORE}`);
    // With no headline in the body, the Subject names the article, never the masthead.
    expect(byId('bare')?.meta).toMatchObject({
      title: 'Your Wednesday briefing',
      outlet: 'Osprey Shipping Weekly',
    });
    expect(byId('bare')?.text).toBe(`${STORY}\n\n${MORE}`);
    expect(byId('other')?.text).toContain('OSPREY SHIPPING WEEKLY BRIEFING');
    expect(byId('other')?.meta.outlet).toBeNull();
  });

  it('is the sender’s publication and newsletter words only', () => {
    const gazette = 'Marrow Bay Gazette';
    const publication = (line: string, sender: string) =>
      newsletterMasthead(line, sender)?.publication;
    expect(publication('MARROW BAY GAZETTE BRIEFING', gazette)).toBe(gazette);
    // "The" as the line or the sender's name of the publication alone states it.
    expect(publication('THE MARROW BAY GAZETTE', gazette)).toBe(`The ${gazette}`);
    expect(publication('MARROW BAY GAZETTE', `The ${gazette}`)).toBe(`The ${gazette}`);
    expect(publication('MARROW BAY GAZETTE', `The ${gazette} Daily Briefing`)).toBe(gazette);
    expect(publication('THE MARROW BAY GAZETTE BRIEFING', gazette)).toBe(gazette);
    expect(publication('Marrow Bay Gazette | Weekend Edition', gazette)).toBe(gazette);
    // The sender's own name may carry the newsletter's words.
    expect(publication('MARROW BAY GAZETTE', 'Marrow Bay Gazette Daily Briefing')).toBe(gazette);
    expect(publication('MARROW BAY GAZETTE BRIEFING', 'Marrow Bay Gazette Daily Briefing')).toBe(
      gazette,
    );
    expect(publication('KESTREL MORNING BRIEFING', 'Kestrel')).toBe('Kestrel');
    // The day it is sent, as "daily" or "weekly" says how often.
    expect(publication('QUILL & SPADE FRIDAY BRIEFING', 'Quill & Spade')).toBe('Quill & Spade');
    expect(publication('KELLAN COURIER', 'Kellan Courier Newsletters')).toBe('Kellan Courier');
    for (const line of [
      'MARROW BAY GAZETTE REPORTERS WIN AWARD',
      'MARROW BAY',
      'HARBOUR FEES RISE',
      'Marrow Bay Gazette briefing: fees rise',
    ])
      expect(newsletterMasthead(line, gazette), line).toBeNull();
    // A name alone that is no outlet's (a person's, a place's) is not taken without a newsletter word.
    expect(newsletterMasthead('KESTREL', 'Kestrel')).toBeNull();
  });

  it('states no publication when both the sender and the line name a product', () => {
    // "Echo" and "Gazette" are what is left of the product's name, not a publication's.
    for (const [line, sender] of [
      ['ECHO DAILY BRIEFING', 'Echo Daily Briefing'],
      ['The Echo Daily Briefing', 'Echo Daily Briefing'],
      ['GAZETTE MORNING DIGEST', 'Gazette Morning Digest'],
      ['THE MORNING BRIEFING', 'The Morning Briefing'],
    ] as const)
      expect(newsletterMasthead(line, sender), line).toEqual({
        publication: null,
        newsletter: sender,
      });
    expect(newsletterProductName('Echo Daily Briefing')).toBe('Echo Daily Briefing');
    for (const sender of ['Marrow Bay Gazette', 'Marrow Bay Gazette Daily Briefing', 'Kestrel'])
      expect(newsletterProductName(sender), sender).toBeNull();
  });

  it("takes the outlet the articles' own lines name over the newsletter's product name", async () => {
    const sender = 'Echo Daily Briefing <briefing@echo.example>';
    const dir = await corpusOf({
      'byline.eml': plainMessage(sender, [
        'ECHO DAILY BRIEFING',
        '',
        HEADLINE,
        '',
        'By Ana Ruiz, Westmarch Gazette',
        '',
        STORY,
      ]),
      // The digest's dated line names the newsletter as its sender does: the product, not the outlet.
      'dated.eml': plainMessage(sender, [
        'Echo Daily Briefing | 4 November 2026',
        '',
        HEADLINE,
        '',
        STORY,
        '',
        'Westmarch Gazette · Ana Ruiz · 3 November 2026',
        '',
        MORE,
      ]),
      'footer.eml': plainMessage(sender, [
        'Echo Daily Briefing',
        '',
        HEADLINE,
        '',
        STORY,
        '',
        MORE,
        '',
        '(c) Westmarch Gazette 2026',
      ]),
      'product.eml': plainMessage(sender, ['ECHO DAILY BRIEFING', '', HEADLINE, '', STORY]),
      'from-only.eml': plainMessage(sender, [HEADLINE, '', STORY]),
    });
    const corpus = await loadCorpus(dir);
    const outlet = (id: string) => corpus.articles.find((a) => a.meta.id === id)?.meta.outlet;
    expect(outlet('byline')).toBe('Westmarch Gazette');
    expect(outlet('dated')).toBe('Westmarch Gazette');
    expect(outlet('footer')).toBe('Westmarch Gazette');
    // Nothing else names an outlet: the newsletter as its sender and masthead state it, never "Echo".
    expect(outlet('product')).toBe('Echo Daily Briefing');
    // From alone states no outlet.
    expect(outlet('from-only')).toBeNull();
    const text = corpus.articles.find((a) => a.meta.id === 'product')?.text;
    expect(text).not.toContain('ECHO DAILY BRIEFING');
  });
});

describe("a newsletter's footer address", () => {
  const footer = (name: string) => `${name}, Unit 4, Quay Works, Marrow Bay MB2 7QP`;

  it('is dropped, and names the outlet when it opens with the sending publication', async () => {
    const dir = await corpusOf({
      'own.eml': plainMessage('Marrow Bay Gazette <briefing@marrowbay.example>', [
        HEADLINE,
        '',
        STORY,
        '',
        MORE,
        '',
        footer('Marrow Bay Gazette'),
      ]),
      'other.eml': plainMessage('Ana Ruiz <ana@marrowbay.example>', [
        HEADLINE,
        '',
        STORY,
        '',
        footer('Kestrel Print Ltd'),
      ]),
    });
    const corpus = await loadCorpus(dir);
    const meta = (id: string) => corpus.articles.find((a) => a.meta.id === id);
    expect(meta('own')?.text).toBe(`${HEADLINE}\n\n${STORY}\n\n${MORE}`);
    expect(meta('own')?.meta.outlet).toBe('Marrow Bay Gazette');
    // The printer's or a company's address names no outlet, nor does a person sending it.
    expect(meta('other')?.text).toBe(`${HEADLINE}\n\n${STORY}`);
    expect(meta('other')?.meta.outlet).toBeNull();
  });
});

describe('a plain-text message sent as format=flowed (RFC 3676)', () => {
  it('undoes soft line breaks, so no line is read alone (a date at a line start is no dateline)', async () => {
    const flowed = 'text/plain; charset=utf-8; format=flowed';
    const dir = await corpusOf({
      'flowed.eml': plainMessage(
        'Ana Ruiz <ana@kestrel.example>',
        [
          HEADLINE,
          '',
          'The harbour board will vote on the new mooring fees on ',
          '4 December 2026 ',
          'after a month of talks with boat owners, its chair said.',
        ],
        flowed,
      ),
      'delsp.eml': plainMessage(
        'Ana Ruiz <ana@kestrel.example>',
        [HEADLINE, '', 'The harbour board raised mooring fees on Tues ', 'day, its chair said.'],
        `${flowed}; delsp=yes`,
      ),
      'fixed.eml': plainMessage('Ana Ruiz <ana@kestrel.example>', [
        HEADLINE,
        '',
        'The harbour board raised mooring fees on Tues ',
        'day, its chair said.',
      ]),
    });
    const corpus = await loadCorpus(dir);
    const text = (id: string) => corpus.articles.find((a) => a.meta.id === id);
    expect(text('flowed')?.text).toContain(
      'on the new mooring fees on 4 December 2026 after a month of talks',
    );
    expect(text('flowed')?.meta.published).toBeNull();
    // DelSp=yes: the space before a soft break was the sender's, added to break a word.
    expect(text('delsp')?.text).toContain('raised mooring fees on Tuesday, its chair said.');
    // Not flowed: line ends are as sent.
    expect(text('fixed')?.text).toContain('raised mooring fees on Tues day, its chair said.');
  });

  it('joins a soft break only within one quote depth, leaving out the continuation’s marks', () => {
    const reply = [
      'Thanks for sending this, ',
      'see the story below.',
      '> The harbour board raised mooring ',
      '> fees on Tuesday, its chair said. ',
      '>> Boat owners will appeal, ',
      '>> their association said.',
      '-- ',
      'Ana',
    ].join('\r\n');
    expect(unflowText(reply, false).split('\n')).toEqual([
      'Thanks for sending this, see the story below.',
      '> The harbour board raised mooring fees on Tuesday, its chair said. ',
      '>> Boat owners will appeal, their association said.',
      // The signature separator ends in a space but is a line of its own.
      '-- ',
      'Ana',
    ]);
    // Space-stuffed lines (RFC 3676 §4.4) lose the one space the sender added, quoted or not.
    expect(unflowText(' From the harbour\r\n>  indented', false)).toBe(
      'From the harbour\n>  indented',
    );
    expect(unflowText('on Tues \r\nday.', true)).toBe('on Tuesday.');
  });
});

describe("a newsletter's masthead with its tagline, and its footer under '--'", () => {
  const FOOTER =
    'You are receiving this because you subscribed to Osprey Weekly. Unsubscribe: https://osprey.example/unsubscribe';

  it('drops the masthead whole (the headline is the title) and the footer under the separator', async () => {
    const dir = await corpusOf({
      'n.eml': plainMessage('Osprey Weekly <news@osprey.example>', [
        'OSPREY WEEKLY — stories from the estuary',
        '',
        HEADLINE,
        'By Jo Tran',
        '',
        STORY,
        '',
        MORE,
        '',
        '--',
        FOOTER,
      ]),
    });
    const article = (await loadCorpus(dir)).articles[0];
    expect(article?.meta).toMatchObject({ title: HEADLINE, author: 'Jo Tran' });
    expect(article?.text).toBe(`${HEADLINE}\n\n${STORY}\n\n${MORE}`);
  });

  it.each([
    // The name of another publication, or a teaser with a figure: no masthead of this sender.
    ['MARROW BAY GAZETTE — stories from the estuary', 'Osprey Weekly <news@osprey.example>'],
    ['OSPREY WEEKLY — 3 jobs go at the boatyard', 'Osprey Weekly <news@osprey.example>'],
  ])('keeps "%s"', async (line, from) => {
    const dir = await corpusOf({
      'n.eml': plainMessage(from, [line, '', HEADLINE, '', STORY, '', MORE]),
    });
    expect((await loadCorpus(dir)).articles[0]?.text).toContain(line);
  });

  it("keeps the text under a '--' that sets apart a part of the article, dropping the '--' alone", async () => {
    const part = Array.from({ length: 5 }, (_, i) => `Boat owner ${i + 1} said the rise was fair.`);
    const dir = await corpusOf({
      'n.eml': plainMessage('Osprey Weekly <news@osprey.example>', [
        HEADLINE,
        '',
        STORY,
        '',
        '--',
        ...part,
      ]),
    });
    const text = (await loadCorpus(dir)).articles[0]?.text ?? '';
    expect(text).toBe(`${HEADLINE}\n\n${STORY}\n\n${part.join(' ')}`);
  });
});
