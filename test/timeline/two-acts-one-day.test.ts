/**
 * Two acts on one day are two entries, even told with one verb or with words of the other: one
 * event is one act by one actor. Two actors (subjects' heads, neither named in the other sentence)
 * doing the same kind of act on different objects are two events ("the council voted to close the
 * pool" / "the union voted to strike"), and a phrase naming the occasion an act answers ("called a
 * strike over the council vote to close the pool") tells no second source of that occasion. One
 * actor's one verb on two objects ("arrested a man" / "arrested a woman"), or voting on two things
 * ("voted to close the pool" / "voted to sell the library"), is two acts, and so are one actor's
 * two verbs that are no synonyms ("ordered repairs" / "tasked engineers": same-act.test.ts). One
 * act told by two names of its agent on one object, in the passive and the active, or by synonyms,
 * stays one entry. Invented Denby pool and river sentences, published Wednesday 4 June 2025 (Monday
 * is 2 June).
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { corpusOf, entrySources, one } from './fixtures.js';

const PUBLISHED = '2025-06-04';
const VOTED = 'On Monday the council voted to close the Denby pool.';

describe('two acts on one day', () => {
  it.each([
    ['the same verb, two actors', VOTED, 'On Monday the Denby staff union voted to strike.'],
    [
      'the same verb, two actors, two objects',
      'On Monday the council closed the Denby pool.',
      'On Monday the union closed its Denby office.',
    ],
    [
      'an act answering the other, named after "over"',
      VOTED,
      'On Monday the union called a strike over the council vote to close the Denby pool.',
    ],
    [
      'an act after the other, named after "after"',
      'Residents returned to Denby on Monday after the evacuation of the town.',
      'The evacuation of Denby on Monday took six hours.',
    ],
    [
      'one actor, one verb, two objects',
      'Police arrested a man in Denby on Monday.',
      'Police arrested a woman in Denby on Monday.',
    ],
    [
      'one actor, one verb, two places acted on',
      'The council closed the Denby pool on Monday.',
      'The council closed the Denby library on Monday.',
    ],
    [
      'one actor, two verbs that are no synonyms',
      'The council ordered repairs to the Denby pool on Monday.',
      'The council tasked engineers with mending the Denby pool on Monday.',
    ],
    [
      'one actor voting on two things',
      VOTED,
      'On Monday the council voted to sell the Denby library.',
    ],
  ])('are two entries: %s', (_, first, second) => {
    expect(entrySources([one('a', PUBLISHED, first), one('b', PUBLISHED, second)])).toEqual([
      '2025-06-02: a',
      '2025-06-02: b',
    ]);
  });

  it('are two entries when one article tells them in two sentences of a paragraph', () => {
    const events = buildTimeline(
      corpusOf({
        published: PUBLISHED,
        paragraphs: [
          [
            VOTED,
            'On Monday the union called a strike over the council vote to close the Denby pool.',
          ],
        ],
      }),
    );
    expect(events.map((e) => e.quotes.length)).toEqual([1, 1]);
  });
});

describe('one act on one day', () => {
  it.each([
    [
      'one object, two names of its agents',
      'Police arrested three men in Denby on Monday.',
      'Detectives arrested three men on Monday in Denby.',
    ],
    [
      'the passive and the active',
      'The Denby pool was closed on Monday.',
      'The council closed the Denby pool on Monday.',
    ],
    [
      'the act and its noun, the subject of the other',
      'Residents of Denby were evacuated on Monday as the river rose.',
      'The evacuation of Denby on Monday took six hours.',
    ],
    [
      'one decision told by synonyms',
      'The council agreed on Monday to close the Denby pool.',
      'The council agreed on Monday to shut the Denby pool.',
    ],
    [
      'one act by two names of the actor, told by a verb and its noun',
      'The council voted on Monday to close the Denby pool.',
      'Denby councillors backed the closure of the pool in a vote on Monday.',
    ],
  ])('is one entry: %s', (_, first, second) => {
    expect(entrySources([one('a', PUBLISHED, first), one('b', PUBLISHED, second)])).toEqual([
      '2025-06-02: a, b',
    ]);
  });
});
