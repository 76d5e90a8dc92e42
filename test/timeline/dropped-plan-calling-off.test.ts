/**
 * dropped-plan.ts reads a plan given up only from a sentence with a verb of calling off, active
 * or participle: its one test on every sentence. A participle only the passive reads ("have
 * been deferred") still passes it; a sentence with no such verb gives none. Invented tram
 * sentences.
 */
import { describe, expect, it } from 'vitest';
import { droppedPlanAct } from '../../src/timeline/dropped-plan.js';

describe('a plan given up', () => {
  it.each([
    'Plans to extend the tram line to Northgate have been deferred.',
    'The council has scrapped plans to extend the tram line to Northgate.',
    'The extension to Northgate has been shelved.',
  ])('is read with a verb of calling off: %s', (sentence) => {
    expect(droppedPlanAct(sentence)?.arguments).toContain('Northgate');
  });

  it('is none without one', () => {
    expect(droppedPlanAct('Plans to extend the tram line to Northgate were approved.')).toBeNull();
  });
});
