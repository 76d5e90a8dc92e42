import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { furnitureReason } from '../../src/corpus/furniture.js';

const BODY = [
  'The Tarrow Cup regatta drew 212 boats last weekend, organisers said.',
  'Owen Reyes won at his first attempt.',
];

/** The text kept of an invented article: the body, then `foot` as its last paragraph. */
const kept = (foot: string) => cleanArticle([...BODY, foot].join('\n\n')).text;

describe('rows of links or fields between bars or dots, each item furniture', () => {
  it("drops a mailing's footer row inside its footer paragraph", () => {
    const footer = [
      'You are receiving this email because you subscribed to Harbour Notes.',
      'Unsubscribe | Update preferences | Forward to a friend',
      '(c) 2026 Harbour Notes',
    ].join('\n');
    expect(kept(footer)).toBe(BODY.join('\n\n'));
  });

  it("drops a post's footer: its filing line and its comment count", () => {
    expect(furnitureReason('Posted in Races · 9 comments')).toBe('navigation');
    expect(kept('Posted in Races · 9 comments')).toBe(BODY.join('\n\n'));
    expect(furnitureReason('Filed under Council')).toBe('navigation');
  });

  it('keeps a sentence that mentions comments, and an item that is prose', () => {
    for (const line of [
      'The post drew 9 comments · most of them from sailors.',
      'Posted in Races on Sunday, the video drew 9 comments.',
      'Home prices rose 4 percent | the survey said.',
      'Comments | the word the protesters chanted',
    ])
      expect(furnitureReason(line, { standalone: true })).toBeNull();
    const quoted = 'The sign read "Open | Closed" all week, the owner said.';
    expect(kept(quoted)).toContain(quoted);
  });
});

describe('a label over links with its headlines on one line', () => {
  it('drops the related-links line and keeps a sentence after the same label', () => {
    const line = 'More from Sport: Striker signs new deal | Why the pool is closing early';
    expect(furnitureReason(line)).toBe('link to another page');
    expect(kept(line)).toBe(BODY.join('\n\n'));
    const sentence = "More from Tuesday's meeting: the council voted to close the pool.";
    expect(kept(sentence)).toContain(sentence);
  });
});

describe('a call to hear, watch or read the full report elsewhere', () => {
  it("drops a station's pointer to its programme", () => {
    const line = 'Listen to the full report on Drive Time from 5pm.';
    expect(furnitureReason(line)).toBe('link to another page');
    expect(kept(line)).toBe(BODY.join('\n\n'));
    expect(furnitureReason('Watch the full report on our website.')).toBe('link to another page');
  });

  it('keeps the words inside a quotation or reported', () => {
    for (const line of [
      '“Listen to what she said about the full report on the harbour,” he told the meeting.',
      'Listen to what she said.',
      'Listen to the full report, the chairman urged councillors on Monday.',
    ])
      expect(kept(line)).toContain(line);
  });
});

describe("a newsletter's features of the week under ALSO THIS WEEK", () => {
  const FEATURES = [
    '- Tide tables: spring tides return on the 14th.',
    '- Reader question: why do sails have battens?',
  ];
  const FOOTER = 'You are receiving this email because you subscribed to Harbour Notes.';

  it("drops the label and its features' teasers, in one block or one a paragraph", () => {
    expect(kept(['ALSO THIS WEEK', ...FEATURES].join('\n'))).toBe(BODY.join('\n\n'));
    const apart = cleanArticle([...BODY, 'Also this week', ...FEATURES, FOOTER].join('\n\n'));
    expect(apart.text).toBe(BODY.join('\n\n'));
  });

  it('keeps news in brief under the label: items that are sentences of their own', () => {
    const brief = [
      '- Kelderby marina was sold for £18m on 12 May.',
      '- Harbour: The council approved new berths.',
    ];
    expect(kept(['ALSO THIS WEEK', ...brief].join('\n'))).toContain('Kelderby marina was sold');
    expect(kept(['ALSO THIS WEEK', ...brief].join('\n'))).toContain(
      'The council approved new berths.',
    );
  });
});
