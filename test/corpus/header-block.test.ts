/**
 * The header block of a plain-text page: the lines around its publication line ("Published 3 May
 * 2026, 18:40" / "River Radio News"). A name there that names itself as an outlet is the outlet,
 * as beside a byline; one that does not is the outlet only when the corpus names that outlet
 * elsewhere. A headline is never taken for it, and a credit line at the foot ("Reporting by Sam
 * Okoye.") is the byline.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { readCorpusFiles } from '../../src/corpus/files.js';
import { inspectCorpus } from '../../src/corpus/load.js';
import { articleFolders } from '../support/corpus-fixture.js';

const HEADLINE = 'Footbridge shut after barge strike';
const STORY = 'The Mill Lane footbridge in Oxcombe was shut after a barge struck one of its piers.';
const MORE = 'Engineers will inspect the bridge on Monday, the county council said.';
const article = (...blocks: string[]) => blocks.join('\n\n');

const folders = articleFolders();
afterEach(folders.removeAll);

/** The metadata of each article of a corpus of `files`, with `articles.json` if given. */
async function metas(files: Record<string, string>, metadata?: object) {
  const dir = await folders.corpusOf(files);
  const read = await readCorpusFiles(dir);
  const { corpus } = inspectCorpus(
    metadata === undefined ? read : { ...read, metadata: JSON.stringify(metadata) },
  );
  return new Map(corpus.articles.map((entry) => [entry.meta.file, entry.meta]));
}

describe('an outlet’s name beside the publication line', () => {
  it.each([
    ['under "Published …"', 'Published 3 May 2026, 18:40\nOxcombe Radio News'],
    ['above "Published …"', 'Oxcombe Radio News\nPublished 3 May 2026, 18:40'],
    ['above a date line', 'OXCOMBE EVENING POST\nSunday 3 May 2026'],
    ['a blank line apart', 'Oxcombe Radio News\n\nPublished 3 May 2026, 18:40'],
  ])('%s is the outlet, and no passage', (_where, header) => {
    const cleaned = cleanArticle(article(header, HEADLINE, STORY, MORE));
    expect(cleaned.outlet?.toLowerCase()).toMatch(/^(?:oxcombe radio news|oxcombe evening post)$/);
    expect(cleaned.headline).toBe(HEADLINE);
    expect(cleaned.dateline).toBe('2026-05-03');
    expect(cleaned.text).toBe(article(HEADLINE, STORY, MORE));
  });

  it('never takes the headline for it: a title-case headline ending in an outlet’s noun', () => {
    // "Record" is a news outlet's noun ("The Oxcombe Record"); beside the date with no other
    // heading, the line is the headline, left in the text.
    for (const header of [
      'Published 3 May 2026\nMayor Defends Record',
      'Mayor Defends Record\nPublished 3 May 2026',
      'Mayor Defends Record\n\nPublished 3 May 2026',
    ]) {
      const cleaned = cleanArticle(article(header, STORY, MORE));
      expect(cleaned.outlet).toBeNull();
      expect(cleaned.text).toBe(article('Mayor Defends Record', STORY, MORE));
    }
  });

  it('reads a name with no outlet’s noun as standing where an outlet’s does, no more', () => {
    const cleaned = cleanArticle(
      article('Published 3 May 2026\nOxcombe Echo', HEADLINE, STORY, MORE),
    );
    expect(cleaned.outlet).toBeNull();
    expect(cleaned.outletCandidate).toBe('Oxcombe Echo');
  });

  it('reads no outlet in a headline wrapped over two lines above the date', () => {
    for (const header of [
      'Harbour Board to Partner With\nOxcombe Police Over Moorings\nDecember 18, 2020',
      'Mayor Defends\nHis Record\nPublished 3 May 2026',
    ]) {
      const cleaned = cleanArticle(article(header, STORY, MORE));
      expect(cleaned.outlet, header).toBeNull();
      expect(cleaned.text.split('\n\n')[0], header).toBe(header.split('\n').slice(0, 2).join(' '));
    }
    // Nor a name standing where an outlet's does: the line is the headline's.
    const wrapped =
      'Harbour Board to Partner With\nOxcombe Police Over Moorings\nDecember 18, 2020';
    expect(cleanArticle(article(wrapped, STORY, MORE)).outletCandidate).toBeUndefined();
  });

  it('reads no candidate in a lone headline beside the date', () => {
    const cleaned = cleanArticle(article('Published 3 May 2026\nCrews Return Home', STORY, MORE));
    expect(cleaned.outletCandidate).toBeUndefined();
    expect(cleaned.headline).toBe('Crews Return Home');
  });

  it('reads no name beside an update’s date', () => {
    const cleaned = cleanArticle(
      article('Updated 4 May 2026\nOxcombe Radio News', HEADLINE, STORY, MORE),
    );
    expect(cleaned.outlet).toBeNull();
    expect(cleaned.text).toContain('Oxcombe Radio News');
  });
});

