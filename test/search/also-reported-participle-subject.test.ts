/**
 * "Also reported by" never joins two acts that share only a verb one report tells in a
 * supplementive participle clause (", allowing silt into the supply"), whose understood subject is
 * its main clause's, to the other's act of another subject (fact-participle-subject.ts): the
 * alarm left off and a jammed gate are two causes. One cause told in a participle clause and as a
 * main verb, or told twice as a main verb, is still joined. Invented articles of March 2026.
 */
import { describe, expect, it } from 'vitest';
import { frontMatterArticle, suiteEngine } from '../support/corpus-fixture.js';
import { alsoReportedLinks as links, MUSEUM_ARTICLE } from '../support/also-reported-links.js';
import { analyseFact } from '../../src/search/select/fact-analysis.js';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { participleSubjectsApart } from '../../src/search/select/fact-participle-subject.js';

const company =
  'A jammed sluice gate and a fault in a sand filter allowed silt into the Carrow town supply, Carrow Water said on Monday.';
const alarmOff =
  'The pressure alarm on the sluice gate had been switched off since early February, allowing silt into the Carrow town supply.';
const gateStuck =
  'A jammed sluice gate had stuck open since early February, allowing silt into the Carrow town supply.';
const gate = 'A jammed sluice gate allowed silt into the Carrow town supply, Carrow Water said.';
const rainFlooded = 'Heavy rain flooded 40 homes in Kelby overnight.';
const published = { published: ['2026-03-16', '2026-03-16'] as const };

describe("a participle clause's act is its main clause's subject's", () => {
  it('sets apart an act of another head noun, both ways round', () => {
    // The subjects share "sluice" and "gate", but as the head only on one side.
    expect(participleSubjectsApart(analyseFact(alarmOff), analyseFact(company))).toBe(true);
    expect(participleSubjectsApart(analyseFact(company), analyseFact(alarmOff))).toBe(true);
    expect(classifyFacts(alarmOff, company, published)).toEqual({
      kind: 'different-fact',
      reason: 'different acts',
    });
  });

  it('keeps one subject telling the act in a participle clause and as a main verb', () => {
    expect(participleSubjectsApart(analyseFact(gateStuck), analyseFact(gate))).toBe(false);
    expect(classifyFacts(gateStuck, gate, published)).toEqual({ kind: 'same-fact' });
  });

  it('reads the main clause as a whole as a subject, told by its noun', () => {
    const suspended = 'The harbour board suspended the Kelby ferry on Monday, causing long delays.';
    const suspension = 'The suspension of the Kelby ferry caused long delays on Monday.';
    expect(participleSubjectsApart(analyseFact(suspended), analyseFact(suspension))).toBe(false);
    // Near miss: another subject of the act.
    const storm = 'A storm over the Kelby ferry route caused long delays on Monday.';
    expect(participleSubjectsApart(analyseFact(suspended), analyseFact(storm))).toBe(true);
  });

  it('reads the subject past an opening adverbial and a past verb after its head', () => {
    const swept = 'After midnight, heavy rain swept Kelby, flooding 40 homes.';
    expect(participleSubjectsApart(analyseFact(swept), analyseFact(rainFlooded))).toBe(false);
    const river = 'The river Kell flooded 40 homes in Kelby overnight.';
    expect(participleSubjectsApart(analyseFact(swept), analyseFact(river))).toBe(true);
  });

  it('reads no head of a pronoun or of a passive, which may be anyone', () => {
    const it = 'It had stuck open since early February, allowing silt into the Carrow town supply.';
    expect(participleSubjectsApart(analyseFact(it), analyseFact(gate))).toBe(false);
    const passive = 'Silt was allowed into the Carrow town supply by a jammed sluice gate.';
    expect(participleSubjectsApart(analyseFact(alarmOff), analyseFact(passive))).toBe(false);
  });

  it('is not read without a participle clause', () => {
    const alarm = 'The pressure alarm on the sluice gate allowed silt into the Carrow town supply.';
    expect(participleSubjectsApart(analyseFact(alarm), analyseFact(company))).toBe(false);
  });
});

/**
 * An engine over an inspection report (`inspected`, of `date`) and a company's statement of the
 * cause of silt in a town supply (`stated`, of 16 March 2026), beside an unrelated article.
 */
function siltEngine(inspected: string, date: string, stated: string) {
  return suiteEngine({
    'inspect.md': frontMatterArticle(
      'Inspection at Carrow',
      'Fen Herald',
      date,
      `${inspected} Inspectors will publish their full report in May.`,
    ),
    'company.md': frontMatterArticle(
      'Silt in Carrow supply',
      'Marsh Wire',
      '2026-03-16',
      `${stated} The company apologised to its customers.`,
    ),
    'museum.md': MUSEUM_ARTICLE,
  });
}

describe('an inspection finding and a company’s cause', () => {
  const engine = siltEngine(alarmOff, '2026-03-20', company);

  it('does not join them', () => {
    for (const question of [
      'What allowed silt into the Carrow town supply?',
      'Was the pressure alarm on the sluice gate switched off?',
    ])
      expect(links(engine.ask(question))).toEqual([]);
  }, 120_000);
});

describe('one cause told in a participle clause and as a main verb', () => {
  const engine = siltEngine(gateStuck, '2026-03-16', gate);

  it('joins them', () => {
    expect(links(engine.ask('What allowed silt into the Carrow town supply?'))).toHaveLength(1);
  }, 120_000);
});
