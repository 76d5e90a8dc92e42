import { describe, expect, it } from 'vitest';
import { parseByline } from '../../src/corpus/byline.js';
import { cleanArticle } from '../../src/corpus/clean.js';
import { furnitureReason, isCaptionLine, parseTimestamp } from '../../src/corpus/furniture.js';

describe('furniture rules', () => {
  it.each([
    ['Home | News | Local | Politics | Weather | Obituaries', 'navigation bar'],
    ['Sections · World · Business · Sport', 'navigation bar'],
    ['Menu', 'navigation'],
    ['Log in', 'navigation'],
    ['Subscribe for $1', 'call to action'],
    ['Follow us on Instagram', 'call to action'],
    ['Read more: Riverton voters back bond', 'link to another page'],
    ['jsmith@rivertongazette.com', 'e-mail address'],
    ['Photo: Sam Ito cuts the ribbon. (Riverton Parks Department)', 'photo caption or credit'],
    ['Source: Reuters', 'photo credit'],
    ['[Image: The quay at dusk. (Photo: Ana Ruiz/Gull Bay Times)]', 'photo caption or credit'],
    ['[Photo: Sam Ito]', 'photo caption or credit'],
    ['(Reporting by Ann Lee in Chicago; Editing by Tom Brown)', 'staff credits'],
    ['Copyright 2021 Riverton Gazette. All rights reserved.', 'copyright notice'],
    ['© 2022 Harbour Herald', 'copyright notice'],
    ['This is a developing story and will be updated.', 'story status note'],
  ])('drops %j as %s', (line, reason) => {
    expect(furnitureReason(line)).toBe(reason);
  });

  it.each([
    'Follow the money, the prosecutor told the court.',
    'Source: a senior official said the missing funds exceeded ten million dollars.',
    'Share prices of the state arms exporter fell after the indictment.',
    'Home prices rose 4 percent | the survey said.',
    'Subscribers to the service complained about the price.',
    'Searchers found the boat on Monday.',
    'The photo was taken by a resident.',
    'Reporting by local media was banned in 2020.',
    '[Update: the council has since replied to the letter.]',
    '[Image: the council] was how the mayor put it.',
  ])('keeps the sentence %j', (line) => {
    expect(furnitureReason(line)).toBeNull();
    expect(isCaptionLine(line)).toBe(false);
  });

  it.each([
    'Council members listen to public comment. (Photo by Dan Whitaker/Riverton Gazette)',
    'Crews repair a main on Monday, March 8, 2021. JANE SMITH/RIVERTON GAZETTE',
    'Council member Denise Harlan at City Hall. (Dan Whitaker/Riverton Gazette)',
    'Firefighters near Sella on Tuesday. (AP Photo/Maria Costa)',
  ])('recognises the caption %j', (line) => {
    expect(isCaptionLine(line)).toBe(true);
  });

  it('reads a time-stamp line: the publication date, not the update', () => {
    expect(parseTimestamp('Published March 5, 2021 | Updated March 6, 2021 9:14 a.m.')).toEqual({
      published: '2021-03-05',
    });
    expect(parseTimestamp('Updated: 2022-08-02')).toEqual({ published: null });
    expect(parseTimestamp('Updated rules took effect on March 1, 2022.')).toBeNull();
  });
});

describe('parseByline', () => {
  it.each([
    ['By Maria Lopez, Staff Writer', 'Maria Lopez', null, null],
    ['By Chris Nolan · June 15, 2021', 'Chris Nolan', null, '2021-06-15'],
    ['By Olga Petrova | Baltic Wire', 'Olga Petrova', 'Baltic Wire', null],
    ['By Ruth Kim and Greg Tan, Staff Writers', 'Ruth Kim and Greg Tan', null, null],
    ['BY Ursula von der Leyen', 'Ursula von der Leyen', null, null],
  ])('reads %j', (line, author, outlet, date) => {
    expect(parseByline(line)).toEqual({ author, outlet, date });
  });

  it.each([
    "By six o'clock, my basement had two feet of water in it.",
    'By Monday, the council had voted.',
    'By The Numbers',
    'By Tuesday Morning the roads were closed.',
  ])('is not fooled by %j', (line) => {
    expect(parseByline(line)).toBeNull();
  });
});

describe('cleanArticle: titles, bylines and datelines', () => {
  it('takes the headline, not the navigation or the byline, and a headline may end in a quotation mark', () => {
    const cleaned = cleanArticle(
      'Skip to main content\nHome | News | Sport\n\nMayor: "No new taxes"\n\nBy Ana Cruz\n\nThe mayor spoke on Monday.\n',
    );
    expect(cleaned.headline).toBe('Mayor: "No new taxes"');
    expect(cleaned.author).toBe('Ana Cruz');
    expect(cleaned.text).toBe('Mayor: "No new taxes"\n\nThe mayor spoke on Monday.');
  });

  it('passes over a one-word section label above the headline', () => {
    expect(cleanArticle('Politics\n\nCouncil backs ferry plan\n\nIt passed.').headline).toBe(
      'Council backs ferry plan',
    );
    expect(cleanArticle('Breakthrough\n\nIt worked at last.').headline).toBe('Breakthrough');
  });

  it('dates the article by its dateline, not by a correction note above it', () => {
    const cleaned = cleanArticle(
      'Budget adopted\n\nCorrection\n\nJune 21, 2021\n\nAn earlier version misstated the vote.\n\nJune 15, 2021\n\nThe council adopted a budget.\n',
    );
    expect(cleaned.dateline).toBe('2021-06-15');
    expect(cleaned.text).toContain('An earlier version misstated the vote.');
  });

  it('takes a bare name as the author only above an e-mail address', () => {
    expect(cleanArticle('Floods\n\nJane Smith\njs@paper.example\n\nIt rained.').author).toBe(
      'Jane Smith',
    );
    const headline = cleanArticle('Harbour Council Approves Ferry\nMarch 3, 2022\n\nIt passed.');
    expect(headline.author).toBeNull();
    expect(headline.headline).toBe('Harbour Council Approves Ferry');
  });

  it('counts every dropped line with its reason', () => {
    const cleaned = cleanArticle(
      'Menu\nSearch\n\nStorm hits coast\n\nBy Ana Cruz\nMarch 2, 2022\n\nThe storm hit on Tuesday.\n\nAdvertisement\n',
    );
    expect(cleaned.dropped).toEqual([
      { line: 'Menu', reason: 'navigation' },
      { line: 'Search', reason: 'navigation' },
      { line: 'By Ana Cruz', reason: 'byline' },
      { line: 'March 2, 2022', reason: 'dateline' },
      { line: 'Advertisement', reason: 'navigation' },
    ]);
  });
});
