/**
 * The foot of an article: a signature block under the "-- " separator (RFC 3676 §4.3) and a
 * note to readers under a final thematic break are furniture, listed as dropped; the article's
 * own last paragraphs under a "--" or "---" line are kept.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { isClosingNote } from '../../src/corpus/closing-note.js';
import { extractMarkdown } from '../../src/corpus/markdown.js';
import { signatureStart } from '../../src/corpus/signature.js';
import { validateCorpus } from '../../src/corpus/validate.js';
import { articleFolders } from '../support/corpus-fixture.js';

const HEADLINE = 'Ferry timetable cut for winter';
const STORY = 'Tarn Ferries will run four sailings a day from Monday, the company said.';
const MORE = 'The last sailing will leave Kelder at 6pm.';
const article = (...blocks: string[]) => blocks.join('\n\n');
const CARD = 'Kelder Courier, 9 April Street, Kelder. Tel 01632 960 555';

describe('a signature block', () => {
  it.each([
    ['"-- " (RFC 3676)', '-- '],
    ['"--" (its space stripped)', '--'],
  ])('under %s is dropped whole, its date-like address never text', (_name, separator) => {
    const cleaned = cleanArticle(article(HEADLINE, STORY, MORE, `${separator}\n${CARD}`));
    expect(cleaned.text).toBe(article(HEADLINE, STORY, MORE));
    expect(cleaned.dropped).toEqual([
      { line: '--', reason: 'signature block' },
      { line: CARD, reason: 'signature block' },
    ]);
  });

  it('may be set apart from the separator by a blank line and run to four lines', () => {
    const card = ['Ana Ruiz', 'Kelder Courier', '9 April Street, Kelder', 'Tel 01632 960 555'];
    const cleaned = cleanArticle(article(STORY, MORE, '-- ', card.join('\n')));
    expect(cleaned.text).toBe(article(STORY, MORE));
  });

  it('is dropped from Markdown under a blank line, but "--" under a line is a heading', () => {
    const md = extractMarkdown(article(`# ${HEADLINE}`, STORY, `-- \n${CARD}`));
    expect(md.text).toBe(article(HEADLINE, STORY));
    expect(md.dropped).toEqual([
      { line: '--', reason: 'signature block' },
      { line: CARD, reason: 'signature block' },
    ]);
    // A setext heading: "Timetable" underlined with "--" is the article's own heading.
    const setext = extractMarkdown(article(STORY, 'Timetable\n--', MORE));
    expect(setext.text).toBe(article(STORY, 'Timetable', MORE));
  });

  it('corroborates a masthead naming the outlet its card opens with, stating nothing alone', () => {
    const signed = cleanArticle(article('KELDER COURIER', HEADLINE, STORY, MORE, `-- \n${CARD}`));
    expect(signed.outlet).toBe('Kelder Courier');
    expect(signed.headline).toBe(HEADLINE);
    expect(cleanArticle(article('KELDER COURIER', HEADLINE, STORY, MORE)).outlet).toBeNull();
    expect(cleanArticle(article(HEADLINE, STORY, MORE, `-- \n${CARD}`)).outlet).toBeNull();
  });

  it('is only the short card under the last separator: prose under a "--" line is kept', () => {
    // Five lines are more than a signature's four (RFC 1855 §2.1.1).
    const five = ['One', 'Two', 'Three', 'Four', 'Five'];
    expect(signatureStart([STORY, '-- ', ...five])).toBe(-1);
    const long = `${MORE} The company said the cut would be reviewed in spring after talks.`;
    expect(signatureStart([STORY, '--', long])).toBe(-1);
    expect(cleanArticle(article(STORY, '--', long)).text).toContain(long);
    // "--" inside a line is no separator.
    expect(signatureStart([STORY, '-- Ana Ruiz'])).toBe(-1);
  });
});

describe('a note to readers under the final thematic break', () => {
  const NOTE =
    'The Kelder Bugle is a volunteer-run community newsletter. Got a story? Email editor@kelderbugle.example';

  it('is dropped in plain text, with its rule', () => {
    const cleaned = cleanArticle(article(HEADLINE, STORY, MORE, '---', NOTE));
    expect(cleaned.text).toBe(article(HEADLINE, STORY, MORE));
    expect(cleaned.dropped).toEqual([
      { line: '---', reason: 'horizontal rule' },
      { line: NOTE, reason: 'note to readers' },
    ]);
  });

  it('is dropped from Markdown (the rule is an <hr>), in emphasis or not', () => {
    for (const note of [NOTE, `*${NOTE}*`]) {
      const extracted = extractMarkdown(article(`# ${HEADLINE}`, STORY, MORE, '---', note));
      expect(extracted.text).toBe(article(HEADLINE, STORY, MORE));
      expect(extracted.dropped).toEqual([{ line: NOTE, reason: 'note to readers' }]);
    }
  });

  it.each([
    'Sign up for the Kelder Bugle newsletter, delivered every Friday.',
    'Write to us at letters@kelderbugle.example',
    'The Bugle is delivered free to 4,000 homes.\n\nFollow us on Facebook for the latest news.',
  ])('"%s" is a note to readers', (note) => {
    expect(cleanArticle(article(STORY, MORE, '* * *', note)).text).toBe(article(STORY, MORE));
  });

  it.each([
    // The article's last section: reporting, with no call to the reader.
    'The council meets again on 5 May. Residents may attend.',
    // Reporting of an appeal, attributed: the police's, not the outlet's.
    'Anyone with information should call 101, police said.',
  ])('keeps "%s": prose under a rule is no note', (last) => {
    expect(cleanArticle(article(STORY, '---', last)).text).toBe(article(STORY, last));
    const md = extractMarkdown(article(STORY, '---', last));
    expect(md.text).toBe(article(STORY, last));
  });

  it('is only the end: a call above more sections, or a long last section, is kept', () => {
    const call = 'Got a story? Email news@kelder.example';
    // The rule is not the last one: the note's text is not the article's end.
    expect(cleanArticle(article(STORY, '---', NOTE, '---', MORE)).text).toContain(NOTE);
    // Three paragraphs after the rule are a section of the article, not a note.
    expect(isClosingNote([STORY, MORE, call])).toBe(false);
    // A paragraph longer than a promotion is reporting.
    expect(isClosingNote([`${call} ${'The ferry sailed on. '.repeat(12)}`])).toBe(false);
  });
});

describe('a press release’s end mark', () => {
  const CONTACT = 'For media enquiries contact the press office on 01632 960 001.';

  it('is dropped, and the media contact under it goes as a note', () => {
    const cleaned = cleanArticle(article(HEADLINE, STORY, MORE, 'ENDS', CONTACT));
    expect(cleaned.text).toBe(article(HEADLINE, STORY, MORE));
    expect(cleaned.dropped).toEqual([
      { line: 'ENDS', reason: 'end mark' },
      { line: CONTACT, reason: 'note to readers' },
    ]);
  });

  it('keeps the notes to editors under it that report, dropping the mark alone', () => {
    const notes = 'Notes to editors: Kelder harbour wall was built in 1881 and listed in 1975.';
    const cleaned = cleanArticle(article(STORY, '-ends-', notes));
    expect(cleaned.text).toBe(article(STORY, notes));
    expect(cleaned.dropped).toEqual([{ line: '-ends-', reason: 'end mark' }]);
  });

  it('is only the word alone on its line', () => {
    const line = 'Ends of the harbour wall will be rebuilt first.';
    expect(cleanArticle(article(STORY, line)).text).toBe(article(STORY, line));
  });
});

describe('validate', () => {
  const folders = articleFolders();
  afterEach(folders.removeAll);

  it('lists a signature block and a note to readers as dropped', async () => {
    const dir = await folders.corpusOf({
      'sig.txt': article(HEADLINE, STORY, `-- \n${CARD}`),
      'note.md': article(`# ${HEADLINE}`, STORY, '---', 'Got a story? Email news@kelder.example'),
    });
    const report = await validateCorpus(dir);
    const reasons = report.articles.flatMap((a) => a.dropped.map(({ reason }) => reason));
    expect(reasons).toEqual(expect.arrayContaining(['signature block', 'note to readers']));
  });
});
