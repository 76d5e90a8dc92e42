/**
 * Calls to action (call-to-action.ts): labels and promotions of the outlet's products are page
 * furniture, dropped with their reason and counted by validate; sentences of reporting that
 * share their start are kept. Tiny invented pages.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isCallToActionLabel,
  isPromotion,
  isMailingFurniture,
  isSocialFollowCall,
  isCoverageSignOff,
  isSupportAppeal,
} from '../../src/corpus/call-to-action.js';
import { cleanArticle } from '../../src/corpus/clean.js';
import { formatValidation, validateCorpus } from '../../src/corpus/validate.js';
import { removeFolder, temporaryFolder } from '../support/corpus-fixture.js';

const PROMOTION = "Sign up for the Herald's Coast newsletter, delivered every Friday at 8am.";
const BODY = [
  'Crews finished the pier repairs two weeks ahead of schedule, the harbour board said on Monday.',
  'The pier reopens to anglers on Saturday.',
];

describe('calls to action', () => {
  it.each([
    'Most read',
    'Listen again',
    'Contact us',
    'Read more',
    'Subscribe now',
    'Sign up for free',
    'Follow us on Instagram',
    'Download our app',
    'Listen again: The Coast Hour',
  ])('reads %j as a label', (line) => {
    expect(isCallToActionLabel(line)).toBe(true);
  });

  it.each([
    PROMOTION,
    'Download our app for breaking news alerts on your phone.',
    'Subscribe to the Gull Bay Times for unlimited digital access.',
    'Get the Courier’s morning briefing in your inbox.',
    "Sign up for the Gazette's Morning Briefing, delivered every weekday at 7am.",
    'Listen to the Radio Tarn Breakfast Podcast on your phone.',
    'Get unlimited access to The Gull Bay Times for just £1 for your first month. Cancel anytime.',
    "Subscribe to the Tarn Courier's full daily edition for more local news and sport.",
  ])('reads %j as a promotion', (line) => {
    expect(isPromotion(line)).toBe(true);
  });

  it.each([
    'Sign up numbers fell by a third after the fee was introduced.',
    'Subscribers to the service complained about the price.',
    'Download speeds doubled after the upgrade.',
    'Download the council’s app to report potholes.',
    'Get the kids to school on time.',
    'Sign up for the Council’s Green Bin Collection, residents were told.',
    'Get unlimited access to the archive records, campaigners urged the board.',
    'The first edition of the guide sold out in a week.',
  ])('keeps %j', (line) => {
    expect(isCallToActionLabel(line)).toBe(false);
    expect(isPromotion(line)).toBe(false);
  });

  it('drops a promotion standing as its own paragraph, with its reason', () => {
    const cleaned = cleanArticle([BODY[0], PROMOTION, BODY[1], 'Most read'].join('\n\n'));
    expect(cleaned.text).toBe(BODY.join('\n\n'));
    expect(cleaned.dropped).toEqual([
      { line: PROMOTION, reason: 'call to action' },
      { line: 'Most read', reason: 'call to action' },
    ]);
  });

  it('drops one on a line of its own between sentences of a block, too', () => {
    const cleaned = cleanArticle([BODY[0], PROMOTION, BODY[1]].join('\n'));
    expect(cleaned.text).toBe(BODY.join(' '));
  });

  it('keeps one inside a sentence, quoted, or reported', () => {
    const inside = `Residents who want the tide tables should\n${PROMOTION.charAt(0).toLowerCase()}${PROMOTION.slice(1)}`;
    const quoted = `"${PROMOTION.slice(0, -1)}," the mayor told residents.`;
    const reported = 'Sign up for the Herald newsletter, the mayor urged residents at the meeting.';
    for (const paragraph of [inside, quoted, reported]) {
      const cleaned = cleanArticle([BODY[0], paragraph].join('\n\n'));
      expect(cleaned.dropped).toEqual([]);
      expect(cleaned.text).toContain('newsletter');
    }
  });

  it('is counted and listed by validate', async () => {
    const folder = await temporaryFolder();
    try {
      await writeFile(
        path.join(folder, 'pier.txt'),
        ['Pier repairs finished early', BODY[0], PROMOTION, BODY[1]].join('\n\n'),
      );
      const lines = formatValidation(await validateCorpus(folder), true);
      expect(lines).toContain(
        'pier.txt: 1 line left out of the text (furniture, byline, dateline)',
      );
      expect(lines).toContain(`  - call to action: ${JSON.stringify(PROMOTION)}`);
    } finally {
      await removeFolder(folder);
    }
  });
});

describe('appeals for support', () => {
  it.each([
    'The Voice is run by volunteers. If you value independent local news, please chip in £3 a month.',
    'Please donate £5 to keep the Courier free to read.',
    'Donate to keep local reporting free.',
    'Support our journalism from £1 a week.',
    'Chip in £3 a month.',
  ])('reads %j as an appeal', (line) => {
    expect(isSupportAppeal(line)).toBe(true);
  });

  it.each([
    'Please donate blood this winter.',
    'Give us a call on 01632 960000.',
    'Support grew for the plan among local news readers.',
    'Residents were asked to donate £3 a month to the lifeboat fund.',
    'Donate £5 to the hospice by text.',
    'Organisers said they would give news of the line-up next month.',
  ])('keeps %j', (line) => {
    expect(isSupportAppeal(line)).toBe(false);
  });

  it('drops an appeal standing alone, keeps it quoted as reported speech', () => {
    const appeal = 'If you value local news, please chip in £3 a month.';
    const quoted = '“If you value local news, please chip in £3 a month,” the editor wrote.';
    const cleaned = cleanArticle([BODY[0], appeal, quoted, BODY[1]].join('\n\n'));
    expect(cleaned.text).toBe([BODY[0], quoted, BODY[1]].join('\n\n'));
    expect(cleaned.dropped).toEqual([{ line: appeal, reason: 'call to action' }]);
  });
});

describe("a mailing's footer", () => {
  it.each([
    'You are receiving this because you subscribed to the Gazette Briefing. Unsubscribe',
    'You’re receiving this email because you signed up at gazette.example.',
    'To unsubscribe, click here.',
    'Unsubscribe | Manage preferences',
    'Manage your preferences',
    'View this email in your browser',
    'Having trouble viewing this email? View it online.',
    'View the web version',
    'This briefing is sent to Courier subscribers every Wednesday. Reply to this e-mail to send us your news.',
  ])("reads %j as the mailing's own line", (line) => {
    expect(isMailingFurniture(line)).toBe(true);
  });

  it.each([
    'Unsubscribe rates rose after the price change.',
    'Customers said they were receiving this many calls every week.',
    'You are receiving wrong information, the council said.',
    'Residents who wanted to unsubscribe from the scheme were told to write in.',
    'View the plans online at the library or the harbour office.',
    'Readers can view this email in their browser.',
    'The briefing is sent to ministers every Wednesday, the department said.',
  ])('keeps %j', (line) => {
    expect(isMailingFurniture(line)).toBe(false);
  });

  it('drops a footer standing alone, keeps it quoted as reported speech', () => {
    const footer = 'You are receiving this because you subscribed to the Gazette Briefing.';
    const quoted = '“You are receiving this because you bought a ticket,” the e-mail said.';
    const cleaned = cleanArticle([BODY[0], quoted, BODY[1], footer].join('\n\n'));
    expect(cleaned.text).toBe([BODY[0], quoted, BODY[1]].join('\n\n'));
    expect(cleaned.dropped).toEqual([{ line: footer, reason: 'call to action' }]);
  });
});

describe('a call to follow the outlet on social media', () => {
  it.each([
    'Follow us on Facebook and X for the latest news.',
    'Join our WhatsApp channel for breaking news.',
    'Like our Facebook page for updates.',
    'Follow the Herald on Instagram for the latest pictures.',
    'LOVE LOCAL NEWS? Follow us on X for the latest.',
    // The outlet by its own name, on social media as such.
    "Follow The Oarsman's Gazette on social media for the latest rowing news.",
    'Follow us on social media for the latest news.',
  ])('reads %j as a call', (line) => {
    expect(isSocialFollowCall(line)).toBe(true);
  });

  it.each([
    // Reporting on a platform, not an imperative to the reader.
    'Police said on Facebook that the road would reopen on Friday.',
    'Residents followed the council on Facebook for the latest closures.',
    // An imperative naming no platform nor the outlet's channel, or another's account.
    'Follow the money for the latest clues, the prosecutor said.',
    'Join the queue for the latest phones.',
    'Follow the council on X for the latest road closures.',
    // A name that is no news outlet's: a club's, a force's call.
    'Follow Kestrel Rowing Club on social media for the latest results.',
    // Social media named as no place to follow the outlet.
    'Follow The Oarsman’s Gazette for a week and you will learn the sport.',
    // "for updates" with no imperative to follow before it: reporting, not a call.
    'Police said they would post on Facebook for updates.',
    'Residents can check the council’s Facebook page for updates.',
  ])('keeps %j', (line) => {
    expect(isSocialFollowCall(line)).toBe(false);
  });

  it('drops one standing alone; keeps it inside a paragraph or reported', () => {
    const call = 'Follow us on Facebook and X for the latest news.';
    const reported = 'Follow us on Facebook for the latest news, the coastguard told walkers.';
    const cleaned = cleanArticle([BODY[0], call, BODY[1], reported].join('\n\n'));
    expect(cleaned.text).toBe([BODY[0], BODY[1], reported].join('\n\n'));
    expect(cleaned.dropped).toEqual([{ line: call, reason: 'call to action' }]);
    const inside = cleanArticle(`${BODY[0]} ${call}`);
    expect(inside.text).toBe(`${BODY[0]} ${call}`);
  });

  it('keeps a paragraph reporting where updates will be posted', () => {
    const report = 'The council said it would post on Facebook for updates on the closure.';
    const cleaned = cleanArticle([BODY[0], report, BODY[1]].join('\n\n'));
    expect(cleaned.text).toBe([BODY[0], report, BODY[1]].join('\n\n'));
    expect(cleaned.dropped).toEqual([]);
  });
});

describe("a broadcaster's sign-off", () => {
  it.each([
    'Stay with KVCT 9 News on air and online for updates on this developing story.',
    'Stay tuned to WKRN for updates.',
    'Stay tuned for updates.',
    'Watch Tarn Valley News at 6 for the full report.',
    'Keep it with us for continuing coverage.',
    'Download the KVCT 9 News app for the latest.',
    'Listen to Radio Tarn tonight for more.',
  ])('reads %j as a sign-off', (line) => {
    expect(isCoverageSignOff(line)).toBe(true);
  });

  it.each([
    // Advice reported in the text: the object is no outlet.
    'Stay with relatives until the water recedes, deputies said.',
    'Residents should stay with relatives until the roads reopen.',
    'Watch Smith at 6 p.m. Friday when he debates the mayor.',
    'Stay with the group at all times on the trail.',
    // An outlet named, but nowhere its coverage goes on.
    'Watch KVCT 9 News reporter Dana Whitfield question the mayor.',
  ])('keeps %j', (line) => {
    expect(isCoverageSignOff(line)).toBe(false);
  });

  it('drops one standing alone; keeps it inside a paragraph', () => {
    const signOff = 'Stay with KVCT 9 News on air and online for updates on this developing story.';
    const cleaned = cleanArticle([BODY[0], BODY[1], signOff].join('\n\n'));
    expect(cleaned.text).toBe([BODY[0], BODY[1]].join('\n\n'));
    expect(cleaned.dropped).toEqual([{ line: signOff, reason: 'call to action' }]);
    expect(cleanArticle(`${BODY[0]} ${signOff}`).text).toBe(`${BODY[0]} ${signOff}`);
  });
});
