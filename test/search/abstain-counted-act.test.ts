/**
 * Abstention's gate on a count of people asked by their act (src/search/abstain-counted-act.ts):
 * "how many people does the fire service employ" is answered only by a sentence telling the
 * act with a number, told of what the question restricts it to. Tiny invented corpora: a fire
 * whose reports count people treated, a report of the service's staff, a crash's deaths.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { countedAct, countedActHeld } from '../../src/search/abstain-counted-act.js';
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
  });

  it('is the participle of a passive after a counted noun phrase of things, or of people by another noun', () => {
    expect(countedAct('how many buses were stolen from the depot?')).toBe('stolen');
    expect(countedAct('how many retired miners were killed in the fire')).toBe('killed');
    expect(countedAct('how many new depots will be built')).toBe('built');
    // "get" forms a passive as "be" does.
    expect(countedAct('how many homes got flooded in the surge')).toBe('flooded');
  });

  it('is none for an active verb, the noun as object, a function word between, or no participle', () => {
    expect(countedAct('how many homes flooded')).toBeNull();
    expect(countedAct('how many boats sailed in the flotilla')).toBeNull();
    expect(countedAct('how many votes did the mayor win')).toBeNull();
    expect(countedAct('how many homes on Ferry Lane were flooded')).toBeNull();
    expect(countedAct('how many homes have power')).toBeNull();
    expect(countedAct('how many buses are there')).toBeNull();
    // A light verb or a phrasal verb names no act of its own.
    expect(countedAct('how many residents got new permits')).toBeNull();
    expect(countedAct('how many offices were set up in 1894')).toBeNull();
  });
});

/** A bus depot: its fleet counted, and the buses a storm damaged; none counted as stolen. */
const DEPOT: SearchFixtureArticle = {
  id: 'depot',
  title: 'Storm hits Tobermore bus depot',
  outlet: 'Corley Post',
  published: '2026-11-21',
  paragraphs: [
    ['The Marsh Lane depot in Tobermore keeps a fleet of 40 buses for the valley routes.'],
    ['Two buses were damaged when a tree fell on the depot roof on Friday, the operator said.'],
    ['Services ran from the Hallam garage until the roof was made safe.'],
  ],
};

