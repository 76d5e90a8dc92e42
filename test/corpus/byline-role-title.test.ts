/**
 * A byline without "By" that sets the writer's staff title before the name ("Herald reporter
 * Owen Lacey", "Staff writer Ana Ruiz", "Political editor Tom Reyes"): a credit line naming the
 * writer (AP Stylebook, "byline"), read as the author and dropped, so an all-caps headline above
 * it is the title. A sentence opening with a role and a name stays text. Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { parseByline } from '../../src/corpus/byline.js';
import { inspectCorpus } from '../../src/corpus/load.js';
import { formatValidation } from '../../src/corpus/validate.js';
import { readOneArticle } from '../support/one-article.js';

const BODY = `KELLAN, March 4 2026 — Engineers inspecting the harbour wall have found
nine cracks along its seaward face, the council said on Tuesday.

The wall was last repaired in 2011. A full survey will be carried out next month, and the
quay will stay closed to vehicles until it is finished.`;

describe('a staff title before the writer’s name', () => {
  it.each([
    ['Herald reporter Owen Lacey', 'Owen Lacey'],
    ['Staff writer Ana Ruiz', 'Ana Ruiz'],
    ['Political editor Tom Reyes', 'Tom Reyes'],
    ['Senior correspondent Mary-Jo de la Cruz', 'Mary-Jo de la Cruz'],
    ['Chief reporter Sam Okoye · 4 March 2026', 'Sam Okoye'],
  ])('%j is a byline naming %j', (line, author) => {
    expect(parseByline(line)?.author).toBe(author);
  });

  it('reads the date a field after the name gives', () => {
    expect(parseByline('Chief reporter Sam Okoye · 4 March 2026')?.date).toBe('2026-03-04');
  });

  it.each([
    'Herald reporter Owen Lacey found the cracks on Thursday.',
    'Staff writer Ana Ruiz contributed to this report',
    'Former editor Tom Reyes said the paper would close',
    'Harbour wall Kellan Quay',
    // A title-case headline capitalises the role noun; a byline's occupational title is lower case.
    'Star Reporter Jane Doe Wins Award',
    'The reporter',
    // Not the writer's credit: another part of the work, or no role at all.
    'Executive producer Tom Reyes',
    'Staff photographer Ana Ruiz',
    'Help desk Monday Friday',
    // More capitalised words than a name has: a headline's.
    'Herald reporter Owen Lacey Wins Award',
  ])('%j is no byline', (line) => {
    expect(parseByline(line)).toBeNull();
  });

  it('under an all-caps headline: the headline is the title, the name the author', () => {
    const { meta, text, dropped } = readOneArticle(
      'wall.txt',
      `NINE CRACKS FOUND IN HARBOUR WALL AS SURVEY BEGINS\n\nGazette reporter Owen Lacey\n\n${BODY}\n`,
    );
    expect(meta.title).toBe('NINE CRACKS FOUND IN HARBOUR WALL AS SURVEY BEGINS');
    expect(meta.author).toBe('Owen Lacey');
    expect(dropped).toContainEqual({ line: 'Gazette reporter Owen Lacey', reason: 'byline' });
    expect(text).not.toContain('Gazette reporter');
  });

  it('reads no byline in the body: a list of judges keeps its lines and names no author', () => {
    const { meta, text } = readOneArticle(
      'judges.txt',
      `Judges named for the harbour prize\n\n${BODY}\n\nThe judges are:\n\nLiterary editor Ana Ruiz\n\nPolitical columnist Tom Reyes\n`,
    );
    expect(meta.author).toBeNull();
    expect(text).toContain('Literary editor Ana Ruiz');
    expect(text).toContain('Political columnist Tom Reyes');
  });

  it('leaves a sentence opening with a role and a name in the text', () => {
    const { meta, text } = readOneArticle(
      'wall.txt',
      `Nine cracks found in harbour wall\n\nGazette reporter Owen Lacey walked the quay on Monday with the engineers.\n\n${BODY}\n`,
    );
    expect(meta.title).toBe('Nine cracks found in harbour wall');
    expect(meta.author).toBeNull();
    expect(text).toContain('Gazette reporter Owen Lacey walked the quay');
  });
});

describe('validate shows a title read from the text', () => {
  const HEADED = `NINE CRACKS FOUND IN HARBOUR WALL AS SURVEY BEGINS\n\nGazette reporter Owen Lacey\n\n${BODY}\n`;
  const STATED = `Title: Nine cracks found\nAuthor: Owen Lacey\n\n${BODY}\n`;
  const inspection = inspectCorpus({
    dir: 'memory',
    articles: [
      { file: 'headed.txt', format: 'text', raw: HEADED, encoding: 'utf-8' },
      { file: 'stated.txt', format: 'text', raw: STATED, encoding: 'utf-8' },
    ],
    metadata: null,
    aliases: null,
    unread: [],
  });

  it('names the heading taken as the title, and no title a field states', () => {
    const lines = formatValidation(
      {
        dir: 'memory',
        problems: [],
        notes: [],
        articles: inspection.reports,
        gaps: {},
        counts: { articles: 2, sentences: 0, aliasGroups: 0 },
      },
      false,
    );
    expect(lines).toContain(
      'headed.txt: title read from its first heading (none stated): "NINE CRACKS FOUND IN HARBOUR WALL AS SURVEY BEGINS"',
    );
    expect(lines.some((line) => line.startsWith('stated.txt: title'))).toBe(false);
  });
});
