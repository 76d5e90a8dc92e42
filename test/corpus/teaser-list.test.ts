import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';

const BODY = [
  'The pier reopened on Monday after repairs, the harbour board said.',
  'Anglers returned within the hour.',
];

describe('teaser lists in pasted text', () => {
  it('drops a label over headlines, each a paragraph of its own, up to the footer', () => {
    const text = [
      ...BODY,
      'More from News',
      'Bypass roadworks to start next month',
      'Lifeboat crew rescue two from sandbank',
      '(c) 2025 Gull Bay Broadcasting Ltd',
    ].join('\n\n');
    const cleaned = cleanArticle(text);
    expect(cleaned.text).toBe(BODY.join('\n\n'));
    expect(cleaned.dropped.slice(0, 3)).toEqual([
      { line: 'More from News', reason: 'navigation' },
      { line: 'Bypass roadworks to start next month', reason: 'link to another page' },
      { line: 'Lifeboat crew rescue two from sandbank', reason: 'link to another page' },
    ]);
    expect(cleaned.dropped[3]?.reason).toBe('copyright notice');
  });

  it('ends the list at the next paragraph of prose, which is kept', () => {
    const text = [BODY[0], 'Related', 'Pier fees to rise', BODY[1]].join('\n\n');
    expect(cleanArticle(text).text).toBe(BODY.join('\n\n'));
  });

  it('keeps a crosshead under no such label, and a hard-wrapped paragraph after a label', () => {
    const crosshead = [BODY[0], 'What happens next', BODY[1]].join('\n\n');
    expect(cleanArticle(crosshead).text).toBe(crosshead);
    const wrapped = [BODY[0], 'Read more', 'The board will meet again\nin March to set the fees.'];
    expect(cleanArticle(wrapped.join('\n\n')).text).toContain(
      'The board will meet again in March to set the fees.',
    );
  });
});

describe('a teaser list run together with the foot of a page copied as text', () => {
  const FOOT = [
    'Share this article: Facebook | X | Email',
    'Most read',
    '1. Harbour council approves new cycle lane',
    '2. Snow expected on high ground tonight',
    'Copyright 2026 Gull Bay Evening Star',
  ];

  it('drops the share row, the label and its numbered headlines; the copyright names the outlet', () => {
    const cleaned = cleanArticle([...BODY, FOOT.join('\n')].join('\n\n'));
    expect(cleaned.text).toBe(BODY.join('\n\n'));
    expect(cleaned.dropped).toEqual([
      { line: FOOT[0], reason: 'navigation' },
      { line: 'Most read', reason: 'navigation' },
      { line: FOOT[2], reason: 'link to another page' },
      { line: FOOT[3], reason: 'link to another page' },
      { line: FOOT[4], reason: 'copyright notice' },
    ]);
    expect(cleaned.outlet).toBe('Gull Bay Evening Star');
  });

  it("keeps the article's own numbered list, and a list with prose below it in its block", () => {
    const own = [
      BODY[0],
      ['The board set three conditions:', '1. Repairs to the railings', '2. A new lifebuoy'].join(
        '\n',
      ),
      'Copyright 2026 Gull Bay Evening Star',
    ].join('\n\n');
    expect(cleanArticle(own).text).toContain('1. Repairs to the railings');
    expect(cleanArticle(own).text).toContain('2. A new lifebuoy');
    const prose = 'The board will meet again in March to set the fees.';
    const above = [BODY[0], [...FOOT.slice(1, 4), prose].join('\n')].join('\n\n');
    expect(cleanArticle(above).text).toContain('2. Snow expected on high ground tonight');
  });

  it('reads a share box title run on before its row as the row, not a sentence', () => {
    expect(cleanArticle([...BODY, 'Share: WhatsApp | Email'].join('\n\n')).text).toBe(
      BODY.join('\n\n'),
    );
    const sentence = 'Share this: email the council before Friday.';
    expect(cleanArticle([...BODY, sentence].join('\n\n')).text).toContain(sentence);
  });
});

describe("a list of the issue's other items", () => {
  const ITEMS = [
    'Kelderby marina sold for £18m on 12 May to a Leeds investor.',
    'Gull Bay unemployment falls to 3.9 per cent, lowest since 2019.',
  ];
  const FOOTER = 'You are receiving this email because you subscribed to the Gull Bay Briefing.';

  it('drops one-sentence teasers under the label, each a paragraph, when only the footer follows', () => {
    for (const label of ['ALSO IN THIS ISSUE', 'Also inside', "Elsewhere in today's edition:"]) {
      const cleaned = cleanArticle([...BODY, label, ...ITEMS, FOOTER].join('\n\n'));
      expect(cleaned.text).toBe(BODY.join('\n\n'));
      expect(cleaned.dropped.slice(0, 3)).toEqual([
        { line: label, reason: 'navigation' },
        ...ITEMS.map((line) => ({ line, reason: 'link to another page' })),
      ]);
    }
  });

  it('drops them in the label’s block, list markers and all', () => {
    const block = ['ALSO IN THIS ISSUE', ...ITEMS.map((item) => `* ${item}`)].join('\n');
    const cleaned = cleanArticle([...BODY, block].join('\n\n'));
    expect(cleaned.text).toBe(BODY.join('\n\n'));
    expect(cleaned.dropped.map(({ reason }) => reason)).toEqual([
      'navigation',
      'link to another page',
      'link to another page',
    ]);
  });

  it('keeps sentences the story goes on with below the label, and sentences under a link label', () => {
    // A run of one-sentence paragraphs is a list only where nothing but furniture follows.
    const more = 'The buyer plans forty new berths. Work starts in the summer.';
    const goesOn = [...BODY, 'Also inside', ...ITEMS, more].join('\n\n');
    expect(cleanArticle(goesOn).text).toContain(ITEMS[0]);
    const related = cleanArticle([...BODY, 'Related', ...ITEMS].join('\n\n'));
    expect(related.text).toContain(ITEMS[1]);
  });

  it('keeps news in brief under a label that does not point elsewhere in the issue', () => {
    for (const label of ['ALSO THIS WEEK', 'In brief']) {
      const cleaned = cleanArticle([...BODY, label, ...ITEMS, FOOTER].join('\n\n'));
      expect(cleaned.text).toContain(ITEMS.join('\n\n'));
    }
  });

  it('keeps a two-sentence paragraph under the label', () => {
    const two = 'Kelderby marina was sold for £18m. The buyer is from Leeds.';
    expect(cleanArticle([...BODY, 'Also inside', two].join('\n\n')).text).toContain(two);
  });
});
