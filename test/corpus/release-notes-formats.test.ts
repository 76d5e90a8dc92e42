/**
 * A press release's notes read by one rule whatever the file's format: the same invented release
 * saved as text, Markdown and HTML keeps what a note states before it calls on the reader
 * ("The plant reopens on Monday. Media enquiries: press@…"), the call alone going as a note to
 * readers (release-notes.ts, closing-note.ts callOnReaderStart). A call that a rule finds
 * anywhere in its line ("Follow us on … for updates", "If you value local news, …") starts at
 * its own sentence, not at the statement before it. In a document headed as a release ("PRESS
 * RELEASE — 12 May 2025"), a note under its last rule is read as its notes too; in an article it
 * goes whole (closing-note.ts).
 */
import { describe, expect, it } from 'vitest';
import { callOnReaderStart } from '../../src/corpus/closing-note.js';
import type { ArticleFormat } from '../../src/corpus/formats.js';
import { analyseArticle } from '../../src/corpus/load.js';

const HEADLINE = 'Northgate plant to reopen after roof repairs';
const STORY =
  'Northgate Foods said on Friday that its Kelby plant would reopen once repairs to the roof were finished.';
const MORE = 'The plant employs 240 people and closed in March after a storm.';
const FACT = 'The plant reopens on Monday.';

/** The release as a file of `format`: headline, two paragraphs, `mark` and the note under it. */
function release(format: ArticleFormat, mark: string, note: string): string {
  if (format === 'html')
    return (
      `<!doctype html><html><head><title>${HEADLINE}</title></head><body><article>` +
      `<h1>${HEADLINE}</h1><p>${STORY}</p><p>${MORE}</p><p>${mark}</p><p>${note}</p>` +
      `</article></body></html>`
    );
  const head = format === 'markdown' ? `# ${HEADLINE}` : HEADLINE;
  return [head, STORY, MORE, mark, note].join('\n\n');
}

const FILES: [ArticleFormat, string][] = [
  ['text', 'release.txt'],
  ['markdown', 'release.md'],
  ['html', 'release.html'],
];

function read(format: ArticleFormat, file: string, mark: string, note: string) {
  const analysis = analyseArticle({ file, format, raw: release(format, mark, note) });
  return {
    text: analysis.text,
    dropped: analysis.dropped.map(({ line, reason }) => ({ line, reason })),
  };
}

describe("a press release's closing note, in every format", () => {
  describe.each(FILES)('saved as %s', (format, file) => {
    it.each(['ENDS', '-ends-', 'Notes to editors'])(
      'under %j keeps its statement and drops its media contact',
      (mark) => {
        const call = 'Media enquiries: press@northgate.example';
        const { text, dropped } = read(format, file, mark, `${FACT} ${call}`);
        expect(text.endsWith(`${MORE}\n\n${FACT}`)).toBe(true);
        expect(text).not.toContain('press@');
        expect(dropped).toContainEqual({ line: call, reason: 'note to readers' });
      },
    );

    it('keeps the statement before a call to follow the issuer', () => {
      const call = 'Follow us on Facebook for updates.';
      const { text, dropped } = read(format, file, 'ENDS', `${FACT} ${call}`);
      expect(text.endsWith(`${MORE}\n\n${FACT}`)).toBe(true);
      expect(dropped).toContainEqual({ line: call, reason: 'note to readers' });
    });

    it('keeps a note whose advice is reported, not a call on the reader, whole', () => {
      const note = `${FACT} Residents should call 555-0100 for details.`;
      const { text } = read(format, file, 'ENDS', note);
      expect(text.endsWith(`${MORE}\n\n${note}`)).toBe(true);
    });
  });
});

/** The release headed by `heading` (none: an article), its note under a rule (`---`, `<hr>`). */
function ruled(format: ArticleFormat, heading: string | null, note: string): string {
  if (format === 'html')
    return (
      `<!doctype html><html><head><title>${HEADLINE}</title></head><body><article>` +
      `${heading === null ? '' : `<p>${heading}</p>`}<h1>${HEADLINE}</h1><p>${STORY}</p>` +
      `<p>${MORE}</p><hr><p>${note}</p></article></body></html>`
    );
  const head = format === 'markdown' ? `# ${HEADLINE}` : HEADLINE;
  return [...(heading === null ? [] : [heading]), head, STORY, MORE, '---', note].join('\n\n');
}

describe("a release's note under a rule, in every format", () => {
  const call = 'Media enquiries: press@northgate.example';
  it.each(FILES)(
    'saved as %s, is read as its notes when it is headed as a release',
    (format, file) => {
      const raw = ruled(format, 'PRESS RELEASE — 12 May 2025', `${FACT} ${call}`);
      const analysis = analyseArticle({ file, format, raw });
      expect(analysis.text.endsWith(`${MORE}\n\n${FACT}`)).toBe(true);
      expect(analysis.text).not.toContain('press@');
      expect(analysis.dropped).toContainEqual({ line: call, reason: 'note to readers' });
    },
  );

  it.each(FILES)('saved as %s, goes whole in an article headed as none', (format, file) => {
    const note = `${FACT} ${call}`;
    const analysis = analyseArticle({ file, format, raw: ruled(format, null, note) });
    expect(analysis.text.endsWith(MORE)).toBe(true);
    expect(analysis.dropped).toContainEqual({ line: note, reason: 'note to readers' });
  });
});

describe('where a call on the reader starts in a note', () => {
  it.each([
    'Follow us on Facebook for updates.',
    'If you value local news, please chip in £3 a month.',
    'Media enquiries: press@northgate.example',
  ])('after a statement, at its own sentence: %j', (call) => {
    expect(callOnReaderStart(`${FACT} ${call}`)).toBe(FACT.length + 1);
  });

  it('at a question to the reader that opens it, and -1 with no call', () => {
    const note = 'The Bugle is a volunteer-run newsletter. Got a story? Email editor@bugle.example';
    expect(callOnReaderStart(note)).toBe(note.indexOf('Got a story?'));
    expect(callOnReaderStart(`${FACT} ${MORE}`)).toBe(-1);
  });
});