describe('the gate on a count of things asked by their act', () => {
  beforeAll(() => {
    engineOver(DEPOT, STAFF);
  }, 60_000);

  it('refuses when the things are counted only of another act, showing them as the closest', () => {
    const { engine, index } = engineOver(DEPOT, STAFF);
    const question = 'how many buses were stolen from the Tobermore depot?';
    expect(countedActHeld(index.abstentionInput(index.rank(question)))).toBe(false);
    const reply = engine.ask(question);
    expect(reply.answered).toBe(false);
    // The depot's passages are about the question: "no passage clearly answers", not "nothing".
    expect(reply.closest.length).toBeGreaterThan(0);
  });

  it('answers the count told with its act', () => {
    const { engine } = engineOver(DEPOT, STAFF);
    const answer = engine.ask('how many buses were damaged at the Tobermore depot?');
    expect(answer.answered).toBe(true);
    expect(answer.passages.some((p) => p.quote.includes('Two buses were damaged'))).toBe(true);
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

/**
 * A storm's injuries told at a seaport's market ("seaport" is a WordNet synonym of "harbor"),
 * and at Heron Harbor, told of only by its name beside its count.
 */
const SEAPORT: SearchFixtureArticle = {
  id: 'seaport',
  title: 'Storm damage across Corley',
  outlet: 'Corley Post',
  published: '2026-11-23',
  paragraphs: [
    ['Four people were hurt when an awning collapsed at the seaport market in Corley on Saturday.'],
    ['Traders at the seaport said the market would reopen on Tuesday.'],
  ],
};
const HERON_HARBOR: SearchFixtureArticle = {
  id: 'heron-harbor',
  title: 'Storm damage at the coast',
  outlet: 'Corley Post',
  published: '2026-11-24',
  paragraphs: [['Two walkers were hurt at Heron Harbor when a cliff path gave way on Saturday.']],
};

/** Heron Harbor written as a name, with no count. */
const HERON_LIFEBOAT: SearchFixtureArticle = {
  id: 'heron-lifeboat',
  title: 'Lifeboat on standby',
  outlet: 'Corley Post',
  published: '2026-11-23',
  paragraphs: [['The Heron Harbor lifeboat crew stood by through the night.']],
};

/** People hurt at another harbor than Heron Harbor. */
const MORWICK_HARBOR: SearchFixtureArticle = {
  id: 'morwick-harbor',
  title: 'Boathouse roof falls in storm',
  outlet: 'Corley Post',
  published: '2026-11-24',
  paragraphs: [['Three people were hurt when a boathouse roof fell in the harbor below Morwick.']],
};

describe('what restricts a counted act', () => {
  beforeAll(() => {
    engineOver(SEAPORT);
    engineOver(SEAPORT, HERON_LIFEBOAT);
    engineOver(HERON_HARBOR);
    engineOver(MORWICK_HARBOR);
  }, 60_000);

  it('is a name the coverage writes capitalised read as written, not by a WordNet synonym of a word', () => {
    const { engine, index } = engineOver(SEAPORT, HERON_LIFEBOAT);
    const question = 'how many people were hurt at heron harbor?';
    expect(countedActHeld(index.abstentionInput(index.rank(question)))).toBe(false);
    const reply = engine.ask(question);
    expect(reply.answered).toBe(false);
    // The seaport's market is about the question: "no passage clearly answers this; the closest:".
    expect(reply.closest.length).toBeGreaterThan(0);
  });

  it('reads side-by-side words the coverage never writes as a name as a compound, synonyms and all', () => {
    const { index } = engineOver(SEAPORT);
    const input = (question: string) => index.abstentionInput(index.rank(question));
    // "harbor market": a compound, told by "the seaport market".
    expect(countedActHeld(input('how many people were hurt at the harbor market?'))).toBe(true);
  });

  it('still reads each word of two alone, as written (a compound is told by its head)', () => {
    const { index } = engineOver(MORWICK_HARBOR);
    const input = (question: string) => index.abstentionInput(index.rank(question));
    expect(countedActHeld(input('how many people were hurt at heron harbor?'))).toBe(true);
    expect(countedActHeld(input('how many people were hurt in the harbor below morwick?'))).toBe(
      true,
    );
  });

  it('still answers the count told at the name', () => {
    const answer = engineOver(HERON_HARBOR).engine.ask(
      'how many people were hurt at heron harbor?',
    );
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toContain('Two walkers were hurt at Heron Harbor');
    const street = engineOver(SEAPORT).engine.ask(
      'how many people were hurt at the seaport market?',
    );
    expect(street.answered).toBe(true);
  });
});

// A multi-word name the question restricts the act to restricts it whole, once the coverage
// writes it as a name: a word of it alone ("the harbor below Morwick") is another place.
describe('a name restricting a counted act', () => {
  it('is not told by one of its words alone', () => {
    const { engine, index } = engineOver(HERON_LIFEBOAT, MORWICK_HARBOR);
    const question = 'how many people were hurt at heron harbor?';
    expect(countedActHeld(index.abstentionInput(index.rank(question)))).toBe(false);
    expect(engine.ask(question).answered).toBe(false);
  }, 60_000);

  it('is told by the name written whole beside the count', () => {
    const { index } = engineOver(HERON_LIFEBOAT, MORWICK_HARBOR, HERON_HARBOR);
    const question = 'how many people were hurt at heron harbor?';
    expect(countedActHeld(index.abstentionInput(index.rank(question)))).toBe(true);
  }, 60_000);
});

/** Schools closed, told in a story whose headline alone names the flood. */
const FLOOD_SCHOOLS: SearchFixtureArticle = {
  id: 'flood-schools',
  title: 'Flood leaves Kelby roads under water',
  outlet: 'Kelby Echo',
  published: '2026-12-01',
  paragraphs: [
    ['The river burst its banks at Kelby Bridge shortly before dawn on Sunday.'],
    ['The county council said all six schools in the town were closed on Monday.'],
    ['Buses are running on the hill road instead.'],
  ],
};

describe('a restriction named in the headline', () => {
  it('restricts the counts its story tells', () => {
    const { index } = engineOver(FLOOD_SCHOOLS);
    const input = (question: string) => index.abstentionInput(index.rank(question));
    expect(countedActHeld(input('how many schools were shut after the flood'))).toBe(true);
    // An event neither the story nor its headline names is another's.
    expect(countedActHeld(input('how many schools were shut after the blizzard'))).toBe(false);
  }, 60_000);
});
