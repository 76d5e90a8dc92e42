/**
 * A sender's postal address below the body (a newsletter's or a page's footer) is furniture:
 * fields of names and numbers with a postcode where its country sets it. Tiny invented lines
 * and pages; a sentence naming a place and an address inside a paragraph stay.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { isPostalAddress } from '../../src/corpus/postal-address.js';

const BODY = [
  'The ferry timetable will be cut for the winter months, the operator said on Monday.',
  'Sailings resume in full in April.',
];

describe('isPostalAddress', () => {
  it.each([
    'Gull Bay Gazette, Unit 4, Quay Works, Kelderby KD2 7QP',
    'Harbour Post Ltd · 12 High Street · Newcastle upon Tyne NE1 4ST',
    '1 Mill Lane, Kelderby, KD9 3AB, United Kingdom',
    'Tarn Valley Press, 200 Main Street, Springfield, IL 62701',
    'Suite 300, 45 King Street West, Toronto ON M5H 1J8',
    'Kestrel Verlag, Hafenstraße 3, 20457 Hamburg',
    'Kade 12, 1012 AB Amsterdam',
    'Ferry Review, 3 Quay Road, Dublin D02 X285',
  ])('reads %j as an address', (line) => {
    expect(isPostalAddress(line)).toBe(true);
  });

  it.each([
    'The depot at Riverside Works, Castlebridge, opened in 2019.',
    'Kelderby KD2 7QP',
    'Results, Q3, 2019 Budget',
    'Ferry fares rise 12%, Kelderby council says',
    'Route 66, Springfield, 62701',
    'Unit 4, Riverside Works, Castlebridge',
  ])('reads %j as no address', (line) => {
    expect(isPostalAddress(line)).toBe(false);
  });
});

describe('postal addresses in cleaning', () => {
  const address = 'Gull Bay Gazette, Unit 4, Quay Works, Kelderby KD2 7QP';

  it('drops the address below the body, on its own or among footer lines', () => {
    for (const footer of [address, `To unsubscribe, click here.\n${address}`]) {
      const cleaned = cleanArticle([...BODY, footer].join('\n\n'));
      expect(cleaned.text).toBe(BODY.join('\n\n'));
      expect(cleaned.dropped).toContainEqual({ line: address, reason: 'postal address' });
    }
  });

  it('keeps an address line that is part of a paragraph', () => {
    const paragraph = `Entries go to the harbour office at\n${address}\nby Friday, the board said.`;
    const cleaned = cleanArticle([BODY[0], paragraph].join('\n\n'));
    expect(cleaned.text).toContain('Kelderby KD2 7QP by Friday');
    expect(cleaned.dropped.map(({ reason }) => reason)).not.toContain('postal address');
  });
});
