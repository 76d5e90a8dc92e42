/**
 * One gathering's attendance told with "attended" and with a verb of gathering "for" the event,
 * or "into" the place where the event was held: counts that cannot both hold differ on the
 * number; another event or place, another night, another act, a count of people kept away, or
 * compatible approximations do not.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';

const SAME_DAY = { published: ['2026-03-02', '2026-03-02'] } as const;
/** The relation of two passages of one day's articles, asked both ways round. */
const relation = (a: string, b: string) => {
  const found = classifyFacts(a, b, SAME_DAY);
  expect(classifyFacts(b, a, SAME_DAY)).toEqual(found);
  return found.kind;
};
const packed = 'More than 300 people packed into the school gym for the hearing.';

describe('one gathering attended, told with two verbs', () => {
  it('"more than 300 packed in for the hearing" / "about 180 attended the hearing" differ', () => {
    expect(relation(packed, 'About 180 people attended the hearing.')).toBe('disagree');
    expect(
      relation(
        'More than 300 people turned out for the hearing.',
        'About 180 people attended the hearing.',
      ),
    ).toBe('disagree');
  });

  it('another event or another act is not set against it', () => {
    expect(relation(packed, 'About 180 people attended the vigil.')).not.toBe('disagree');
    expect(relation(packed, 'About 180 people signed the petition at the hearing.')).not.toBe(
      'disagree',
    );
    expect(
      relation(
        'More than 300 people turned away from the gym for the hearing.',
        'About 180 people attended the hearing.',
      ),
    ).not.toBe('disagree');
  });

  it('fewer residents than people attending is no disagreement: residents are some of them', () => {
    expect(relation(packed, 'About 180 residents attended the hearing.')).not.toBe('disagree');
  });

  it('compatible approximations are no disagreement', () => {
    expect(
      relation(
        'Nearly 180 people packed into the school gym for the hearing.',
        'About 180 people attended the hearing.',
      ),
    ).not.toBe('disagree');
  });
});

describe('one gathering told by the place its people came into', () => {
  // Articles of Friday 6 March 2026: "last night" and "on Thursday night" are one night.
  const FRIDAY = { published: ['2026-03-06', '2026-03-06'] } as const;
  const relationOn = (a: string, b: string) => {
    const found = classifyFacts(a, b, FRIDAY);
    expect(classifyFacts(b, a, FRIDAY)).toEqual(found);
    return found.kind;
  };
  const attended = 'About 150 people attended a public meeting in Dunmore church hall last night.';

  it('"about 150 attended a meeting in the hall" / "more than 200 crammed into the hall" differ', () => {
    expect(
      relationOn(
        attended,
        'More than 200 people crammed into Dunmore church hall on Thursday night.',
      ),
    ).toBe('disagree');
    expect(
      relationOn(attended, 'More than 200 people packed into Dunmore church hall on Thursday.'),
    ).toBe('disagree');
  });

  it('a count inside the other range is no disagreement', () => {
    for (const other of [
      '152 people crammed into Dunmore church hall on Thursday night.',
      'Around 150 people crammed into Dunmore church hall on Thursday night.',
    ])
      expect(relationOn(attended, other), other).not.toBe('disagree');
  });

  it('another night, another place, or a place named by one word is not set against it', () => {
    for (const other of [
      'More than 200 people crammed into Dunmore church hall on Wednesday night.',
      'More than 200 people crammed into Kelby church hall on Thursday night.',
      'More than 200 people crammed into the hall on Thursday night.',
      'More than 200 people crammed into Dunmore church hall on Thursday night for a concert.',
    ])
      expect(relationOn(attended, other), other).not.toBe('disagree');
  });

  it('islanders are some of the people in the hall: more people than islanders is no disagreement', () => {
    expect(
      relationOn(
        'About 150 islanders attended a public meeting in Dunmore church hall last night.',
        'More than 200 people crammed into Dunmore church hall on Thursday night.',
      ),
    ).not.toBe('disagree');
  });
});
