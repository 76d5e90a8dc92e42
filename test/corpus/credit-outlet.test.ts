import { describe, expect, it } from 'vitest';
import { parseByline } from '../../src/corpus/byline.js';
import { cleanArticle } from '../../src/corpus/clean.js';

const BODY = 'The council met on Tuesday and voted to approve the plan by seven votes to two.';

describe('cleanArticle: a name and an outlet under the headline are its credit', () => {
  it.each([
    [
      'Council backs new ferry route',
      'Marta Quill • Harbourside Herald',
      'Marta Quill',
      'Harbourside Herald',
    ],
    [
      'Bridge repairs delayed again',
      'Owen Falk | owenvalleypost.com',
      'Owen Falk',
      'owenvalleypost.com',
    ],
    [
      'Wildfire smoke closes schools',
      'Lena Ortiz — The Valley Sentinel',
      'Lena Ortiz',
      'The Valley Sentinel',
    ],
  ])('%j / %j', (title, credit, author, outlet) => {
    const cleaned = cleanArticle(`${title}\n${credit}\n3 Aug 2023\n\n${BODY}`);
    expect(cleaned).toMatchObject({ headline: title, author, outlet, dateline: '2023-08-03' });
    expect(cleaned.text).not.toContain(credit);
  });

  it.each([
    // A title-case headline copied with its site's name, with no headline above it.
    ['Harbour Bridge Reopens · Kestrel Courier', 'Harbour Bridge Reopens'],
    // A section label above it is no headline: the line is still the title.
    ['WORLD\n\nHarbour Bridge Reopens | Kestrel Courier', 'Harbour Bridge Reopens'],
    // A headline with a comma and a news word.
    ['Mayor quits, Herald reports', 'Mayor quits, Herald reports'],
  ])('leaves %j as the headline', (top, headline) => {
    const cleaned = cleanArticle(`${top}\n\n${BODY}`);
    expect(cleaned).toMatchObject({ headline, author: null });
  });
});

describe('parseByline: the outlet a byline names', () => {
  it.each([
    // "By NAME, OUTLET"
    ['By Rosa Ferreira, Millbrook Evening Post', 'Rosa Ferreira', 'Millbrook Evening Post'],
    ['By Ivo Brandt, Lakeshore Times', 'Ivo Brandt', 'Lakeshore Times'],
    [
      'By Ana Ruiz and Ben Cole, The Kestrel Courier',
      'Ana Ruiz and Ben Cole',
      'The Kestrel Courier',
    ],
    // "By NAME <separator> OUTLET"
    ['By Noor Haddad • Westfield Tribune', 'Noor Haddad', 'Westfield Tribune'],
    ['By Piet Smit | The Coastal Observer | 4 March 2024', 'Piet Smit', 'The Coastal Observer'],
    ['By Ines Volk – Hillcrest Daily', 'Ines Volk', 'Hillcrest Daily'],
    // Roles, co-authors and two outlets: no outlet stated.
    ['By Jane Roe, Staff Writer', 'Jane Roe', null],
    ['By Jane Roe, Science Correspondent', 'Jane Roe', null],
    ['By Ana Ruiz, Times Staff Writer', 'Ana Ruiz', null],
    ['By Ruth Kim, Greg Tan', 'Ruth Kim, Greg Tan', null],
    // A paper's title word that names other things too ("Echo", "Bugle") names the outlet in a
    // byline's field after the writer; a name of no such word stays a co-author's.
    ['By Rosa Vane, Pell Valley Echo', 'Rosa Vane', 'Pell Valley Echo'],
    ['By Idris Maun, Lowmoor Bugle', 'Idris Maun', 'Lowmoor Bugle'],
    ['By Idris Maun · The Clarion · 6 May 2026', 'Idris Maun', 'The Clarion'],
    ['By Ruth Kim, Greg Echols', 'Ruth Kim, Greg Echols', null],
    ['By Ana Ruiz · Kestrel Courier · Harbour Herald', 'Ana Ruiz', null],
  ])('reads %j', (line, author, outlet) => {
    expect(parseByline(line)).toMatchObject({ author, outlet });
  });

  it.each(['By the numbers, Times are tough', 'By The Numbers, Times Are Tough'])(
    'is not fooled by %j',
    (line) => {
      expect(parseByline(line)).toBeNull();
    },
  );
});
