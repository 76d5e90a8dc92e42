/**
 * "Who was the injured worker" asks the one an act picked out (src/search/abstain-asked-name.ts
 * `namedNoun`): a participle before the noun tells the act as a relative clause after it would
 * ("the worker who was injured"), and a passage may name that person by the act, not beside the
 * noun. The asked-name gate read "injured worker" as an office narrowed otherwise by a
 * story's "construction worker" and refused it. A tiny invented corpus.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { namedNoun } from '../../src/search/abstain-asked-name.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const INJURY: SearchFixtureArticle = {
  id: 'injury',
  title: 'Worker hurt in stand fall',
  outlet: 'Eastgate Gazette',
  published: '2025-09-09',
  paragraphs: [
    [
      'A construction worker has been seriously injured after falling from scaffolding at the new North Stand.',
    ],
    ['Gary Pendle, 34, a scaffolder from Eastgate, was taken to hospital with head injuries.'],
    ['The Health and Safety Executive has opened an investigation into the accident.'],
  ],
};

describe('a participle before the asked noun', () => {
  beforeAll(() => void engineOver(INJURY), 120_000);

  it('makes the question one of an act, not of an office', () => {
    expect(namedNoun('who was the injured worker')).toBeNull();
    // An adjective or a noun before it still narrows an office.
    expect(namedNoun('who is the new chairman')?.noun).toBe('chairman');
    expect(namedNoun('who is the site manager')?.noun).toBe('manag');
  });

  it('lets the question be answered', () => {
    expect(engineOver(INJURY).engine.ask('who was the injured worker').answered).toBe(true);
  });
});
