import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/corpus/html.js';

const BODY = [
  'The Tarnwick ferry will resume its winter timetable on Monday, the harbour trust said.',
  'Crossings will run every 40 minutes from 7 a.m. until dusk, the trust said in a statement.',
  'Fares stay at £2.50 for adults and £1 for children under 12, it added.',
];
const CORRECTION =
  'Correction: An earlier version of this story said crossings would run every 30 minutes. They will run every 40 minutes.';

function page(box: string, after = ''): string {
  return `<html><head><title>Ferry timetable</title></head><body>
<header><a href="/">Tarnwick Post</a></header>
<main><article><h1>Ferry resumes winter timetable</h1>
${BODY.map((p) => `<p>${p}</p>`).join('\n')}
${box}
</article>${after}</main></body></html>`;
}

describe('correction boxes', () => {
  it('keeps a correction set in an aside as a paragraph of its own', () => {
    const read = extractHtml(page(`<aside class="correction"><p>${CORRECTION}</p></aside>`));
    expect(read.text.split('\n\n')).toEqual([...BODY, CORRECTION]);
    expect(read.dropped.map(({ line }) => line)).not.toContain(CORRECTION);
  });

  it('keeps a box of two paragraphs as one paragraph, the error with the fact correcting it', () => {
    const [error, fact] = [
      'Correction: An earlier version of this story said crossings would run every 30 minutes.',
      'They will run every 40 minutes.',
    ];
    for (const box of [
      `<aside class="correction"><p>${error}</p><p>${fact}</p></aside>`,
      `<div class="corrections-box"><p>${error}</p>\n<p>${fact}</p></div>`,
    ]) {
      const read = extractHtml(page(box));
      expect(read.text.split('\n\n')).toEqual([...BODY, `${error} ${fact}`]);
    }
  });

  it('keeps notes that each open with a label of their own apart', () => {
    const notes = [
      'Correction: An earlier version of this story gave the wrong fare.',
      'Clarification: The trust runs the ferry under contract to the council.',
    ];
    const read = extractHtml(
      page(`<aside class="corrections">${notes.map((note) => `<p>${note}</p>`).join('')}</aside>`),
    );
    expect(read.text.split('\n\n')).toEqual([...BODY, ...notes]);
  });

  it("keeps an editor's note box read by its label alone, with inline text", () => {
    const note = "Editor's note: This story was updated to add the trust's statement.";
    const read = extractHtml(page(`<aside>${note}</aside>`));
    expect(read.text.split('\n\n')).toEqual([...BODY, note]);
  });

  it("keeps a box marked as an editor's note by its class alone", () => {
    const note = 'A photo caption misnamed the ferry. It is the Tarn Lass.';
    const read = extractHtml(page(`<footer class="editors-note"><p>${note}</p></footer>`));
    expect(read.text).toContain(note);
  });

  it('still drops other asides: a pull quote repeating the text is not doubled', () => {
    const quote = 'Crossings will run every 40 minutes from 7 a.m. until dusk';
    const read = extractHtml(
      page(
        `<aside class="pullquote"><p>${quote}</p></aside>`,
        '<aside class="related"><ul><li><a href="/x">Bridge tolls rise</a></li></ul></aside>',
      ),
    );
    expect(read.text.split('\n\n')).toEqual(BODY);
    expect(read.text.split(quote)).toHaveLength(2);
  });

  it('leaves a correction box outside the article alone', () => {
    const read = extractHtml(
      page(
        '',
        `<aside class="correction"><p>Correction: A story on the bus fares gave the wrong date.</p></aside>`,
      ),
    );
    expect(read.text).not.toContain('bus fares');
  });
});
