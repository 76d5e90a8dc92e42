/** A definite frequency in a passage (plan/frequency-in-text.ts): what "how often" asks for. */
import { describe, expect, it } from 'vitest';
import { statesFrequency } from '../../src/search/plan/frequency-in-text.js';

describe('statesFrequency', () => {
  it.each([
    'Tankers visit the village 4 times a day.',
    'The ferry sails twice a week.',
    'Inspectors call three times per month.',
    'The bus now runs every 20 minutes.',
    'The market is held every other Saturday.',
    'Samples are taken daily.',
    'The board meets annually.',
    'Trains stop there once an hour.',
  ])('reads a frequency in %j', (text) => {
    expect(statesFrequency(text)).toBe(true);
  });

  it.each([
    'The service cost £95,000 in total.',
    'The pipes leak 50 million litres a day.',
    'Four times as many people came.',
    'The mayor visited on Monday.',
    'Everyday goods cost more.',
    'The Daily Courier reported it.',
  ])('reads no frequency in %j', (text) => {
    expect(statesFrequency(text)).toBe(false);
  });
});
