import { describe, expect, it } from 'vitest';
import { extractMarkdown } from '../../src/corpus/markdown.js';

const clipped = (front: string[], body: string[]) =>
  ['---', ...front, '---', '', ...body].join('\n');

describe("a saved page's Markdown: the reader's callouts and the app's lines", () => {
  it("drops a callout in a clipped page as the reader's note", () => {
    const { text, dropped } = extractMarkdown(
      clipped(
        ['source: "https://news.example/ferry"'],
        [
          'Ferry fares will rise by 6% in April.',
          '',
          '> [!note] My notes',
          '> Check the fares against last year.',
        ],
      ),
    );
    expect(text).toBe('Ferry fares will rise by 6% in April.');
    expect(dropped.map((d) => d.reason)).toEqual(["the reader's highlights or notes"]);
    expect(dropped[0]?.line).toContain('Check the fares against last year.');
  });

  it('keeps a plain quotation, and a callout in a file that is no saved page', () => {
    const quote = extractMarkdown(
      clipped(['url: https://news.example/ferry'], ['Fares rise.', '', '> "Unfair," she said.']),
    );
    expect(quote.text).toContain('"Unfair," she said.');
    const own = extractMarkdown(
      ['Fares rise.', '', '> [!note] Fares were last raised in 2021.'].join('\n'),
    );
    expect(own.text).toContain('Fares were last raised in 2021.');
  });

  it("drops a link back to the saved page and a line linking into the app, not the article's links", () => {
    const { text, dropped } = extractMarkdown(
      clipped(
        ['url: https://news.example/ferry'],
        [
          '[Read original](https://news.example/ferry)',
          '',
          'Fares rise, the [operator](https://news.example/operator) said.',
          '',
          '[Timetable](https://news.example/timetable)',
          '',
          '---',
          '',
          '*Saved with Pocketbook. [Open in app](pocketbook://read/12)*',
        ],
      ),
    );
    expect(text).toBe('Fares rise, the operator said.\n\nTimetable');
    expect(dropped.map((d) => d.line)).toEqual([
      'Read original',
      'Saved with Pocketbook. Open in app',
    ]);
  });
});

describe("the app's line naming itself as the saver", () => {
  it("is dropped in any app's name, with a link back to the page or none", () => {
    for (const line of [
      '*Saved with Readwell. [Open original](https://news.example/ferry)*',
      'Clipped to Harbour Notes',
      '_Archived via Shelfly._',
    ]) {
      const { text, dropped } = extractMarkdown(
        clipped(['url: https://news.example/ferry'], ['Fares rise, the operator said.', '', line]),
      );
      expect(text, line).toBe('Fares rise, the operator said.');
      expect(
        dropped.map((d) => d.reason),
        line,
      ).toEqual(['outside the article body']);
    }
  });

  it('keeps a sentence of that shape, a link elsewhere, and the line in a file that is no saved page', () => {
    const kept = (front: string[], line: string) =>
      extractMarkdown(clipped(front, ['Fares rise.', '', line])).text;
    const url = ['url: https://news.example/ferry'];
    expect(kept(url, 'Saved with minutes to spare.')).toContain('Saved with minutes to spare.');
    expect(kept(url, '**Saved by Volunteers**')).toContain('Saved by Volunteers');
    expect(
      kept(url, 'Saved with Readwell. [Readwell plans](https://readwell.example/plans)'),
    ).toContain('Saved with Readwell.');
    expect(kept(['title: Fares'], 'Saved with Readwell.')).toContain('Saved with Readwell.');
  });
});

describe("a clipper's front matter `site`", () => {
  it("is the outlet, as the site's name; an address there is not", () => {
    const outlet = (site: string) =>
      extractMarkdown(
        clipped([`site: ${site}`, 'source: "https://news.example/a"'], ['Fares rise.']),
      ).stated.outlet;
    expect(outlet('"Kellan Bay Gazette"')).toBe('Kellan Bay Gazette');
    expect(outlet('https://news.example')).toBeUndefined();
  });
});

describe('front matter lists and wiki links', () => {
  it("reads a clipper's author list of wiki links, and its source as the url", () => {
    const { stated } = extractMarkdown(
      clipped(
        [
          'author:',
          '  - "[[Ana Ruiz]]"',
          '  - "[[People/Ben Ode|Ben Ode]]"',
          'source: "https://news.example/a"',
          'tags:',
          '  - "clippings"',
        ],
        ['Fares rise.'],
      ),
    );
    expect(stated.author).toBe('Ana Ruiz, Ben Ode');
    expect(stated.url).toBe('https://news.example/a');
  });

  it('prefers url to source, and reads a one-item list and a plain value alike', () => {
    const { stated } = extractMarkdown(
      clipped(
        ['url: https://news.example/b', 'source: https://other.example/b', 'author: [Ana Ruiz]'],
        ['Fares rise.'],
      ),
    );
    expect(stated).toMatchObject({ url: 'https://news.example/b', author: 'Ana Ruiz' });
    expect(
      extractMarkdown(clipped(['source: Reuters'], ['Fares rise.'])).stated.url,
    ).toBeUndefined();
  });
});
