/**
 * A Markdown page's home link ("[KVCT 9 News](https://kvct.com/)", a saved page's nameplate) is
 * the page's statement of its site's name, as an HTML page's link to its home page is
 * (site-evidence.ts): it corroborates a masthead naming the same, which is then the outlet and
 * furniture. Tiny invented pages; a link that is no home link corroborates nothing.
 */
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/corpus/load.js';

const STORY = [
  '# Bridge on Route 9 closes for repairs',
  'By Dana Whitfield',
  'The Route 9 bridge over the Kell River closed on Monday for six weeks of repairs, state officials said.',
  'Drivers will be detoured through Millford, adding about 15 minutes to the trip.',
  'Copyright 2026 KVCT. All rights reserved.',
];

function read(...blocks: string[]) {
  const analysis = analyseArticle({
    file: 'bridge.md',
    format: 'markdown',
    raw: blocks.join('\n\n'),
  });
  return {
    outlet: analysis.stated.outlet ?? analysis.outlet,
    text: analysis.text,
    mastheads: analysis.dropped
      .filter(({ reason }) => reason === 'masthead')
      .map(({ line }) => line),
  };
}

describe('a Markdown page whose nameplate links to its home page', () => {
  it('takes the name as the site’s: the outlet is the nameplate’s, not the copyright holder’s', () => {
    const page = read('[KVCT 9 News](https://kvct.com/)', ...STORY);
    expect(page.outlet).toBe('KVCT 9 News');
    expect(page.mastheads).toEqual(['KVCT 9 News']);
    expect(page.text.startsWith('Bridge on Route 9 closes for repairs\n\n')).toBe(true);
  });

  it('reads a link to the root on the page’s own host, as its front matter states it', () => {
    const front = '---\nurl: https://kvct.com/news/route-9-bridge\n---';
    expect(read(front, '[KVCT 9 News](https://kvct.com/)', ...STORY).outlet).toBe('KVCT 9 News');
    // Another site's home page names that site, not this page's.
    expect(read(front, '[KVCT 9 News](https://kvct9.example/)', ...STORY).outlet).toBe('KVCT');
  });

  it.each([
    ['a link to a page of the site', '[KVCT 9 News](https://kvct.com/news/)'],
    ['a link inside a sentence', '[KVCT 9 News](https://kvct.com/) reported the closure first.'],
  ])('takes %s as no statement of the site’s name', (_, line) => {
    expect(read('KVCT 9 News', line, ...STORY).outlet).toBe('KVCT');
  });
});
