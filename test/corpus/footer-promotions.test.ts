/**
 * Page furniture at the foot of an article set as text: lists of links under a label, the
 * outlet's promotions (a subscription's price, a station's frequency, "Also in this week's …"),
 * a promotion hard-wrapped over lines, rules around a box. Tiny invented pages; each rule also
 * has reporting it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { isPromotion } from '../../src/corpus/call-to-action.js';
import { cleanArticle } from '../../src/corpus/clean.js';
import { furnitureReason, isLinkListLabel } from '../../src/corpus/furniture.js';

const BODY = [
  'The harbour board voted on Tuesday to close the old fish market at Quay Street.',
  'Traders will move to the new hall by the end of May, the board said.',
];
const page = (...blocks: string[]) => blocks.join('\n\n');

describe('promotions of the outlet', () => {
  it.each([
    'Subscribe to the Gazette from £1 a week. Unlimited access, fewer ads.',
    'LOVE LOCAL NEWS? Get the Gazette delivered to your door every Friday for just £5 a month.',
    'Listen to Gull FM on 101.2FM, DAB and the Gull FM app.',
  ])('reads %j as one', (line) => {
    expect(isPromotion(line)).toBe(true);
    expect(furnitureReason(line, { standalone: true })).toBe('call to action');
  });

  it.each([
    'Listen to the people of Quay Street.',
    'Get the market back, traders told the board in a letter costing £5 a month to post.',
    'Residents pay £5 a month for parking on Quay Street.',
    'TRADERS SAY: Keep the market open.',
  ])('leaves %j alone', (line) => {
    expect(furnitureReason(line, { standalone: true })).toBeNull();
  });

  it('reads a teaser for the rest of the issue as a link', () => {
    expect(
      furnitureReason("Also in this week's Gazette: Regatta results • Letters: “Fix the quay”"),
    ).toBe('link to another page');
    expect(furnitureReason("In this week's meeting: the board set fees for traders.")).toBeNull();
  });
});

describe('lists of links under a label', () => {
  it('drops the headlines listed under "Related:" one by one, never as one paragraph', () => {
    const cleaned = cleanArticle(
      page(
        'Fish market to close',
        ...BODY,
        'Related:\nGullhaven opens new ferry terminal\nFlood defences: what you need to know',
      ),
    );
    expect(cleaned.text).not.toContain('ferry terminal');
    expect(cleaned.dropped).toContainEqual({
      line: 'Gullhaven opens new ferry terminal',
      reason: 'link to another page',
    });
  });

  it('keeps sentences under a label', () => {
    const cleaned = cleanArticle(
      page('Fish market to close', ...BODY, 'Read more\nThe board publishes its minutes online.'),
    );
    expect(cleaned.text).toContain('The board publishes its minutes online.');
  });

  it.each(['Related:', 'Trending now', 'More from Business', 'You may also like'])(
    'reads %j as a label',
    (line) => {
      expect(isLinkListLabel(line)).toBe(true);
    },
  );

  it('does not read a heading as a label', () => {
    expect(isLinkListLabel('Trending upwards: fish prices')).toBe(false);
  });
});

describe('hard-wrapped furniture', () => {
  it('drops a promotion wrapped over two lines, as on one', () => {
    const cleaned = cleanArticle(
      page(
        'Fish market to close',
        ...BODY,
        'Get the Gull FM Morning Briefing in your inbox every weekday - sign\nup here.',
      ),
    );
    expect(cleaned.text).not.toContain('Morning Briefing');
  });

  it('keeps reporting wrapped over lines that opens like a call', () => {
    const cleaned = cleanArticle(
      page(
        'Fish market to close',
        'Subscribe to the newsletter and you will hear nothing,\nthe traders said of the board.',
      ),
    );
    expect(cleaned.text).toContain('Subscribe to the newsletter');
  });

  it('drops a URL above another URL (a lower-case line that goes on no sentence)', () => {
    const cleaned = cleanArticle(
      page('Fish market to close', ...BODY, 'https://gull.example/a\nhttps://gull.example/b'),
    );
    expect(cleaned.text).not.toContain('gull.example');
  });

  it('drops the rules around a box and the promotion inside it', () => {
    const cleaned = cleanArticle(
      page(
        'Fish market to close',
        ...BODY,
        '--------------------\nLOVE LOCAL NEWS? Get the Gazette delivered for £5 a month – call 01632 960 111.\n--------------------',
      ),
    );
    expect(cleaned.text).not.toContain('LOVE LOCAL NEWS');
    expect(cleaned.text).not.toContain('----');
  });
});
