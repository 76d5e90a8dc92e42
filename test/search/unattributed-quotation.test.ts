import { describe, expect, it } from 'vitest';
import {
  asksWhoSpoke,
  isBareQuotation,
  namesQuotedSpeaker,
} from '../../src/search/select/unattributed-quotation.js';
import { engineOver } from './fixtures.js';

describe('a quotation sentence that does not say who speaks', () => {
  const mill = {
    id: 'mill',
    title: 'Minister to review mill sale',
    published: '2025-03-05',
    paragraphs: [
      [
        'The trade minister, Greta Holm, said on Tuesday that she would review the sale of Hollin Mills.',
      ],
      [
        '"The mill matters to the whole valley," Holm told reporters in Hexley.',
        '"We will take our time and we will not be rushed."',
      ],
    ],
  };

  const { engine } = engineOver(mill);

  it('answers "who said …?" quoted with the sentence of its quotation that names the speaker', () => {
    const answer = engine.ask('who said they will not be rushed?');
    const quote = answer.passages[0]?.quote ?? answer.closest[0]?.quote ?? '';
    expect(quote).toContain('Holm told reporters in Hexley.');
    expect(quote).toContain('we will not be rushed."');
    expect(quote.startsWith('"The mill matters')).toBe(true);
  });

  it('is quoted alone for any other question', () => {
    const quote = engine.ask('will they be rushed?').passages[0]?.quote ?? '';
    expect(quote).toBe('"We will take our time and we will not be rushed."');
  });

  it('is read by its marks and the verbs of saying outside them', () => {
    expect(asksWhoSpoke('Who told reporters the mill matters?')).toBe(true);
    expect(asksWhoSpoke('who will review the sale?')).toBe(false);
    expect(isBareQuotation('“We will not be rushed.”')).toBe(true);
    expect(isBareQuotation('"We will not be rushed," she said.')).toBe(false);
    expect(namesQuotedSpeaker('"The mill matters," Holm told reporters.')).toBe(true);
    expect(namesQuotedSpeaker('Holm visited the mill.')).toBe(false);
    expect(namesQuotedSpeaker('"Rushed" is the word for it.')).toBe(false);
  });
});
