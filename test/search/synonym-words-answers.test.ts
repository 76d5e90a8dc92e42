/**
 * "Sources differ" and "also reported by" for one fact told with WordNet synonyms in more than
 * one word ("were injured when the roof … fell" / "were hurt when the roof … collapsed"), end to
 * end, as the fact relation reads them (fact-shared-terms.ts `toldInOtherWords`, fact-measures.ts
 * `saidAlike`). Invented outlets on a sports-hall roof collapse, and on a bus crash in the same
 * town the same day.
 */
import { describe, expect, it } from 'vitest';
import { datedArticle, suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const ARTICLES: Record<string, [string, string]> = {
  wire: [
    'Roof falls at Orwick hall.',
    'Fourteen people were injured when the roof of the Orwick sports hall fell.',
  ],
  courier: [
    'Hall collapse.',
    'Seventeen people were hurt when the roof of the Orwick sports hall collapsed.',
  ],
  gazette: ['Orwick hall.', 'Fourteen people were injured when the roof fell.'],
  radio: ['Orwick roof.', 'Fourteen people were hurt when the roof collapsed.'],
  crash: ['Orwick bus crash.', 'The Orwick bus crash hurt 17 people.'],
  brief: ['Tansley roof falls.', 'Fourteen people were injured.'],
  later: ['Tansley hall collapse.', 'Seventeen people were hurt.'],
  order: [
    'Halls to be inspected.',
    'The council has ordered safety inspections of every sports hall in Orwick.',
  ],
  agenda: [
    'Mayor on hall safety.',
    'The mayor said the safety of every sports hall in Orwick would be on the agenda.',
  ],
};

/**
 * An engine over the named articles (all published on 13 February 2026) and unrelated ones, built
 * before the suite's tests (corpus-fixture.ts `suiteEngine`).
 */
function engineOf(...ids: string[]) {
  const files: Record<string, string> = { ...UNRELATED_ARTICLES };
  for (const id of ids) files[`${id}.txt`] = ARTICLES[id]!.join('\n\n');
  files['articles.json'] = JSON.stringify({
    articles: ids.map((id) => datedArticle(`${id}.txt`, '2026-02-13')),
  });
  return suiteEngine(files);
}

const SYNONYMS_DIFFER = engineOf('wire', 'courier');
const SYNONYMS_AGREE = engineOf('gazette', 'radio');
const OTHER_EVENT = engineOf('wire', 'crash');
const ORDER_AND_PLAN = engineOf('order', 'agenda');
const SHORT_REPORTS = engineOf('brief', 'later');

const QUESTION = 'How many people were injured when the Orwick sports hall roof fell?';

describe('one fact told with WordNet synonyms in two words', () => {
  it('sets "14 injured … fell" against "17 hurt … collapsed"', () => {
    const answer = SYNONYMS_DIFFER.ask(QUESTION);
    expect(answer.sourcesDiffer.map((d) => d.aspect)).toEqual(['number']);
    expect(answer.sourcesDiffer[0]?.quotes.map((q) => q.source.id).sort()).toEqual([
      'courier',
      'wire',
    ]);
  }, 120_000);

  it('links "14 injured … fell" and "14 hurt … collapsed" as also reported by', () => {
    const answer = SYNONYMS_AGREE.ask('How many people were injured when the roof fell?');
    const also = answer.passages.flatMap((p) => [
      p.source.id,
      ...p.alsoReportedBy.map((q) => q.source.id),
    ]);
    expect(answer.passages.find((p) => p.alsoReportedBy.length > 0)?.alsoReportedBy).toHaveLength(
      1,
    );
    expect(also).toContain('radio');
    expect(answer.sourcesDiffer).toEqual([]);
  }, 120_000);

  it('sets no count of another event against them', () => {
    const answer = OTHER_EVENT.ask(QUESTION);
    expect(answer.sourcesDiffer).toEqual([]);
    expect(answer.passages.every((p) => p.alsoReportedBy.length === 0)).toBe(true);
  }, 120_000);

  it('does not show a plan to discuss as also reporting an order ("said" is no synonym of "ordered")', () => {
    const answer = ORDER_AND_PLAN.ask(
      'Has the council ordered safety inspections of the Orwick sports halls?',
    );
    expect(answer.passages.map((p) => p.source.id)).toContain('order');
    expect(answer.passages.every((p) => p.alsoReportedBy.length === 0)).toBe(true);
  }, 120_000);

  it('sets two short counts against each other when only the synonyms and the noun are shared', () => {
    // "Fourteen people were injured." / "Seventeen people were hurt." share one word as written:
    // the cheap test before the comparison (fact-may-disagree.ts `mayDisagree`) counts the synonyms.
    const answer = SHORT_REPORTS.ask('How many people were injured?');
    expect(answer.sourcesDiffer.map((d) => d.aspect)).toEqual(['number']);
  }, 120_000);
});
