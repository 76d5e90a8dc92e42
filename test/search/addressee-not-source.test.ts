/**
 * The one spoken to is not the source (search/plan/addressee.ts): "what did Ann Roe tell Radio
 * Brisk about the petition" asks what she said to the station, which another outlet may report;
 * "what did Radio Brisk report about the petition" names the station as the source. Invented
 * articles.
 */
import { describe, expect, it } from 'vitest';
import { addresseeTokens } from '../../src/search/plan/addressee.js';
import { tokenize } from '../../src/text/terms.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const RADIO: SearchFixtureArticle[] = [
  {
    id: 'radio-meeting',
    title: 'Hospital board meets in public',
    outlet: 'Radio Brisk',
    published: '2026-05-04',
    paragraphs: [['The hospital board met in public on Monday for the first time this year.']],
  },
  {
    id: 'radio-parking',
    title: 'Parking charges rise at the hospital',
    outlet: 'Radio Brisk',
    published: '2026-05-06',
    paragraphs: [['Parking at Kelby hospital will cost £3 an hour from June.']],
  },
];
const GAZETTE: SearchFixtureArticle = {
  id: 'gazette-petition',
  title: 'Petition handed to hospital chair',
  outlet: 'Kelby Gazette',
  published: '2026-05-09',
  paragraphs: [
    [
      'Campaigners handed a petition with 9,000 signatures to the hospital chair, Ann Roe, on Friday.',
    ],
    ['She told Radio Brisk the board would consider the petition at its June meeting.'],
  ],
};
const OTHERS: SearchFixtureArticle[] = [
  {
    id: 'echo-ward',
    title: 'Ward closure confirmed',
    outlet: 'Kelby Echo',
    published: '2026-05-02',
    paragraphs: [['The hospital will close its children’s ward at the end of May.']],
  },
  {
    id: 'echo-staff',
    title: 'Nurses vote on strike',
    outlet: 'Kelby Echo',
    published: '2026-05-07',
    paragraphs: [['Nurses at Kelby hospital will vote next week on whether to strike.']],
  },
];

describe('the one spoken to', () => {
  it('is the name right after "tell", or after "to" following a verb of saying', () => {
    const words = (question: string) =>
      [...addresseeTokens(tokenize(question))].map((token) => token.word);
    expect(words('what did Ann Roe tell Radio Brisk about the petition')).toEqual([
      'radio',
      'brisk',
    ]);
    expect(words('what did she say to the Kelby Gazette')).toEqual(['kelby', 'gazette']);
    expect(words('what did Radio Brisk report about the petition')).toEqual([]);
  });

  it('names no source: the outlet reporting what was told answers', () => {
    const { engine } = engineOver(...RADIO, GAZETTE, ...OTHERS);
    const told = engine.ask('what did Ann Roe tell Radio Brisk about the petition');
    expect(told.answered).toBe(true);
    expect(told.notFromNamed).toBeUndefined();
    expect(told.passages[0]?.quote).toContain('She told Radio Brisk the board would consider');
    // Named as the one reporting, the station is the source, and it reported nothing of it.
    const reported = engine.ask('what did Radio Brisk report about the petition');
    expect(reported.notFromNamed?.sources.map((source) => source.id)).toEqual([
      'radio-meeting',
      'radio-parking',
    ]);
  });
});