describe('a name the corpus names elsewhere', () => {
  const echo = article('Published 3 May 2026\nOxcombe Echo', HEADLINE, STORY, MORE);

  it('is the outlet beside the publication line when articles.json names it for another file', async () => {
    const meta = await metas(
      { 'a.txt': echo, 'b.txt': article('Towpath reopens', STORY) },
      { articles: [{ file: 'b.txt', outlet: 'Oxcombe Echo' }] },
    );
    expect(meta.get('a.txt')?.outlet).toBe('Oxcombe Echo');
    expect(meta.get('a.txt')?.outletUnconfirmed).toBeUndefined();
  });

  it('is the outlet when another article’s lines name it', async () => {
    const other = article('Towpath reopens', STORY, '© 2026 Oxcombe Echo');
    const meta = await metas({ 'a.txt': echo, 'b.txt': other });
    expect(meta.get('a.txt')?.outlet).toBe('Oxcombe Echo');
  });

  it('confirms a masthead in capitals, under the corpus’s spelling', async () => {
    const masthead = article('OXCOMBE COURIER', HEADLINE, STORY, MORE);
    const other = article('Towpath reopens', 'By Ana Ruiz · Oxcombe Courier · 2 May 2026', STORY);
    const meta = await metas({ 'a.txt': masthead, 'b.txt': other });
    expect(meta.get('a.txt')?.outlet).toBe('Oxcombe Courier');
  });

  it('is unknown, not unstated, when the corpus names no such outlet', async () => {
    const meta = await metas({ 'a.txt': echo, 'b.txt': article('Towpath reopens', STORY) });
    expect(meta.get('a.txt')?.outlet).toBeNull();
    expect(meta.get('a.txt')?.outletUnconfirmed).toBe(true);
  });

  it('leaves an outlet articles.json sets to null as it is', async () => {
    const meta = await metas(
      { 'a.txt': echo, 'b.txt': article('Towpath reopens', STORY) },
      {
        articles: [
          { file: 'a.txt', outlet: null },
          { file: 'b.txt', outlet: 'Oxcombe Echo' },
        ],
      },
    );
    expect(meta.get('a.txt')?.outlet).toBeNull();
  });
});

describe('the repro of a .txt with its outlet under "Published" and a credit at its foot', () => {
  it('states the outlet and the author', async () => {
    const text = article(
      'Published 3 May 2026, 18:40\nRiver Radio News',
      'BRIDGE CLOSED AFTER LORRY STRIKE',
      'The Abbey Bridge in Wexley has been closed after a lorry struck its parapet.\nEngineers will inspect the bridge on Monday.',
      'Reporting by Sam Okoye.',
    );
    const meta = (await metas({ 'r.txt': text })).get('r.txt');
    expect(meta).toMatchObject({
      outlet: 'River Radio News',
      author: 'Sam Okoye',
      title: 'BRIDGE CLOSED AFTER LORRY STRIKE',
      published: '2026-05-03',
    });
  });
});
