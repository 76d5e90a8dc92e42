/**
 * An article whose headline or lead tells another event of the coverage's kind ("Second warehouse
 * fire destroys shed in Alcott", "… three weeks after the Dunmere warehouse fire") reports another
 * instance: its passages give their places to the main event's for a question that names none
 * of its distinguishing words, and a question naming its place prefers it (other-instance.ts;
 * van Dijk 1988's news schema; Halliday & Hasan 1976 §2.5; TimeML; Huddleston & Pullum 2002
 * ch. 7 on restrictive modifiers). Invented articles.
 */
import { describe, expect, it } from 'vitest';
import {
  asksOfMainEvent,
  kindStems,
  namesOtherEvent,
  otherInstanceWords,
  type ArticleLead,
} from '../../src/search/other-instance.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const MAIN: SearchFixtureArticle[] = [
  {
    id: 'wire-blaze',
    title: 'Fire guts Dunmere warehouse',
    outlet: 'Dunmere Wire',
    published: '2025-06-02',
    paragraphs: [
      ['A fire gutted the Tolland warehouse in Dunmere early on Sunday.'],
      ['Police put a cordon of 200 metres around the site while crews fought the flames.'],
      ['The warehouse is owned by Brisk Storage Ltd.'],
    ],
  },
  {
    id: 'post-fire',
    title: 'Dunmere warehouse fire: crews stay overnight',
    outlet: 'Dunmere Post',
    published: '2025-06-03',
    paragraphs: [
      ['Firefighters stayed overnight at the Dunmere warehouse fire to damp down hot spots.'],
      ['Forty homes near the warehouse were evacuated on Sunday.'],
    ],
  },
  {
    id: 'radio-cause',
    title: 'Warehouse fire cause under investigation',
    outlet: 'Radio Dunmere',
    published: '2025-06-05',
    paragraphs: [
      ['Investigators are looking into the cause of the Dunmere warehouse fire.'],
      ['The fire started at about 3am, the fire service said.'],
    ],
  },
];
const SECOND: SearchFixtureArticle = {
  id: 'ledger-alcott',
  title: 'Second warehouse fire destroys shed in Alcott',
  outlet: 'Alcott Ledger',
  published: '2025-06-27',
  paragraphs: [
    [
      'A warehouse fire destroyed a storage shed on Mill Lane in Alcott yesterday, three weeks after the Dunmere warehouse fire.',
    ],
    ['The cordon was 30 metres.'],
    ['Six homes were evacuated.'],
    ['The shed is owned by a local farmer, Owen Pryce.'],
  ],
};

const lead = (headline: string, text: string): ArticleLead => ({ headline, lead: text });

describe('an article telling another instance of the coverage’s kind', () => {
  const kind = new Set(['fire', 'warehous']);
  const rare = () => 1;

  it('is one whose headline or lead other-marks a word of the kind', () => {
    const words = otherInstanceWords(
      lead('Second warehouse fire destroys shed in Alcott', 'A shed burned in Alcott.'),
      kind,
      rare,
      4,
    );
    expect(words?.words.has('alcott')).toBe(true);
    expect(words?.names.has('alcott')).toBe(true);
    expect(
      otherInstanceWords(lead('Crews spend a second night at the fire', ''), kind, rare, 4),
    ).toBe(null);
  });

  it('is one whose lead anchors an event of the kind after a definite one of the kind', () => {
    const anchored = lead(
      'Warehouse fire in Alcott',
      'A warehouse fire destroyed a shed in Alcott yesterday, three weeks after the Dunmere warehouse fire.',
    );
    const words = otherInstanceWords(anchored, kind, rare, 4);
    expect(words?.words.has('alcott')).toBe(true);
    // The anchor names the earlier event: its words do not tell the other one.
    expect(words?.words.has('dunmer')).toBe(false);
  });

  it('is not an aftermath anchored after the main event, nor a capitalised name', () => {
    const aftermath = lead(
      'What next for the Dunmere families',
      'Fourteen days after the fire, contractors demolished the east wing.',
    );
    expect(otherInstanceWords(aftermath, kind, rare, 4)).toBe(null);
    const war = lead(
      'Fire found in store',
      'Crews found an unexploded Second World War fire bomb.',
    );
    expect(otherInstanceWords(war, kind, rare, 4)).toBe(null);
  });

  it('is told from the main event by its rare names, nouns and adjectives, not by days', () => {
    const words = otherInstanceWords(
      lead(
        'Second warehouse fire in Alcott',
        'A warehouse fire destroyed a storage depot in Alcott on Monday.',
      ),
      kind,
      rare,
      4,
    );
    expect(words?.words.has('mondai')).toBe(false);
    expect(words?.words.has('monday')).toBe(false);
    expect(words?.words.has('destroi')).toBe(false);
    expect(words?.words.has('storag')).toBe(true);
  });

  it('takes the kind from what most articles lead with', () => {
    const leads = [
      lead('Fire guts Dunmere warehouse', 'A fire gutted a warehouse.'),
      lead('Warehouse fire: crews stay', 'Crews stayed at the warehouse fire.'),
      lead('Fire cause', 'The cause of the fire is unknown.'),
      lead('Council meets', 'The council met.'),
    ];
    expect(kindStems(leads)).toEqual(new Set(['fire']));
  });

  it('is asked of only by a question naming it or other-marking what it asks of', () => {
    const words = new Set(['alcott', 'shed']);
    expect(asksOfMainEvent('how big was the cordon', words)).toBe(true);
    expect(asksOfMainEvent('how big was the cordon in alcott', words)).toBe(false);
    expect(asksOfMainEvent('how big was the second cordon', words)).toBe(false);
    expect(namesOtherEvent('who owns the alcott shed', words)).toBe(true);
  });
});

describe('ranking with an article of another instance', () => {
  it('puts the main event’s passage first for a question naming no word of the other', () => {
    const { engine } = engineOver(...MAIN, SECOND);
    expect(engine.ask('how big was the cordon').passages[0]?.quote).toContain('200 metres');
    expect(engine.ask('how many homes were evacuated').passages[0]?.quote).toContain('Forty');
  });

  it('puts the other event’s passage first for a question naming its place', () => {
    const { engine } = engineOver(...MAIN, SECOND);
    expect(engine.ask('how big was the cordon in alcott').passages[0]?.quote).toContain(
      '30 metres',
    );
  });
});
