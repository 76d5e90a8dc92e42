/**
 * Abstention's gate on a count of people asked by their act (src/search/abstain-counted-act.ts):
 * "how many people does the fire service employ" is answered only by a sentence telling the
 * act with a number, told of what the question restricts it to. Tiny invented corpora: a fire
 * whose reports count people treated, a report of the service's staff, a crash's deaths.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { countedAct } from '../../src/search/abstain-counted-act.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** People treated, crews thanked: nobody counted as employed. */
const FIRE: SearchFixtureArticle = {
  id: 'fire',
  title: 'Warehouse fire: investigation begins',
  outlet: 'Corley Courier',
  published: '2026-11-11',
  paragraphs: [
    ['In all, 15 people were treated for smoke inhalation, according to the fire service.'],
    ['Corley Fire Service said a fault in a sprinkler valve let the fire spread to the roof.'],
    ['Its chief fire officer thanked the crews who worked through the night.'],
  ],
};

/** The service's staff, counted. */
const STAFF: SearchFixtureArticle = {
  id: 'staff',
  title: 'Fire service to recruit',
  outlet: 'Corley Post',
  published: '2026-11-20',
  paragraphs: [['Corley Fire Service employs 240 people across six stations.']],
};

/** Deaths counted, of another event than the warehouse fire. */
const CRASH: SearchFixtureArticle = {
  id: 'crash',
  title: 'Bus crash on the moor road',
  outlet: 'Corley Post',
  published: '2026-11-14',
  paragraphs: [
    ['Three people died when a bus overturned on the moor road near Hallam on Friday.'],
    ['The road was closed for nine hours.'],
  ],
};

describe('the act a count of people is asked by', () => {
  it('is the verb after the counted noun, or the last word of the clause after "do"', () => {
    expect(countedAct('how many people died in the flood')).toBe('died');
    expect(countedAct('how many people were invited to the opening?')).toBe('invited');
    expect(countedAct('how many people does corley fire service employ?')).toBe('employ');
    expect(countedAct('how many people did the blast kill per the mayor')).toBe('kill');
  });

  it('is none for a framing verb, a clause with no verb, or a count of a thing', () => {
    expect(countedAct('how many people did the mayor say were hurt')).toBeNull();
    expect(countedAct('how many people were on the waiting list')).toBeNull();
    expect(countedAct('how many homes flooded')).toBeNull();
  });
});

describe('the gate', () => {
  // Building the engines (the first also loads the shared lexical data) is set-up, not the test.
  beforeAll(() => {
    engineOver(FIRE);
    engineOver(FIRE, STAFF);
    engineOver(FIRE, CRASH);
  }, 60_000);

  it('refuses when no passage tells the act with a number', () => {
    const { engine } = engineOver(FIRE);
    expect(engine.ask('how many people does corley fire service employ?').answered).toBe(false);
    // The count the coverage does give is still answered.
    expect(engine.ask('how many people were treated for smoke inhalation?').answered).toBe(true);
  });

  it('answers with the passage that does', () => {
    const answer = engineOver(FIRE, STAFF).engine.ask(
      'how many people does corley fire service employ?',
    );
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toContain('employs 240 people');
  });

  it('refuses when the act is told with a number only of another event than the one asked', () => {
    const { engine } = engineOver(FIRE, CRASH);
    expect(engine.ask('how many people died in the Corley warehouse fire?').answered).toBe(false);
    expect(engine.ask('how many people died in the bus crash near Hallam?').answered).toBe(true);
  });
});
