/**
 * A speaker's name used as the name of a place names no source (src/search/plan/place-name.ts):
 * "which countries sent envoys to Dover" asks where envoys went, not what Dover said, so the
 * address that tells it answers, whoever gave it. Invented addresses by a speaker named like a
 * place.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { dashedNameTokens, locativeNameTokens } from '../../src/search/plan/place-name.js';
import { tokenize } from '../../src/text/terms.js';
import { annualAddress, engineOver } from './fixtures.js';

describe('a name after a preposition of place', () => {
  const isName = (token: { word: string }) => token.word === 'dover' || token.word === 'amos';
  const asPlace = (question: string) =>
    [...locativeNameTokens(question, tokenize(question), isName)].map((token) => token.word);

  it.each([
    ['which countries sent new envoys to dover in 1880', ['dover']],
    ['who lived in Dover', ['dover']],
    ['how many ships sailed toward amos dover', ['amos', 'dover']],
    // A source's roles: subject of saying, attribution, possessive, before a source noun.
    ['what did dover say about envoys', []],
    ['how many envoys were sent according to dover', []],
    ["what is in Dover's message", []],
    ['what is in dover message about envoys', []],
    ['what did the envoys say in the dover address', []],
  ])('%j → %j', (question, expected) => {
    expect(asPlace(question)).toEqual(expected);
  });
});

describe('a name joined by a dash to another word', () => {
  const isName = (token: { word: string }) =>
    ['dover', 'amos', 'lloyd', 'george'].includes(token.word);
  const dashed = (question: string) =>
    [...dashedNameTokens(question, tokenize(question), isName)].map((token) => token.word);

  it.each([
    ['when was the dover-calais packet service first used', ['dover']],
    ['when was the Calais–Dover packet service first used', ['dover']],
    // A double-barrelled name is one name; a name standing alone keeps its role.
    ['what did lloyd-george say about the packet service', []],
    ['what did dover say about the packet service', []],
    // A participle after the dash makes the name its agent: "Dover-led" is led by Dover.
    ['what coins did the dover-led government mint', []],
  ])('%j → %j', (question, expected) => {
    expect(dashed(question)).toEqual(expected);
  });
});

const WORKS =
  'canal bridge lighthouse harbour railway tunnel dam aqueduct armoury mint fort depot'.split(' ');
const ADDRESSES = [
  annualAddress(1795, 'Amos Dover', [['The treaty with the western tribes was signed at last.']]),
  annualAddress(1796, 'Amos Dover', [['The mint struck its first silver coins this summer.']]),
  annualAddress(1881, 'Caleb Wroth', [
    ['Spain, Peru and Japan sent new envoys to Dover in 1880, and each was received with honour.'],
    ['The Dover-Calais packet service was first used in the spring of 1879.'],
  ]),
  // Other speakers, one address each, so that Dover's are few enough to be named by his name.
  ...['Jonas Kerr', 'Silas Brant', 'Eli Marsh', 'Noah Vance', 'Orrin Tabb'].flatMap(
    (speaker, i) => [
      annualAddress(1883 + 2 * i, speaker, [[`The ${WORKS[2 * i]} was finished this year.`]]),
      annualAddress(1884 + 2 * i, speaker, [[`The ${WORKS[2 * i + 1]} is still being built.`]]),
    ],
  ),
];

describe('a speaker named like a place', () => {
  beforeAll(() => void engineOver(...ADDRESSES), 120_000);

  it('is no source when the question uses the name as a place', () => {
    const { index } = engineOver(...ADDRESSES);
    const named = (question: string) => [...index.rank(question).plan.sources.articles];
    expect(named('which countries sent new envoys to dover in 1880')).toEqual([]);
    // As the one speaking, the name still names his addresses.
    expect(named('what did dover say about the treaty')).toEqual([0, 1]);
  });

  it('is no source when the question joins the name to a place by a dash', () => {
    const { index, engine } = engineOver(...ADDRESSES);
    const question = 'when was the dover-calais packet service first used';
    expect([...index.rank(question).plan.sources.articles]).toEqual([]);
    expect(engine.ask(question).passages[0]?.quote).toMatch(/Dover-Calais packet service/);
  });

  it('is answered from the address that tells of the place', () => {
    const { engine } = engineOver(...ADDRESSES);
    const answer = engine.ask('which countries sent new envoys to dover in 1880');
    expect(answer.answered).toBe(true);
    expect(answer.notFromNamed).toBeUndefined();
    expect(answer.passages[0]?.quote).toMatch(/Spain, Peru and Japan sent new envoys to Dover/);
  });
});
