import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractMarkdown } from '../../src/corpus/markdown.js';
import { validateCorpus } from '../../src/corpus/validate.js';
import { readFrontMatter } from '../../src/corpus/yaml-front-matter.js';
import { removeFolder, temporaryFolder } from '../support/corpus-fixture.js';

const BODY = '\nThe Mill Lane bus depot will close in June, the operator said on Tuesday.\n';
// Invented front matter broken as a hand edit leaves it: an unclosed quote and bracket.
const BROKEN = '---\ntitle: "Depot to move\ntags: [buses, depot\nauthor: Ana Ruiz\n---\n' + BODY;
const BAD_DATE = '---\ntitle: Depot to move\ndate: 2026-03-0\n---\n' + BODY;

describe('readFrontMatter', () => {
  it('reads valid YAML as the fields it states, lists and wiki links included', () => {
    const front = readFrontMatter(
      '---\ntitle: "Depot: to move"\nauthor: [[Tom Hendry]]\ntags: [a, b]\ndate: 2026-03-04\n---\nText',
    );
    expect(front?.stated).toEqual({
      title: 'Depot: to move',
      author: 'Tom Hendry',
      published: '2026-03-04',
    });
    expect(front?.problems).toEqual([]);
    expect(readFrontMatter('No front matter.')).toBeNull();
  });

  it('takes no field from a block that is not valid YAML, and says where it breaks', () => {
    const front = readFrontMatter(BROKEN);
    expect(front?.stated).toEqual({});
    expect(front?.problems).toEqual([
      expect.stringMatching(/^its front matter is not valid YAML \(.+, line \d+\): no field/),
    ]);
  });

  it('says when a date field is no date, and keeps its text as stated but unread', () => {
    const front = readFrontMatter(BAD_DATE);
    expect(front?.stated).toEqual({ title: 'Depot to move', publishedUnread: '2026-03-0' });
    expect(front?.problems).toEqual([
      `its front matter's "date" is "2026-03-0", which is not a date it can read: unless the text states one, the date is shown quoted as "date not read" and dates nothing`,
    ]);
  });

  it.each([
    ['around midsummer 2025', 'around midsummer 2025'],
    ['32/13/2025', '32/13/2025'],
    ['"  sometime   in\n  spring "', 'sometime in spring'],
  ])('keeps the unreadable date "%s" as its text', (value, kept) => {
    const front = readFrontMatter(`---\ntitle: Depot to move\ndate: ${value}\n---\n${BODY}`);
    expect(front?.stated.published).toBeUndefined();
    expect(front?.stated.publishedUnread).toBe(kept);
  });

  it('keeps no unread text beside a date it reads', () => {
    const front = readFrontMatter(
      `---\ndate: around midsummer 2025\npublished: 2025-06-21\n---\n${BODY}`,
    );
    expect(front?.stated).toEqual({ published: '2025-06-21' });
  });
});

describe('broken front matter', () => {
  it('gives no title with a stray quote, and leaves the block out of the text', () => {
    const extraction = extractMarkdown(BROKEN);
    expect(extraction.stated.title).toBeUndefined();
    expect(extraction.stated.author).toBeUndefined();
    expect(extraction.text).toBe(
      'The Mill Lane bus depot will close in June, the operator said on Tuesday.',
    );
  });

  let folder: string;
  beforeAll(async () => {
    folder = await temporaryFolder();
    await writeFile(path.join(folder, 'broken.md'), BROKEN);
    await writeFile(path.join(folder, 'dated.md'), BAD_DATE);
  });
  afterAll(() => removeFolder(folder));

  it('is a problem validate names, with the line, and so is a date that is no date', async () => {
    const report = await validateCorpus(folder);
    expect(report.problems).toEqual([
      { file: 'broken.md', message: expect.stringMatching(/^its front matter is not valid YAML/) },
      {
        file: 'dated.md',
        message: expect.stringMatching(/"date" is "2026-03-0", which is not a date it can read/),
      },
    ]);
  });
});
