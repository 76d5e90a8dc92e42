/**
 * A plan given up, named by a noun of its act ("The extension to Northgate has been scrapped"):
 * the deverbal noun names its verb's act (WordNet's derivationally related forms), so the report
 * is linked to an earlier plan naming the same act on the same names ("The tram line will be
 * extended to Northgate …"), as "scrapped plans to extend …" is. Invented tram and library
 * sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import type { TimelineEvent } from '../../src/types/timeline.js';
import { corpusOf, one, type FixtureArticle } from './fixtures.js';
import { verbsOfActNoun } from '../../src/timeline/nominal-plan.js';
import { droppedPlanAct } from '../../src/timeline/dropped-plan.js';

/** The plan: published 2026-01-20, an extension in 2027. */
const EXTENSION = one('plan', '2026-01-20', 'The tram line will be extended to Northgate in 2027.');

/** The entries of the articles that carry outcomes, as "date: outcome ← id". */
function outcomes(...articles: FixtureArticle[]): string[] {
  return buildTimeline(corpusOf(...articles)).flatMap((e: TimelineEvent) =>
    (e.outcomes ?? []).map((o) => `${e.date}: ${o.outcome} ← ${o.quote.source.id}`),
  );
}

describe('a noun of an act', () => {
  it.each([
    ['extension', 'extend'],
    ['closure', 'close'],
    ['demolition', 'demolish'],
  ])('"%s" names the act of "%s"', (noun, verb) => {
    expect(verbsOfActNoun(noun)).toContain(verb);
  });

  it.each([
    ['reopening', 'reopen'],
    ['reopenings', 'reopen'],
    ['resurfacing', 'resurface'],
  ])('"%s", a verbal noun in -ing WordNet does not list, names the act of "%s"', (noun, verb) => {
    expect(verbsOfActNoun(noun)).toEqual([verb]);
  });

  it('reads a noun WordNet lists by its senses, not as a verbal noun ("ceiling", not "ceil")', () => {
    expect(verbsOfActNoun('ceiling')).toEqual([]);
  });

  it('names no act when no frequent sense of it is an act or event', () => {
    expect(verbsOfActNoun('council')).toEqual([]);
  });

  it('is no head after a function word: another clause', () => {
    expect(
      droppedPlanAct('Families were forced to abandon their homes and leave Northgate.'),
    ).toBeNull();
  });
});

describe('a later report that a plan named by a noun of its act was given up', () => {
  it.each([
    ['The extension to Northgate has been scrapped.', 'called off'],
    ['The Northgate extension has been scrapped.', 'called off'],
    ['The council has scrapped the extension to Northgate.', 'called off'],
    ['The council said the extension to Northgate had been abandoned.', 'called off'],
    ['The tram extension to Northgate has been put on hold because of costs.', 'put on hold'],
  ])('"%s" is linked to the planned extension', (report, outcome) => {
    expect(outcomes(EXTENSION, one('report', '2026-03-13', report))).toEqual([
      `2027: ${outcome} ← report`,
    ]);
  });

  it('links a closure to a plan to close the same named place', () => {
    const plan = one('plan', '2026-01-20', 'Fellside library will close in 2027.');
    const report = one('report', '2026-03-13', 'The closure of Fellside library has been shelved.');
    expect(outcomes(plan, report)).toEqual(['2027: called off ← report']);
  });

  it.each([
    // The noun's verb of conversion, spelt as the noun: WordNet derives "trial" from "try" only.
    ['Demountable flood barriers will be trialled on Mill Street from March.', 'trialled'],
    ['Demountable flood barriers will be trialed on Mill Street in March.', 'trialed'],
    // The same noun in the plan.
    ['A trial of demountable flood barriers on Mill Street will start in March.', 'the same noun'],
  ])('links a trial to the plan "%s" (%s)', (planned) => {
    const plan = one('plan', '2026-01-20', planned);
    const report = one(
      'report',
      '2026-03-13',
      'The trial of demountable flood barriers on Mill Street has been cancelled.',
    );
    expect(outcomes(plan, report)).toEqual(['2026-03: called off ← report']);
  });

  it('does not link a trial to a plan at another street', () => {
    const plan = one(
      'plan',
      '2026-01-20',
      'Flood barriers will be trialled on Mill Street from March.',
    );
    const report = one(
      'report',
      '2026-03-13',
      'The trial of flood barriers on Quay Street has been cancelled.',
    );
    expect(outcomes(plan, report)).toEqual([]);
  });

  it.each([
    // Another place: another act.
    'The extension to Fellside has been scrapped.',
    // Another act at the same place.
    'The meeting at Northgate has been cancelled.',
    // No name: any extension could be meant.
    'The extension has been scrapped.',
    // A date of its own: the plan of that day (called-off.ts), not this one.
    'The council scrapped the 2028 extension to Northgate.',
    // Not given up.
    'The extension to Northgate has been approved.',
  ])('"%s" is not linked', (report) => {
    expect(outcomes(EXTENSION, one('report', '2026-03-13', report))).toEqual([]);
  });

  it.each([
    'The council has not scrapped the extension to Northgate.',
    'The extension to Northgate has not been scrapped.',
    'The council could scrap the extension to Northgate.',
    'The council denied it would abandon the extension to Northgate.',
    'The council does not propose to abandon the extension to Northgate.',
    'Councillors voted against scrapping the extension to Northgate.',
  ])('"%s" (negated or irrealis) is not linked', (report) => {
    expect(outcomes(EXTENSION, one('report', '2026-03-13', report))).toEqual([]);
  });

  it('is not linked from an article published before the plan', () => {
    const report = one('report', '2026-01-10', 'The extension to Northgate has been scrapped.');
    expect(outcomes(EXTENSION, report)).toEqual([]);
  });
});
