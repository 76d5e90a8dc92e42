/**
 * Questions about the bot itself (src/search/plan/addressee.ts): "do you use cookies?" asks
 * about the hearer, and no passage of the coverage answers it, however many of its words a
 * passage shares. Requests for what the coverage holds ("do you know…", "can you list…") are
 * answered as before. On a tiny invented corpus that uses the questions' words.
 */
import { describe, expect, it } from 'vitest';
import { asksAboutBot } from '../../src/search/plan/addressee.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** A flood appeal: cookies sold, an alert service, a bakery's ovens. */
const APPEAL: SearchFixtureArticle = {
  id: 'appeal',
  title: 'Saltgate rallies after the flood',
  outlet: 'Dale Courier',
  published: '2025-08-02',
  paragraphs: [
    ['Cookies and cakes were sold at the community hall to raise money for flood victims.'],
    ['Residents can sign up to the council’s flood alerts by text message.'],
    ['The bakery on Quay Street used its ovens to feed 200 volunteers.'],
  ],
};

describe('a question about the bot', () => {
  it('has the hearer as the subject of its main clause, with no verb asking for the coverage', () => {
    expect(asksAboutBot('do you use cookies?')).toBe(true);
    expect(asksAboutBot('are you a bot?')).toBe(true);
    expect(asksAboutBot('how do you store my data?')).toBe(true);
    expect(asksAboutBot('what is your privacy policy?')).toBe(true);
    expect(asksAboutBot('do you know who sold the cookies?')).toBe(false);
    expect(asksAboutBot('have you got anything on the flood alerts')).toBe(false);
    expect(asksAboutBot('are you aware of any arrests?')).toBe(false);
    expect(asksAboutBot('can you list what the bakery did')).toBe(false);
    // A "you" in a later clause is anyone's.
    expect(asksAboutBot('how many volunteers were fed if you count the bakers')).toBe(false);
    expect(asksAboutBot('do young people use the alerts?')).toBe(false);
  });

  it('is never answered, while a request about the coverage is', () => {
    const { engine } = engineOver(APPEAL);
    expect(engine.ask('do you use cookies?').answered).toBe(false);
    expect(engine.ask('what do you use the ovens for?').answered).toBe(false);
    expect(engine.ask('do you know what the bakery used its ovens for?').answered).toBe(true);
    expect(engine.ask('what did the bakery use its ovens for?').answered).toBe(true);
  });
});
