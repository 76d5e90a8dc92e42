/**
 * Abstention's gate on an attribute asked of something (src/search/abstain-asked-attribute.ts):
 * "what colour was the van" is not answered by a passage that names the van but no colour.
 * Tiny invented corpora: a break-in story that names the van and gives no colour, then one
 * that gives it by a kind of colour and by a colour adjective; a monitor's level of one gas,
 * asked of another gas the coverage names, then given of it.
 */
import { describe, expect, it } from 'vitest';
import { askedAttributeHeld, askedAttributeOf } from '../../src/search/abstain-asked-attribute.js';
import { attributeValuesOf } from '../../src/search/attribute-values.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** The van and the bins, with no colour of either. */
const BREAK_IN: SearchFixtureArticle = {
  id: 'break-in',
  title: 'Van seen after depot break-in',
  outlet: 'Wold Courier',
  published: '2025-06-03',
  paragraphs: [
    ['Police are looking for a van seen leaving the Corley recycling depot on Tuesday night.'],
    ['The van was driven off towards Kelby at about 11pm, a neighbour said.'],
    ['Thieves took cable and tools worth £4,000 from the depot.'],
    ['The council will deliver the new recycling bins to 4,000 homes in May.'],
  ],
};

/** Colours given: the van's by a kind of colour, the bins' by an adjective of colour. */
const WITNESS: SearchFixtureArticle = {
  id: 'witness',
  title: 'Depot break-in: witness comes forward',
  outlet: 'Wold Post',
  published: '2025-06-04',
  paragraphs: [
    ['A witness told police the van seen at the Corley depot was dark green.'],
    ['The new recycling bins are crimson, the council said.'],
  ],
};

/** A level at the monitor, of nitrogen dioxide; ozone named, no level of it given. */
const MONITOR: SearchFixtureArticle = {
  id: 'monitor',
  title: 'Air at Corley monitor cleaner',
  outlet: 'Wold Courier',
  published: '2025-06-05',
  paragraphs: [
    ['Nitrogen dioxide levels at the Corley monitor fell to 29 micrograms per cubic metre in May.'],
    ['The council will start measuring ozone at the monitor next year.'],
  ],
};

/** The ozone level given. */
const OZONE: SearchFixtureArticle = {
  id: 'ozone',
  title: 'Ozone peak at Corley',
  outlet: 'Wold Post',
  published: '2025-07-02',
  paragraphs: [
    ['Ozone levels at the Corley monitor reached 80 micrograms per cubic metre in June.'],
  ],
};

describe('the values of an attribute noun', () => {
  it('are its kinds and its adjectives, read off WordNet', () => {
    expect(attributeValuesOf('colour')?.has('green')).toBe(true);
    expect(attributeValuesOf('colours')?.has('crimson')).toBe(true);
    expect(attributeValuesOf('size')?.has('large')).toBe(true);
    expect(attributeValuesOf('size')?.has('tiny')).toBe(true);
  });

  it('are none for a noun whose usual sense is no attribute', () => {
    // A body and an act: an instance answers them, in words no lexicon lists.
    expect(attributeValuesOf('insurer')).toBeNull();
    expect(attributeValuesOf('role')).toBeNull();
    expect(attributeValuesOf('van')).toBeNull();
  });
});

describe('the attribute a question asks', () => {
  it('is the head of its "what" phrase when that names an attribute', () => {
    // Read as the index folds it: British spellings as American ones.
    expect(askedAttributeOf('what colour was the van?')?.noun).toBe('color');
    expect(askedAttributeOf('what shape is the new sculpture?')?.noun).toBe('shape');
    expect(askedAttributeOf("what was the van's colour?")?.noun).toBe('color');
  });

  it('is none for a measured attribute, a frame noun or another noun', () => {
    expect(askedAttributeOf('what depth is the pool?')).toBeNull();
    expect(askedAttributeOf('what kind of van was it?')).toBeNull();
    expect(askedAttributeOf('which insurer covers the depot?')).toBeNull();
  });
});

describe('the gate', () => {
  it('refuses when the passages name the thing but give no value of the asked attribute', () => {
    const { engine, index } = engineOver(BREAK_IN);
    const held = (question: string) =>
      askedAttributeHeld(index.abstentionInput(index.rank(question)));
    expect(held('what colour was the van?')).toBe(false);
    expect(held('what colour are the new recycling bins?')).toBe(false);
    expect(engine.ask('what colour was the van?').answered).toBe(false);
    expect(engine.ask('what colour are the new recycling bins?').answered).toBe(false);
    // "What size" asks a number (plan/answer-type.ts), which the classifier weighs.
    expect(held('what size are the new recycling bins?')).toBeUndefined();
  }, 300_000);

  it('answers when a passage gives a value, by a kind of the attribute or an adjective of it', () => {
    const { engine, index } = engineOver(BREAK_IN, WITNESS);
    const held = (question: string) =>
      askedAttributeHeld(index.abstentionInput(index.rank(question)));
    expect(held('what colour was the van?')).toBe(true);
    expect(held('what colour are the new recycling bins?')).toBe(true);
    expect(engine.ask('what colour was the van?').answered).toBe(true);
  }, 300_000);

  it("does not take the question's own value word for the answer", () => {
    const { index } = engineOver(BREAK_IN);
    // "green" is the question's: the passages give no colour of their own.
    const input = index.abstentionInput(index.rank('what colour was the green van?'));
    expect(askedAttributeHeld(input)).toBe(false);
  }, 300_000);
});

describe('a value of the attribute of another thing', () => {
  it('does not answer for the thing the noun before the attribute names', () => {
    const { engine } = engineOver(MONITOR);
    expect(engine.ask('What was the ozone level at the Corley monitor?').answered).toBe(false);
    expect(engine.ask('What was the nitrogen dioxide level at the Corley monitor?').answered).toBe(
      true,
    );
  }, 300_000);

  it('answers when a passage gives the value of that thing', () => {
    const { engine } = engineOver(MONITOR, OZONE);
    const answer = engine.ask('What was the ozone level at the Corley monitor?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toContain('Ozone levels');
  }, 300_000);
});
