/**
 * The outlet a plain-text page states without a byline or metadata line: a copyright notice at
 * its foot, a masthead the page corroborates, a site name beside the headline. Tiny invented
 * pages; each rule also has a page where it must not apply.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { copyrightHolder, outletKey } from '../../src/corpus/copyright.js';
import { furnitureReason } from '../../src/corpus/furniture.js';
import { mastheadOutlet } from '../../src/corpus/masthead.js';

const BODY = [
  'Crews finished the pier repairs two weeks ahead of schedule, the harbour board said on Monday.',
  'The pier reopens to anglers on Saturday.',
];
const page = (...blocks: string[]) => blocks.join('\n\n');
const reasons = (raw: string) =>
  cleanArticle(raw).dropped.map(({ line, reason }) => [line, reason]);

describe('copyright notices', () => {
  it.each([
    ['(c) Kellan Courier 2026', 'Kellan Courier'],
    ['© 2021 Riverton Gazette', 'Riverton Gazette'],
    ['Copyright 2021 The Harbour Herald. All rights reserved.', 'The Harbour Herald'],
    ['Copyright © 2019–2026 Kellan Courier Ltd.', 'Kellan Courier Ltd'],
    ['Kestrel Courier © 2023', 'Kestrel Courier'],
    ['© 2026 gullbaytimes.com', 'gullbaytimes.com'],
  ])('reads %j as naming %j', (line, holder) => {
    expect(furnitureReason(line)).toBe('copyright notice');
    expect(copyrightHolder(line)).toBe(holder);
  });

  it.each([
    '(c) The minister may, with the consent of the board, waive the fee.',
    '(c) the applicant pays the fee in 2026',
    'Copyright lawyers said the ruling would change the music industry.',
  ])('keeps %j as text', (line) => {
    expect(furnitureReason(line)).toBeNull();
  });

  it('takes no holder that is not a name', () => {
    expect(copyrightHolder('© 2026 News')).toBeNull();
    expect(copyrightHolder('All rights reserved.')).toBeNull();
  });

  it('compares outlet names without case, a leading "The" or a legal form', () => {
    expect(outletKey('The Kellan Courier Ltd.')).toBe(outletKey('KELLAN COURIER'));
    expect(outletKey('Kellan Courier')).not.toBe(outletKey('Kellan Herald'));
  });

  it('states the outlet from the notice at the foot of the page, never quoted', () => {
    const cleaned = cleanArticle(
      page('Pier repairs finished early', ...BODY, '(c) Kellan Courier 2026'),
    );
    expect(cleaned.outlet).toBe('Kellan Courier');
    expect(cleaned.text).not.toContain('Kellan');
    expect(reasons(page(...BODY, '(c) Kellan Courier 2026'))).toContainEqual([
      '(c) Kellan Courier 2026',
      'copyright notice',
    ]);
  });

  it('does not read a notice above body text (a picture’s credit) or two different holders', () => {
    const credit = page(
      'Pier repairs finished early',
      BODY[0] ?? '',
      '© Getty Images 2026',
      BODY[1] ?? '',
    );
    expect(cleanArticle(credit).outlet).toBeNull();
    const two = page(...BODY, '© 2026 Kellan Courier', '© 2026 Gull Bay Times');
    expect(cleanArticle(two).outlet).toBeNull();
  });

  it('gives way to an outlet a byline states', () => {
    const raw = page('By Ana Ruiz, Harbour Herald', ...BODY, '© 2026 Kellan Media Group');
    expect(cleanArticle(raw).outlet).toBe('Harbour Herald');
  });
});

describe('mastheads', () => {
  it('reads a masthead the copyright notice corroborates, and leaves it out of the text', () => {
    const cleaned = cleanArticle(
      page('KELLAN COURIER', 'Pier repairs finished early', ...BODY, '(c) Kellan Courier 2026'),
    );
    expect(cleaned.outlet).toBe('Kellan Courier');
    expect(cleaned.headline).toBe('Pier repairs finished early');
    expect(cleaned.text).toBe(['Pier repairs finished early', ...BODY].join('\n\n'));
    expect(cleaned.dropped.map(({ reason }) => reason)).toEqual(['masthead', 'copyright notice']);
  });

  it('reads a masthead under the headline that the article’s words name ("told the Courier")', () => {
    const told = `${BODY[0]} "We were lucky with the weather," the foreman told the Courier.`;
    for (const top of [
      ['Pier repairs finished early', 'Kellan Courier'],
      ['Pier repairs finished early\nKellan Courier'],
    ]) {
      const cleaned = cleanArticle(page(...top, told));
      expect(cleaned.outlet).toBe('Kellan Courier');
      expect(cleaned.headline).toBe('Pier repairs finished early');
      expect(cleaned.text.startsWith('Pier repairs finished early\n\n')).toBe(true);
    }
  });

  it('reads a masthead a photo credit names', () => {
    const raw = page(
      'Gull Bay Times',
      'Pier repairs finished early',
      'Crews on the pier on Monday. Ana Ruiz / Gull Bay Times',
      ...BODY,
    );
    expect(cleanArticle(raw).outlet).toBe('Gull Bay Times');
  });

  it('leaves an uncorroborated masthead as it was, the outlet unknown', () => {
    const cleaned = cleanArticle(page('KELLAN COURIER', 'Pier repairs finished early', ...BODY));
    expect(cleaned.outlet).toBeNull();
    expect(cleaned.headline).toBe('Pier repairs finished early');
    expect(cleaned.text.startsWith('KELLAN COURIER\n\n')).toBe(true);
  });

  it('does not take a section or place label the article mentions for the outlet', () => {
    const raw = page(
      'HARLOW COUNTY',
      'Flood waters recede',
      'Harlow County residents returned to their homes on Monday, the sheriff said.',
    );
    const cleaned = cleanArticle(raw);
    expect(cleaned.outlet).toBeNull();
    expect(cleaned.text.startsWith('HARLOW COUNTY')).toBe(true);
  });

  it('never takes the headline itself, alone at the top, for a masthead', () => {
    const raw = page(
      'Gull Bay Times Wins Award',
      'The Gull Bay Times won the award, its editor said.',
    );
    expect(cleanArticle(raw).headline).toBe('Gull Bay Times Wins Award');
    expect(cleanArticle(raw).outlet).toBeNull();
  });

  it('needs a statement, a credit or an outlet’s name in the line (unit)', () => {
    const none = { outlets: [], credits: [], body: '' };
    expect(mastheadOutlet('KELLAN COURIER', none)).toBeNull();
    expect(mastheadOutlet('KELLAN COURIER', { ...none, outlets: ['The Kellan Courier'] })).toBe(
      'The Kellan Courier',
    );
    expect(mastheadOutlet('Kellan Courier', { ...none, outlets: ['Kellan Courier Ltd'] })).toBe(
      'Kellan Courier',
    );
    expect(mastheadOutlet('Local News', { ...none, outlets: ['Local News'] })).toBeNull();
    // Named by its last word alone, a masthead is three words at most: this is a headline.
    expect(
      mastheadOutlet('Mayor Attacks Daily Mail', { ...none, body: 'he told the Mail.' }),
    ).toBeNull();
    expect(mastheadOutlet('Gull Bay Times', { ...none, body: 'she told the Times.' })).toBe(
      'Gull Bay Times',
    );
  });
});

describe('a site name beside a text headline', () => {
  it('is the outlet, by the rule a page title is read by', () => {
    const cleaned = cleanArticle(page('Pier repairs finished early | Gull Bay Times', ...BODY));
    expect(cleaned.headline).toBe('Pier repairs finished early');
    expect(cleaned.outlet).toBe('Gull Bay Times');
  });

  it('is no outlet when it is a section’s name; of several parts, the far end names it', () => {
    expect(cleanArticle(page('Pier repairs finished early | Politics', ...BODY)).outlet).toBeNull();
    // The far end from the headline is the site's name, a part between them its section.
    const parts = cleanArticle(
      page('Pier repairs finished early | Local | Gull Bay Times', ...BODY),
    );
    expect(parts).toMatchObject({
      outlet: 'Gull Bay Times',
      headline: 'Pier repairs finished early',
    });
    const section = cleanArticle(
      page('Pier repairs finished early | Gull Bay Times | Local', ...BODY),
    );
    expect(section.outlet).toBeNull();
  });
});
