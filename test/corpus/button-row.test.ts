/**
 * A row of buttons pasted as one line, its labels apart by tabs or runs of spaces ("Share
 * Listen live    Newsletter"): dropped as navigation, and listed so by validate. Each label must
 * be furniture by itself; the gaps alone never drop a line.
 */
import { describe, expect, it } from 'vitest';
import { buttonRows, isButtonRow } from '../../src/corpus/button-row.js';
import { cleanArticle } from '../../src/corpus/clean.js';

const HEADLINE = 'Ferry fares to rise in the spring';
const BODY = [
  'Ferry fares between Bramwick and the island will rise by 6 per cent in April, the operator said.',
  'The operator blamed the cost of fuel.',
];
const page = (...blocks: string[]) => blocks.join('\n\n');

describe('a row of buttons pasted as text', () => {
  it.each([
    'Share    Listen live    Newsletter',
    'Share\tListen live\tNewsletter',
    'Share on Facebook   WhatsApp   Copy link',
    'Subscribe  Log in',
    // A site's menu: the usual items and a few of its own ("Schedule").
    'Home    News    Sport    Listen live    Schedule',
    'Home\tLocal News\tPodcasts\tWhat’s On',
  ])('reads %j as a row', (line) => {
    expect(isButtonRow(line)).toBe(true);
  });

  it.each([
    // One space between: nothing says where one label ends.
    'Share Listen live Newsletter',
    // A label that is no button.
    'Share    Listen to the people    Newsletter',
    'Share    the load',
    // Prose typed with two spaces after a full stop.
    'The operator said so.  Fares rise in April.',
    'Newsletter',
    // Mostly names no menu has: a table's head, or names set in columns.
    'Name    Age    Home town',
    'Home    Ana Ruiz    Ben Ode    Cara Lind',
    // An own item must be a short name, not a phrase.
    'Home    News    Sport    Ferry fares rise in April',
  ])('keeps %j', (line) => {
    expect(isButtonRow(line)).toBe(false);
  });

  it('gives each row as cleaning reads it, whitespace collapsed', () => {
    expect([...buttonRows('Title\n  Share \t Listen live   Newsletter \nText.')]).toEqual([
      'Share Listen live Newsletter',
    ]);
  });

  it('drops the row from the text as navigation, and keeps the story', () => {
    const cleaned = cleanArticle(page(HEADLINE, 'Share    Listen live    Newsletter', ...BODY));
    expect(cleaned.dropped).toContainEqual({
      line: 'Share Listen live Newsletter',
      reason: 'navigation',
    });
    expect(cleaned.text).toBe([HEADLINE, ...BODY].join('\n\n'));
  });

  it('drops a pasted menu above the headline, so the headline is the title', () => {
    const cleaned = cleanArticle(
      page('Home    News    Sport    Listen live    Schedule', HEADLINE, ...BODY),
    );
    expect(cleaned.headline).toBe(HEADLINE);
    expect(cleaned.text).not.toContain('Schedule');
  });

  it('keeps the same words on a line with no gaps', () => {
    const cleaned = cleanArticle(page(HEADLINE, 'Share Listen live Newsletter', ...BODY));
    expect(cleaned.text).toContain('Share Listen live Newsletter');
  });
});
