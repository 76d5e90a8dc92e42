import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { parseMetadataLine } from '../../src/corpus/metadata-line.js';

describe('parseMetadataLine: bylines and time stamps without "By"', () => {
  it.each([
    [
      'Kestrel Courier · Ana Ruiz · March 5, 2021',
      { outlet: 'Kestrel Courier', author: 'Ana Ruiz', published: '2021-03-05' },
    ],
    ['Staff Writer • Updated 3 hours ago', { outlet: null, author: null, published: null }],
    [
      'Riverton Gazette | 5 March 2021',
      { outlet: 'Riverton Gazette', author: null, published: '2021-03-05' },
    ],
    [
      'Ana Ruiz, Staff Writer | rivertongazette.com | Published 2021-03-05 9:14 a.m.',
      { outlet: 'rivertongazette.com', author: 'Ana Ruiz', published: '2021-03-05' },
    ],
    [
      'Harbour Post — By Lena Park — Updated March 6, 2021',
      { outlet: 'Harbour Post', author: 'Lena Park', published: null },
    ],
    [
      'Tomás Herrera, Senior Correspondent',
      { outlet: null, author: 'Tomás Herrera', published: null },
    ],
    ['Updated 20 minutes ago', { outlet: null, author: null, published: null }],
    // A time alone after a label is a time stamp: the line is metadata, its date unknown.
    ['By Ana Ruiz · Updated 5.30 p.m.', { outlet: null, author: 'Ana Ruiz', published: null }],
    ['Updated 17:05 GMT', { outlet: null, author: null, published: null }],
    // A personal name next to a date only could be a headline in title case: not taken, only
    // given as unexplained (under a byline, the outlet's name: byline-rules.ts).
    [
      'Ana Ruiz · March 5, 2021',
      { outlet: null, author: null, published: '2021-03-05', unexplained: 'Ana Ruiz' },
    ],
    // A word that names no outlet is left unknown.
    ['Nordlys | 5 March 2021', { outlet: null, author: null, published: '2021-03-05' }],
    // A correction notice's date is not the publication's.
    ['Correction | May 4, 2022', { outlet: null, author: null, published: null }],
    // A label saying what kind of piece this is, with its outlet or without.
    [
      'An Estuary Post explainer · By Sam Okonjo and Rhiannon Tully',
      { outlet: 'Estuary Post', author: 'Sam Okonjo and Rhiannon Tully', published: null },
    ],
    [
      'Analysis | By Ana Ruiz | 5 March 2021',
      { outlet: null, author: 'Ana Ruiz', published: '2021-03-05' },
    ],
    // A label after a word that names no outlet is no label: the line is something else.
    ['A Harlow explainer · By Ana Ruiz', null],
    // Two outlets or two names: which is which is not stated.
    [
      'Lagos Daily Times · Harbour Post · 12 May 2022',
      { outlet: null, author: null, published: '2022-05-12' },
    ],
  ])('reads %j', (line, expected) => {
    expect(parseMetadataLine(line)).toEqual(expected);
  });

  it.each([
    'Home | News | Local | Politics | Weather',
    'Sections · World · Business · Sport',
    'Ana Ruiz · Ben Ode',
    'March 5, 2021',
    'Share prices fell 3 percent | analysts blamed the strike.',
    'Harbour Herald reporter Ana Ruiz — who broke the story on March 5, 2021 — was honoured.',
    'The vote — 7 to 2 — surprised no one.',
    'Ferry fares rise | March 5, 2021 was the busiest day.',
    // "Today" starts sentences; only after a label ("Updated today") is it a time stamp.
    'Today, Mr. Speaker',
  ])('leaves %j alone', (line) => {
    expect(parseMetadataLine(line)).toBeNull();
  });

  it('gives cleaning the outlet, author and date, and counts the line as dropped', () => {
    const cleaned = cleanArticle(
      'Kestrel Courier · Ana Ruiz · March 5, 2021\n\nHarbour fees to double\n\nFees will double in May.',
    );
    expect(cleaned).toMatchObject({
      headline: 'Harbour fees to double',
      outlet: 'Kestrel Courier',
      author: 'Ana Ruiz',
      dateline: '2021-03-05',
      text: 'Harbour fees to double\n\nFees will double in May.',
    });
    expect(cleaned.dropped).toEqual([
      { line: 'Kestrel Courier · Ana Ruiz · March 5, 2021', reason: 'byline or time stamp' },
    ]);
  });
});
