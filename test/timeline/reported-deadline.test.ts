/**
 * Deadlines in reported speech whose past tense says nothing of which side of the time of
 * writing they lie (outside tester53's tram articles; invented depot sentences here):
 * - the condition of a future-in-the-past ("said the faults would not stop the opening as long
 *   as they were fixed by 1 July"): the backshifted "as long as they are fixed", a present of a
 *   condition that refers ahead (Quirk et al. 1985, 14.31 on backshift; ch. 4: a conditional
 *   clause's present refers to the future), lies ahead of the saying, news's latest word;
 * - the deadline of a thing asked for ("had asked for a full report by the end of July"): what
 *   is requested is due after the request (Quirk et al. 1985, §16.63, as for the infinitive of a
 *   directive: committed-act.ts), so the asking's past tells no side, and the nearer date is read
 *   (accomplished-by.ts `boundOfWantedAct`), as for any bound set for an act wanted.
 * Published Wednesday 3 June 2026.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import type { TimelineEvent } from '../../src/engine/types.js';
import { articleOf } from './fixtures.js';

const shown = (e: TimelineEvent) => `${e.date}${e.future ? ' ahead' : ''}`;
const eventsOf = (sentence: string) => buildTimeline(articleOf('2026-06-03', sentence)).map(shown);

describe('a deadline in reported speech', () => {
  it('of the condition of a future-in-the-past lies ahead', () => {
    expect(
      eventsOf(
        'The inspector said none of the faults would stop the depot opening as long as they were fixed by 1 July.',
      ),
    ).toEqual(['2026-07-01 ahead']);
  });

  it('of a thing asked for lies after the request', () => {
    expect(
      eventsOf(
        'The council leader said he had asked for a full report on the causes of the delay by the end of July.',
      ),
    ).toEqual(['2026-07 ahead']);
    expect(
      eventsOf('The council asked for a full report on the depot by the end of July.'),
    ).toEqual(['2026-07 ahead']);
  });

  it('of any act wanted lies after the wanting', () => {
    expect(eventsOf('The inspector ordered the faults fixed by 1 July.')).toEqual([
      '2026-07-01 ahead',
    ]);
  });

  it('of a thing asked for is the nearer one, before publication too', () => {
    expect(eventsOf('The council asked for a reply from the contractor by 20 May.')).toEqual([
      '2026-05-20',
    ]);
  });

  it('keeps a past deadline met in narration in the past', () => {
    expect(eventsOf('The faults were fixed by 1 July, the inspector said.')).toEqual([
      '2025-07-01',
    ]);
  });

  it('does not put a counterfactual condition ahead ("would have … if … had been")', () => {
    expect(
      eventsOf(
        'The inspector said the depot would have opened if the faults had been fixed by 1 July.',
      ),
    ).toEqual([]);
  });

  it('reads no deadline into a date after a request that is no "by"', () => {
    expect(eventsOf('The council asked for a full report on the depot in May.')).toEqual([
      '2026-05',
    ]);
  });
});
