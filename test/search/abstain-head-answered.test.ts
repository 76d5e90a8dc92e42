/**
 * A focus head held by the answer it asks for (src/search/abstain-head-answered.ts): a nickname
 * by a name given after a verb of naming, the people of "how many people" by a count of a
 * person noun. Tiny invented corpora: a harbour guard's nickname and a ribbon-cutting's guests,
 * each told with and without the answer.
 */
import { describe, expect, it } from 'vitest';
import { headAnswered, holdsCountOfPersons } from '../../src/search/abstain-head-answered.js';
import { passageFeatures } from '../../src/search/abstain-features.js';
import { stem } from '../../src/text/terms.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

describe('headAnswered', () => {
  it('holds a nickname by a name after a verb of naming, not by the verb alone', () => {
    const nickname = stem('nickname');
    expect(headAnswered(nickname, ['The unit is often called ‘the Grey Coats’.'])).toBe(true);
    expect(headAnswered(nickname, ['The depot, known as the Tin Box, reopened.'])).toBe(true);
    expect(headAnswered(nickname, ['The union called for a strike.'])).toBe(false);
    expect(headAnswered(nickname, ['The unit was founded in 1901.'])).toBe(false);
  });

  it('holds people by a count of a person noun, not of another noun', () => {
    const people = stem('people');
    expect(headAnswered(people, ['She spoke before about thirty invited guests.'])).toBe(true);
    expect(headAnswered(people, ['57 police officers kept their jobs.'])).toBe(true);
    expect(headAnswered(people, ['The council opened 12 new stops.'])).toBe(false);
    expect(headAnswered(people, ['Three of the guests left early.'])).toBe(false);
    expect(holdsCountOfPersons('Ferries carried 400 cars.')).toBe(false);
  });

  it('holds a collective noun by a count of people only when a count is asked (its word given)', () => {
    const staff = stem('staff');
    expect(headAnswered(staff, ['The firm employs 38 people in Kelsby.'], 'staff')).toBe(true);
    expect(headAnswered(staff, ['The firm opened 12 new stops.'], 'staff')).toBe(false);
    // "What party does he belong to" asks the group, not its members' count.
    expect(headAnswered(stem('party'), ['He spoke to about thirty invited guests.'])).toBe(false);
  });

  it('holds no other head by either', () => {
    expect(headAnswered(stem('depot'), ['It is often called ‘the Grey Coats’.'])).toBe(false);
  });
});

/** The guard, its chief and its founding; no nickname. */
const UNNAMED: SearchFixtureArticle = {
  id: 'unnamed',
  title: 'Harbour Guard gets a new chief',
  outlet: 'Kelby Herald',
  published: '2026-03-02',
  paragraphs: [
    ['The Kelby Harbour Guard reports to the mayor, and has a new chief, Ada Brenn.'],
    ['The Harbour Guard was founded in 1901 to watch the docks.'],
  ],
};

/** The same guard with the name people give it. */
const NAMED: SearchFixtureArticle = {
  id: 'named',
  title: 'Harbour Guard marks 125 years',
  outlet: 'Kelby Post',
  published: '2026-03-05',
  paragraphs: [
    ['The Kelby Harbour Guard reports to the mayor, and is often called ‘the Grey Coats’.'],
  ],
};

/** The classifier's `focusHeadMissing` of a question's best passage over some articles. */
function focusHeadMissing(question: string, ...articles: SearchFixtureArticle[]): number {
  const { index } = engineOver(...articles);
  return passageFeatures(index.abstentionInput(index.rank(question)))[0]!.focusHeadMissing;
}

/** A ribbon-cutting, its guests counted by who they are. */
const OPENING: SearchFixtureArticle = {
  id: 'opening',
  title: 'Kelby tram depot opens',
  outlet: 'Kelby Post',
  published: '2026-04-01',
  paragraphs: [
    [
      'Mayor Ida Vance cut the ribbon at the Kelby tram depot on Monday in front of forty invited guests.',
    ],
  ],
};

/** The same ribbon-cutting with no count of anyone. */
const UNCOUNTED: SearchFixtureArticle = {
  id: 'uncounted',
  title: 'Kelby tram depot opens',
  outlet: 'Kelby Herald',
  published: '2026-04-01',
  paragraphs: [['Mayor Ida Vance cut the ribbon at the Kelby tram depot on Monday.']],
};

describe('answered by what the head asks for', () => {
  it('finds a nickname asked in a name called, not in a passage giving none', () => {
    const question = "what's the kelby harbour guard's nickname";
    expect(focusHeadMissing(question, UNNAMED)).toBe(1);
    expect(focusHeadMissing(question, NAMED)).toBe(0);
    // Built engines read WordNet: slow on a busy machine.
  }, 120_000);

  it('answers how many people by a count of guests, refuses it with no count', () => {
    const question = 'how many people were invited to the depot opening?';
    expect(engineOver(UNCOUNTED).engine.ask(question).answered).toBe(false);
    const answer = engineOver(OPENING).engine.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toContain('forty invited guests');
  }, 120_000);
});
