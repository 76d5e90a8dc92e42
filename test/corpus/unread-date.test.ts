/**
 * A publication date an article states in a form no rule reads ("date: around midsummer 2025",
 * "date: 32/13/2025") is stated, so "date not stated" would be untrue: it is kept as written,
 * shown quoted and marked as not read, and used for no dating. Invented Markdown articles.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatValidation, validateCorpus } from '../../src/corpus/validate.js';
import type { Engine } from '../../src/engine/index.js';
import { outletAndDate, unreadDateText } from '../../src/framework/render/source.js';
import { frontMatterArticle, plainCorpusEngine } from '../support/corpus-fixture.js';

const TEXT =
  'The Mill Lane bus depot closed on Friday after its roof failed an inspection, the operator said.';

describe('a stated publication date no rule reads', () => {
  let engine: Engine;
  let corpusDir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ engine, corpusDir, cleanup } = await plainCorpusEngine({
      // A plain-text file's metadata block (metadata-block.ts), read as front matter is.
      'block.txt': `Title: Depot shuts\nDate: late June, I think\n\n${TEXT}\n`,
      'midsummer.md': frontMatterArticle('Depot shuts', 'Bay Post', 'around midsummer 2025', TEXT),
      'impossible.md': frontMatterArticle('Depot shuts', 'Bay Post', '32/13/2025', TEXT),
      'readable.md': frontMatterArticle('Depot shuts', 'Bay Post', '2025-06-20', TEXT),
      'withheld.md': frontMatterArticle('Depot shuts', 'Bay Post', 'around midsummer 2025', TEXT),
      'articles.json': JSON.stringify({ articles: [{ file: 'withheld.md', published: null }] }),
    }));
  }, 60_000);
  afterAll(() => cleanup());
  const sourceOf = (id: string) => engine.sources().find((s) => s.id === id);

  it('is kept as written, never as a date', () => {
    expect(sourceOf('midsummer')).toMatchObject({
      published: null,
      publishedUnread: 'around midsummer 2025',
    });
    expect(sourceOf('impossible')).toMatchObject({
      published: null,
      publishedUnread: '32/13/2025',
    });
    expect(sourceOf('readable')).toMatchObject({ published: '2025-06-20' });
    expect(sourceOf('readable')?.publishedUnread).toBeUndefined();
    // articles.json withholds the date: nothing the article states of it is used.
    expect(sourceOf('withheld')?.publishedUnread).toBeUndefined();
  });

  it('is shown quoted and marked as not read, not as "date not stated"', () => {
    expect(outletAndDate(sourceOf('midsummer')!)).toBe(
      'Bay Post · date not read: “around midsummer 2025”',
    );
    expect(outletAndDate(sourceOf('impossible')!)).toBe('Bay Post · date not read: “32/13/2025”');
    expect(outletAndDate(sourceOf('withheld')!)).toBe('Bay Post · date not given in articles.json');
    expect(unreadDateText('32/13/2025T25:61:00+99:00-extra-junk')).toBe(
      'date not read: “32/13/2025T25:61:00+99:…”',
    );
    expect(unreadDateText('sometime in the long hot summer of 2025')).toBe(
      'date not read: “sometime in the long…”',
    );
  });

  it('dates nothing: "on Friday" of such an article is no timeline event', () => {
    const ids = engine
      .timeline({ limit: 50 })
      .events.flatMap((event) => event.quotes.map((q) => q.source.id));
    expect(ids).toContain('readable');
    expect(ids).not.toContain('midsummer');
    expect(ids).not.toContain('impossible');
    expect(ids).not.toContain('block');
  });

  it('is a warning of validate, said once per file', async () => {
    const lines = formatValidation(await validateCorpus(corpusDir), false);
    expect(lines).toContain(
      'warning: block.txt: its stated date "late June, I think" is no date the rules read: it is shown quoted as "date not read" and dates nothing (give "published" in articles.json)',
    );
    // A YAML front matter's unread date is already its problem; no second line says it.
    expect(lines.filter((line) => line.includes('midsummer.md'))).toEqual([
      expect.stringMatching(
        /^problem: .*midsummer\.md.*"date" is "around midsummer 2025", which is not a date it can read/,
      ),
    ]);
  });
});
