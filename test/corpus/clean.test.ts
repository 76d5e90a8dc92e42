import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { parseDateline } from '../../src/corpus/furniture.js';

const invented = [
  '1. Skip to content',
  '  2. Skip to main menu',
  '',
  'Accessibility links',
  '',
  'Harbour Council Approves New Ferry Line',
  '',
  'March 3, 2022',
  '',
  'The harbour council on Tuesday approved a ferry line between the two islands, the mayor said.',
  '',
  'Passengers wait at the old pier',
  'Image: picture-alliance/dpa/J. Doe',
  '',
  'Related article: Island bridge plan shelved again',
  '',
  'The line will run six times a day and cost the town about 2 million euros a year, according to the',
  '',
  'https://example.org/ferry-budget',
  'https://example.org/2022/03/03/council',
  '',
  'council’s own budget papers.',
  '',
  'Read more: Why islands want ferries (video)',
  '',
  'Ferries at dawn in the harbour. REUTERS/Jane Doe',
  '',
  'What does a ferry cost to run? (ENG explainer)back to top',
  '',
  'ab/cd (AFP, Reuters)',
  'KWS hta/jw 0212 GMT',
].join('\n');

describe('cleanArticle', () => {
  const cleaned = cleanArticle(invented);

  it('drops navigation, teasers, bare URLs, captions, credits and sign-offs', () => {
    for (const gone of [
      'Skip to',
      'Accessibility',
      'Related article',
      'https://',
      'Read more',
      'Image:',
      'REUTERS',
      'Passengers wait',
      'explainer',
      'back to top',
      'AFP',
      'hta/jw',
    ]) {
      expect(cleaned.text).not.toContain(gone);
    }
  });

  it('reads a labelled line after a caption as its credit, and a lone labelled line as a caption', () => {
    const dropped = cleanArticle(
      [
        'Bridge repairs finish early',
        'Workers on the bridge deck at night\nImage: Wirepix/AP/K. Olsen',
        'The bridge reopened on Monday.',
        'Photo: Cars cross the bridge on Monday morning',
      ].join('\n\n'),
    ).dropped;
    expect(dropped).toContainEqual({ line: 'Image: Wirepix/AP/K. Olsen', reason: 'photo credit' });
    expect(dropped).toContainEqual({
      line: 'Workers on the bridge deck at night',
      reason: 'photo caption',
    });
    expect(dropped).not.toContainEqual({
      line: 'Photo: Cars cross the bridge on Monday morning',
      reason: 'photo credit',
    });
  });

  it('rejoins a sentence that a block of URLs split in two, marking where it stood', () => {
    expect(cleaned.text).toContain('according to the … council’s own budget papers.');
  });

  it('keeps the headline as a heading and reads the dateline', () => {
    expect(cleaned.headline).toBe('Harbour Council Approves New Ferry Line');
    expect(cleaned.dateline).toBe('2022-03-03');
    expect(cleaned.paragraphs[0]?.kind).toBe('heading');
  });

  it('keeps the article’s wording untouched', () => {
    expect(cleaned.text).toContain(
      'The harbour council on Tuesday approved a ferry line between the two islands, the mayor said.',
    );
  });

  it('joins hard-wrapped lines of one paragraph with a single space', () => {
    const wrapped = cleanArticle(
      'First line of a wrapped\nparagraph goes on here.\n\nSecond paragraph.',
    );
    expect(wrapped.text).toBe(
      'First line of a wrapped paragraph goes on here.\n\nSecond paragraph.',
    );
  });

  it('gives paragraph offsets that slice the cleaned text exactly', () => {
    for (const p of cleaned.paragraphs) {
      const slice = cleaned.text.slice(p.start, p.end);
      expect(slice.trim()).toBe(slice);
      expect(slice.length).toBeGreaterThan(0);
    }
  });
});

describe('cleanArticle on the bundled articles', () => {
  const folder = 'corpus/articles';
  for (const file of readdirSync(folder)) {
    it(`leaves no page furniture in ${file}`, () => {
      const { text } = cleanArticle(readFileSync(`${folder}/${file}`, 'utf8'));
      expect(text).not.toMatch(
        /https?:\/\/|Skip to|Breaking News|Accessibility links|back to top|More in section|Related article|Read more|EPA \/ TASS|REUTERS\/|\(file photo\)|picture-alliance|explainer\)|rc\/msh/,
      );
    });
  }

  it('rejoins "citing the agreement on Belarus’ … legal portal." across the URL block, marked', () => {
    const { text } = cleanArticle(readFileSync(`${folder}/000_b177615667f28bfb.txt`, 'utf8'));
    expect(text).toContain('citing the agreement on Belarus’ … legal portal.');
  });
});

describe('parseDateline', () => {
  it.each([
    ['December 18, 2020', '2020-12-18'],
    ['27 August 2020', '2020-08-27'],
    ['Sept. 14, 2020', '2020-09-14'],
    ['2021-11-04', '2021-11-04'],
    ['HARBOURTON, March 3, 2022 —', '2022-03-03'],
    ['PORT ELLIS, 4 May 2021 –', '2021-05-04'],
  ])('reads %s', (line, expected) => expect(parseDateline(line)).toBe(expected));

  it.each([
    'February 30, 2021',
    'The agreement of December 18, 2020',
    'December 2020',
    // A place in ordinary case is the start of a sentence, not a wire dateline.
    'Harbourton, March 3, 2022 —',
  ])('refuses %s', (line) => {
    expect(parseDateline(line)).toBeNull();
  });
});

describe('cleanArticle: mastheads, wire datelines and separated bylines', () => {
  const page = cleanArticle(
    [
      'THE HARBOURTON LEDGER',
      '',
      'Ferry fares to rise by a third from June',
      '',
      'By Ana Ruiz · The Harbourton Ledger · March 9, 2021',
      '',
      'HARBOURTON, March 9, 2021 —',
      '',
      'The ferry company said on Tuesday that fares would rise by a third.',
    ].join('\n'),
  );

  it('takes the headline in sentence case over a masthead in capitals', () => {
    expect(page.headline).toBe('Ferry fares to rise by a third from June');
  });

  it('reads a byline whose parts are separated by dots, not as a navigation bar', () => {
    expect(page.author).toBe('Ana Ruiz');
    expect(page.dropped).toContainEqual({
      line: 'By Ana Ruiz · The Harbourton Ledger · March 9, 2021',
      reason: 'byline',
    });
  });

  it('drops a wire dateline line and keeps its date', () => {
    expect(page.dateline).toBe('2021-03-09');
    expect(page.text).not.toContain('HARBOURTON, March 9');
    expect(page.text).toContain('The ferry company said on Tuesday');
  });

  it('still takes a headline in capitals when it is the only heading', () => {
    const shouting = cleanArticle(
      'FERRY FARES TO RISE\n\nThe ferry company said fares would rise.',
    );
    expect(shouting.headline).toBe('FERRY FARES TO RISE');
  });
});
