/**
 * A year that names the source a question asks of ("in his 1901 message") says where to look,
 * not what to find: every sentence of that address is of that year, and one that happens to
 * write it ("assembled on the 5th of November, 1901") answers nothing more for it. Invented
 * addresses, one a year, each by its own speaker.
 */
import { describe, expect, it } from 'vitest';
import { annualAddress, engineOver } from './fixtures.js';

const ADDRESSES = [
  annualAddress(1901, 'Hollis Vane', [
    ['The convention of the island assembled on the 5th of November, 1901, and is now in session.'],
    ['Lynching must not be tolerated; courts, not mobs, must execute the penalties of the law.'],
  ]),
  annualAddress(1902, 'Orrin Tabb', [['The harvest was the largest the country has known.']]),
  annualAddress(1903, 'Caleb Wroth', [['The navy has added four cruisers to the fleet.']]),
  annualAddress(1904, 'Amos Pell', [['The mint coined more silver than in any earlier year.']]),
  annualAddress(1905, 'Jonas Kerr', [['The canal works on the isthmus have begun in earnest.']]),
  annualAddress(1906, 'Silas Dunn', [['The postal service now reaches every county.']]),
];

describe('a year naming the source asked of', () => {
  it('does not favour the sentence of that source that writes the year', () => {
    const { engine } = engineOver(...ADDRESSES);
    const answer = engine.ask('what did Vane say about lynching in his 1901 message?');
    expect(answer.passages[0]?.quote).toContain('Lynching must not be tolerated');
  });

  it('still names the source: a year alone asked of without one stays content', () => {
    const { engine } = engineOver(...ADDRESSES);
    const answer = engine.ask('what happened on the 5th of November, 1901?');
    expect(answer.passages[0]?.quote).toContain('assembled on the 5th of November, 1901');
  });
});
