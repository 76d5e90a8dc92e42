/** Chat spellings read as the standard words they stand for (src/text/chat-forms.ts). */
import { describe, expect, it } from 'vitest';
import { abstentionFeatures } from '../../src/search/abstain-features.js';
import { standardForms } from '../../src/text/chat-forms.js';
import { engineOver, type SearchFixtureArticle } from '../search/fixtures.js';

/** A bus company's creditors: what they will get back, and a reader's chat about it. */
const CREDITORS: SearchFixtureArticle = {
  id: 'creditors',
  title: 'Creditors of Tarnfield Coaches face small payout',
  outlet: 'Vale Courier',
  published: '2024-05-02',
  paragraphs: [
    ['The administrators expect unsecured creditors to get back about 4p in the pound.'],
    ['The depot on Mill Lane will be sold at auction in June.'],
    ['Drivers are going to the tribunal over unpaid wages.'],
  ],
};

describe('chat spellings', () => {
  it('reads contractions written as said in their standard words', () => {
    expect(standardForms('how much are creditors gonna get back')).toBe(
      'how much are creditors will get back',
    );
    expect(standardForms('What’s the plan, y’all?')).toBe('What’s the plan, you all?');
    expect(standardForms('how many riders wanna stay')).toBe('how many riders want to stay');
    expect(standardForms("they ain't paid")).toBe('they is not paid');
    expect(standardForms("Gonna ask: y'all's plan")).toBe("will ask: you all's plan");
  });

  it('leaves compounds, words containing a form and other words as written', () => {
    expect(standardForms('the gonna-be mayor and a gonnabe')).toBe(
      'the gonna-be mayor and a gonnabe',
    );
    // Shorthands stay framing words; a wh-word gets its apostrophe back.
    expect(standardForms('whats the U.S. plan, ppl')).toBe("what's the U.S. plan, ppl");
  });

  it('plans a chat question as its standard spelling: the same concepts and answer type', () => {
    const { index } = engineOver(CREDITORS);
    const chat = index.rank('how much are creditors gonna get back').plan;
    const standard = index.rank('how much will creditors get back').plan;
    expect(chat.concepts.map((c) => c.label)).toEqual(standard.concepts.map((c) => c.label));
    expect(chat.answerType).toEqual(standard.answerType);
    // "gonna" is the future auxiliary, never "going to" a place: no concept for it.
    expect(chat.concepts.map((c) => c.label)).not.toContain('gonna');
  });

  it('weighs a chat question for abstention as the standard one: no unknown word', () => {
    const { index } = engineOver(CREDITORS);
    const evidence = (question: string) =>
      abstentionFeatures(index.abstentionInput(index.rank(question)));
    const chat = evidence('how much are creditors gonna get back');
    expect(chat.unknownShare).toBe(0);
    expect(chat).toEqual(evidence('how much will creditors get back'));
  });
});
