/**
 * What counts as a named source's answer (src/engine/named-source.ts): the words naming it
 * ("… told Tarn Radio: …") answer nothing, and a synonym alone ("waited" for "attendance",
 * through another sense of "attend") is no report of what was asked; a synonym beside another
 * word of the question is. Invented outlets and articles.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentBeyondNaming } from '../../src/engine/named-source.js';
import type { Engine } from '../../src/engine/types.js';
import type { QueryPlan } from '../../src/search/plan/query-plan.js';
import { NO_SOURCE } from '../../src/search/plan/source-match.js';
import {
  frontMatterArticle,
  HARBOUR_AND_LIBRARY,
  plainCorpusEngine,
  UNRELATED_ARTICLES,
} from '../support/corpus-fixture.js';

let engine: Engine;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  // The unrelated articles make the question's words rare enough to rank by.
  ({ engine, cleanup } = await plainCorpusEngine({
    ...UNRELATED_ARTICLES,
    ...HARBOUR_AND_LIBRARY,
    'tarn-denial.md': frontMatterArticle(
      'Depot firm denies closure plan',
      'Tarn Radio',
      '2025-03-11',
      'Chief executive Ana Ruiz told Tarn Radio: "There is no plan to close the depot. That is simply not on the table."',
    ),
    'tarn-bypass.md': frontMatterArticle(
      'Bypass gets the go-ahead',
      'Tarn Radio',
      '2025-11-05',
      'Councillors approved the bypass last night by eight votes to three after a long meeting.',
    ),
    'fell-bypass.md': frontMatterArticle(
      'Bypass approved',
      'Fell Post',
      '2025-11-06',
      'The bypass will be built after the planning committee voted in favour on Tuesday.',
    ),
    'gazette-strike.md': frontMatterArticle(
      'Teachers vote to strike',
      'Orrin Gazette',
      '2025-09-13',
      'Teachers in Orrin voted on Friday to strike over pay. "Our members in Orrin have waited three years for a fair offer," the union leader said.',
    ),
    'mirrow-schools.md': frontMatterArticle(
      'Pupils back as schools reopen',
      'Mirrow Radio',
      '2025-10-06',
      'The head teacher said attendance at Brindle Road Primary was 96 per cent on the first day back.',
    ),
  }));
}, 60_000);
afterAll(() => cleanup());

describe("a named source's passage holding only the words that name it", () => {
  it('is not shown as an answer, whatever its rank', () => {
    const answer = engine.ask('What did Tarn Radio report about the vote?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toMatch(/eight votes to three/);
    for (const passage of answer.passages) expect(passage.quote).not.toMatch(/told Tarn Radio/);
  });
});

describe("a named source's passage linked to the question by a synonym", () => {
  it("alone is not that source's answer: the reply says so and shows the own word elsewhere", () => {
    const answer = engine.ask('What did the Orrin Gazette report about attendance?');
    expect(answer.notFromNamed?.outlet).toBe('Orrin Gazette');
    const shown = [...answer.passages, ...answer.closest];
    expect(shown.map((p) => p.source.outlet)).not.toContain('Orrin Gazette');
    expect(shown[0]?.quote).toMatch(/attendance at Brindle Road/);
    // The same source answers in the question's own word.
    const strike = engine.ask('What did the Orrin Gazette report about the strike?');
    expect(strike.notFromNamed).toBeUndefined();
    expect(strike.passages[0]?.source.outlet).toBe('Orrin Gazette');
  });

  it('beside another asked word is: two of its words, each by any reading', () => {
    const plan = {
      question: 'what did the Orrin Gazette say about attendance and pay?',
      answerType: null,
      askedTerms: new Set<string>(),
      askedDescribing: new Set<string>(),
      sources: { ...NO_SOURCE, terms: new Set(['orrin', 'gazett']) },
      concepts: [
        { label: 'Gazette', name: true, common: false, alternatives: [exact('gazett')] },
        {
          label: 'attendance',
          name: false,
          common: true,
          alternatives: [exact('attend'), { terms: ['wait'], kind: 'synonym' as const }],
        },
        {
          label: 'pay',
          name: false,
          common: true,
          alternatives: [exact('pay'), { terms: ['wage'], kind: 'synonym' as const }],
        },
      ],
    } satisfies QueryPlan;
    const corroborated = contentBeyondNaming(plan, 'corroborated');
    expect(corroborated('Members waited three years.')).toBe(false);
    expect(corroborated('Members waited three years for their wages.')).toBe(true);
    expect(corroborated('Attendance was 96 per cent.')).toBe(true);
    expect(corroborated('The Orrin Gazette asked.')).toBe(false);
    expect(contentBeyondNaming(plan, 'any')('Members waited three years.')).toBe(true);
    expect(contentBeyondNaming(plan, 'own')('Members waited three years for their wages.')).toBe(
      false,
    );
  });

  it('counts a title word that named the source as an asked word beside a synonym, never who wrote', () => {
    // "what did the Orrin Gazette say about the strike's attendance?", the Gazette's article
    // titled "Strike called": 'strike' named it with 'gazett' and is also what it is about.
    const plan = {
      question: "what did the Orrin Gazette say about the strike's attendance?",
      answerType: null,
      askedTerms: new Set<string>(),
      askedDescribing: new Set<string>(),
      sources: { ...NO_SOURCE, terms: new Set(['orrin', 'gazett', 'strike']) },
      concepts: [
        { label: 'Orrin', name: true, common: false, alternatives: [exact('orrin')] },
        { label: 'strike', name: false, common: true, alternatives: [exact('strike')] },
        {
          label: 'attendance',
          name: false,
          common: true,
          alternatives: [exact('attend'), { terms: ['wait'], kind: 'synonym' as const }],
        },
      ],
    } satisfies QueryPlan;
    const corroborated = contentBeyondNaming(plan, 'corroborated', new Set(['orrin', 'gazett']));
    expect(corroborated('Strikers waited at the gates.')).toBe(false);
    expect(corroborated('They waited three years to strike.')).toBe(true);
    expect(corroborated('In Orrin they waited three years.')).toBe(false);
    expect(corroborated('The strike began in Orrin.')).toBe(false);
    const any = contentBeyondNaming(plan, 'any', new Set(['orrin', 'gazett']));
    expect(any('The strike began in Orrin.')).toBe(true);
    expect(any('Orrin is a town.')).toBe(false);
    expect(contentBeyondNaming(plan, 'any')('The strike began in Orrin.')).toBe(false);
  });
});

function exact(term: string) {
  return { terms: [term], kind: 'exact' as const };
}
