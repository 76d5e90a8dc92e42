/**
 * Wire copy and news-database exports as they are delivered: a header of fields under the keys
 * wire services and databases use ("HEADLINE:", "BYLINE:", "DATE:", "WORDS:"), closed by "---"
 * or a blank line, often under the agency's or publication's name, then the story opening with a
 * wire dateline ("CALDER MOOR, 4 June 2025 (WNA) - …"). The header states the metadata and is
 * never quoted; the dateline is read and kept out of the quoted sentence. Also a station's first
 * line "Radio … News – date", which names the outlet only when the rest is a whole date.
 * Invented outlets and stories.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { readMetadataBlock } from '../../src/corpus/metadata-block.js';
import { formatValidation, validateCorpus } from '../../src/corpus/validate.js';
import { articleFolders } from '../support/corpus-fixture.js';

const { corpusOf, removeAll } = articleFolders();
afterEach(removeAll);

const LEAD =
  "Ormsby Brewing lodged an appeal on Wednesday against the council's refusal of its warehouse on Millbeck Lane, saying the decision ignored its traffic survey.";
const MORE =
  'The planning committee refused the scheme in March after residents objected to lorry movements at night.';

async function articleOf(text: string) {
  const dir = await corpusOf({ 'story.txt': text });
  const [article] = (await loadCorpus(dir)).articles;
  if (article === undefined) throw new Error('no article');
  return article;
}

const WIRE = [
  'WESTFOLD NEWS AGENCY',
  'HEADLINE: Brewery appeals refusal of Millbeck Lane warehouse',
  'BYLINE: By Tomas Greer, Westfold News Agency',
  'DATE: 4 June 2025',
  'WORDS: 240',
  '---',
  `CALDER MOOR, 4 June 2025 (WNA) - ${LEAD}`,
  '',
  MORE,
  '',
].join('\n');

describe('a wire header block', () => {
  it('states the title, author, date and agency, and no line of it is quoted', async () => {
    const article = await articleOf(WIRE);
    expect(article.meta).toMatchObject({
      title: 'Brewery appeals refusal of Millbeck Lane warehouse',
      author: 'Tomas Greer',
      outlet: 'Westfold News Agency',
      published: '2025-06-04',
    });
    for (const key of ['HEADLINE', 'BYLINE', 'WORDS', 'WESTFOLD', '---'])
      expect(article.text).not.toContain(key);
  });

  it('reads a date in figures whose order is certain, never one that could be either', async () => {
    const withDate = (date: string) => WIRE.replace('DATE: 4 June 2025', `DATE: ${date}`);
    expect((await articleOf(withDate('22/04/2026'))).meta.published).toBe('2026-04-22');
    expect((await articleOf(withDate('22.04.2026 09:15'))).meta.published).toBe('2026-04-22');
    // 5 April or 4 May: not guessed, so the dateline's own date stands.
    expect((await articleOf(withDate('05/04/2026'))).meta.published).toBe('2025-06-04');
  });

  it('keeps the wire dateline out of the quoted sentence', async () => {
    const article = await articleOf(WIRE);
    expect(article.text).not.toContain('CALDER MOOR');
    expect(article.text).toContain(LEAD);
  });

  it('names the agency its dateline credits by initials when the byline names it', async () => {
    const article = await articleOf(WIRE.replace('WESTFOLD NEWS AGENCY\n', ''));
    expect(article.meta.outlet).toBe('Westfold News Agency');
  });

  it.each([
    ['HED', 'BY: Tomas Greer', 'DATELINE: 4 June 2025', 'SLUG: BREWERY-APPEAL'],
    ['Headline', 'Byline: Tomas Greer', 'Date: 4 June 2025', 'Word Count: 240'],
  ])('reads the keys %s, …', async (title, author, date, other) => {
    const header = [`${title}: Brewery appeals refusal`, author, date, other].join('\n');
    const block = readMetadataBlock(`${header}\n***\n${LEAD}`);
    expect(block?.stated).toEqual({
      title: 'Brewery appeals refusal',
      author: 'Tomas Greer',
      published: '2025-06-04',
    });
    expect(block?.rest).toBe(LEAD);
  });

  it.each(['---', '* * *', '=====', '='.repeat(62)])(
    'ends the header at a rule of characters, %s, and quotes nothing of it',
    async (rule) => {
      const article = await articleOf(WIRE.replace('\n---\n', `\n${rule}\n`));
      expect(article.meta).toMatchObject({
        title: 'Brewery appeals refusal of Millbeck Lane warehouse',
        published: '2025-06-04',
      });
      expect(article.text).not.toContain(rule.slice(0, 3));
      expect(article.text).toContain(LEAD);
    },
  );

  it("reads a news database's fields set apart by blank lines, not its load date", () => {
    const text = [
      'Harlow Vale Gazette',
      'HEADLINE: Brewery appeals refusal',
      'BYLINE: Tomas Greer',
      '',
      'SECTION: NEWS; Pg. 4',
      '',
      'LENGTH: 240 words',
      'LOAD-DATE: 9 June 2025',
      '',
      'DATELINE: CALDER MOOR',
      '',
      LEAD,
    ].join('\n');
    const block = readMetadataBlock(text);
    expect(block?.stated).toEqual({
      title: 'Brewery appeals refusal',
      author: 'Tomas Greer',
      outlet: 'Harlow Vale Gazette',
    });
    expect(block?.rest).toBe(LEAD);
  });

  it('leaves a name over the fields that nothing confirms unknown, not stated', () => {
    const block = readMetadataBlock(
      `CALDER DESK\nHEADLINE: Brewery appeals refusal\nDATE: 4 June 2025\n---\n${LEAD}`,
    );
    expect(block?.stated.outlet).toBeUndefined();
    expect(block?.stated.outletCandidate).toBe('CALDER DESK');
  });

  it('reads a sentence-case line over the fields as the headline when no key gives one', () => {
    const block = readMetadataBlock(
      `Brewery appeals refusal\nBYLINE: Tomas Greer\nDATE: 4 June 2025\n\n${LEAD}`,
    );
    expect(block?.stated.title).toBe('Brewery appeals refusal');
  });
});

describe('a header no rule reads', () => {
  it('is named by validate with the keys it reads and articles.json', async () => {
    const dir = await corpusOf({
      'story.txt': `HED: Brewery appeals refusal\nFILED BY: Tomas Greer\nRUN DATE: 4 June 2025\n${LEAD}\n\n${MORE}\n`,
    });
    const lines = formatValidation(await validateCorpus(dir), false);
    const warning = lines.find((line) => line.includes('header of fields'));
    expect(warning).toContain('story.txt');
    expect(warning).toContain('HEADLINE:');
    expect(warning).toContain('articles.json');
  });

  it('is no dateline: a key before a colon is no place', async () => {
    const article = await articleOf(
      `HED: Brewery appeals refusal\nFILED BY: Tomas Greer\n${LEAD}\n`,
    );
    expect(article.text).toContain('HED: Brewery appeals refusal');
  });
});

describe("a station's first line with its date", () => {
  const story = (first: string) =>
    `${first}\n\nFerry fares to rise in spring\n\nThe operator of the Calder Moor ferry said on Tuesday that fares would rise by ten per cent in April.\n`;

  it('names the outlet when the rest of the line is a whole date', async () => {
    const article = await articleOf(story('Radio Calder News – 21 October 2025'));
    expect(article.meta.outlet).toBe('Radio Calder News');
    expect(article.meta.published).toBe('2025-10-21');
  });

  it('names none for a kind of publication, or an issue by its month', async () => {
    expect((await articleOf(story('Parish news – 21 October 2025'))).meta.outlet).toBeNull();
    expect((await articleOf(story('Radio Calder News – October 2025'))).meta.outlet).toBeNull();
  });
});
