/**
 * A site's notices to its reader about the site (a cookie banner, a paywall) pasted into a text
 * or Markdown page as lines of their own are furniture, at the page's edges or between its
 * paragraphs; reporting that mentions cookies or subscriptions stays. Tiny invented pages.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { furnitureReason } from '../../src/corpus/furniture.js';
import { extractMarkdown } from '../../src/corpus/markdown.js';

const HEADLINE = 'Pellow flood barrier opens';
const STORY = 'The Pellow flood barrier opened on Tuesday after two years of work.';
const REPORT = 'The council said 4,000 residents had subscribed to flood alerts.';
const page = (...blocks: string[]) => blocks.join('\n\n');

describe("a site's notices to its reader", () => {
  it.each([
    ['We and our partners use cookies to personalise content.', 'navigation'],
    ['Accept all cookies', 'navigation'],
    ['Cookie settings', 'navigation'],
    ['Already a subscriber? Log in.', 'call to action'],
    ['Already have an account? Sign in here', 'call to action'],
    ['Sign in to continue reading.', 'call to action'],
    ['Subscribe or log in to read the full article.', 'call to action'],
    ['This article is for subscribers only.', 'call to action'],
    ['You have reached your limit of free articles this month.', 'call to action'],
  ])('"%s" alone is %s', (line, reason) => {
    expect(furnitureReason(line, { standalone: true })).toBe(reason);
    // Inside a longer paragraph it is no notice by itself.
    expect(furnitureReason(line)).toBeNull();
  });

  it.each([
    REPORT,
    'Readers who log in to read the council minutes will find the vote recorded.',
    'The Ferrybridge Times has 12,000 subscribers, its editor said.',
    'Sign in to continue reading, the message told users whose accounts were hacked.',
    'Accept all cookies, the regulator warned, and you share your data with 400 firms.',
  ])('keeps reporting: "%s"', (line) => {
    expect(furnitureReason(line, { standalone: true })).toBeNull();
  });

  it('drops them at the edges and between paragraphs of text and Markdown, keeping reporting', () => {
    const text = page(
      'We use cookies to improve your experience.',
      HEADLINE,
      STORY,
      'Already a subscriber? Log in.',
      REPORT,
      'Subscribe to continue reading.',
      'Accept all cookies',
    );
    expect(cleanArticle(text).text).toBe(page(HEADLINE, STORY, REPORT));
    const md = extractMarkdown(text.replace(HEADLINE, `# ${HEADLINE}`));
    expect(cleanArticle(md.text).text).toBe(page(HEADLINE, STORY, REPORT));
  });
});
