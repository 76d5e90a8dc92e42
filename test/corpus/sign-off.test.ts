import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { isOutletSignOff } from '../../src/corpus/masthead.js';

const BODY = [
  'The pier reopened on Monday after repairs, the harbour board said.',
  'Anglers returned within the hour.',
];

describe("an outlet's sign-off", () => {
  it.each(['Gull Bay Gazette — your town, your paper', 'KELLAN COURIER | News you can trust'])(
    'reads %j as a sign-off',
    (line) => {
      expect(isOutletSignOff(line)).toBe(true);
    },
  );

  it.each([
    'Gull Bay Gazette — 3 jobs to go',
    'Gull Bay Gazette — the editor resigned.',
    'Pier Repairs — what happens next',
    'Gull Bay Gazette sold to rival group',
  ])('keeps %j', (line) => {
    expect(isOutletSignOff(line)).toBe(false);
  });

  it('drops it as a paragraph of its own after the prose; inside a paragraph it stays', () => {
    const signOff = 'Gull Bay Gazette — your town, your paper';
    const cleaned = cleanArticle([...BODY, signOff].join('\n\n'));
    expect(cleaned.text).toBe(BODY.join('\n\n'));
    expect(cleaned.dropped).toEqual([{ line: signOff, reason: 'masthead' }]);
    const inParagraph = [BODY[0], `${signOff}\n${BODY[1]}`].join('\n\n');
    expect(cleanArticle(inParagraph).text).toContain(signOff);
  });
});
