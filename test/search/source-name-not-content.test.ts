/**
 * A word of a source's name that names it in a question stops counting as content where its
 * text's uses are of something else (plan/query-plan.ts): a word the corpus also writes in lower
 * case ("Mark", "marked"), whose stem would find the everyday word, and a label, a speaker's
 * name that most of the speaker's addresses never write ("Tabb"), whose few uses name another
 * ("Mrs Tabb"). A name that is neither keeps its place as content where the named text uses
 * it. Invented addresses.
 */
import { describe, expect, it } from 'vitest';
import { annualAddress, engineOver } from './fixtures.js';

const ADDRESSES = [
  annualAddress(1901, 'Mark Tollan', [
    ['The two rivers were marked on the survey maps last spring.'],
    ['The treasury closed the year with a surplus.'],
    ['I recommend that a canal join the two rivers at Orsk.'],
  ]),
  annualAddress(1902, 'Mark Tollan', [['The harvest marked a record year for the farms.']]),
  annualAddress(1903, 'Ruth Vessel', [['The rivers flooded the lower town in March.']]),
  annualAddress(1904, 'Ruth Vessel', [['A canal to Orsk was begun, as Tollan had asked.']]),
  annualAddress(1905, 'Hollis Quent', [['The Quent mint struck new coins.']]),
  annualAddress(1906, 'Hollis Quent', [['The army was reduced by a third.']]),
  // A speaker whose name one address of three writes, of another person.
  annualAddress(1911, 'Orrin Tabb', [
    ['Mrs Tabb opened the new harbour wall in May.'],
    ['The harbour dues were halved to bring back the fishing fleet.'],
  ]),
  annualAddress(1912, 'Orrin Tabb', [['The mint was closed for repairs.']]),
  annualAddress(1913, 'Orrin Tabb', [['New roads were built in the hill country.']]),
  // Others, so that a speaker's addresses are within a title word's share of the corpus.
  ...['Ada Brisk', 'Ned Oram', 'Ivo Stell', 'Lena Part', 'Tom Ruel', 'Eda Moss'].map((speaker, i) =>
    annualAddress(1920 + i, speaker, [['The treasury closed the year with a surplus.']]),
  ),
];

describe('a word of a source’s name the corpus writes in lower case', () => {
  it('names the source and is no content of the question', () => {
    const { index } = engineOver(...ADDRESSES);
    const plan = index.rank('what did mark want for the rivers in 1901').plan;
    expect([...plan.sources.articles]).toEqual([0]);
    const labels = plan.concepts.map((c) => c.label.toLowerCase());
    expect(labels).not.toContain('mark');
    expect(labels).toContain('rivers');
  });

  it('answers with what the speaker asked, not with a passage of the everyday word', () => {
    const { engine } = engineOver(...ADDRESSES);
    const quote = engine.ask('what did mark want for the rivers in 1901').passages[0]?.quote;
    expect(quote).toContain('I recommend that a canal join the two rivers');
  });

  it('keeps a name the corpus writes only capitalised as content in the text that uses it', () => {
    const { index } = engineOver(...ADDRESSES);
    const plan = index.rank('what did the quent mint strike in 1905').plan;
    expect([...plan.sources.articles]).toEqual([4]);
    expect(plan.concepts.map((c) => c.label.toLowerCase())).toContain('quent');
  });

  it('drops a label, which names the addresses, not what their text tells', () => {
    const { index } = engineOver(...ADDRESSES);
    const plan = index.rank('what did tabb say about the harbour').plan;
    expect([...plan.sources.articles].sort()).toEqual([6, 7, 8]);
    const labels = plan.concepts.map((c) => c.label.toLowerCase());
    expect(labels).not.toContain('tabb');
    expect(labels).toContain('harbour');
  });
});
