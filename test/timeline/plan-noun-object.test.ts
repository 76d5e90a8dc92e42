/**
 * A plan noun as a past verb's object, with an infinitive complement: "set out plans to cut the
 * service". "plans" is then a noun, not the verb of "The council plans to cut", so "to" marks no
 * future; the infinitive names an act wanted, after the plan, as a verb of commitment's does
 * (Quirk et al. 1985, §17.26, §16.38; committed-act.ts), and a weekday after it is read as news
 * reads weekdays, on the side the past verb says. Invented council sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

/** Published Wednesday 4 March 2026. */
const WEDNESDAY = '2026-03-04';
const dates = (sentence: string) =>
  buildTimeline(articleOf(WEDNESDAY, sentence)).map((e) => `${e.date}${e.future ? ' future' : ''}`);

describe('a plan noun a past verb takes as object', () => {
  it.each([
    'The council set out plans to cut the service on Tuesday.',
    'The council set out its plans to cut the service on Tuesday.',
    'The council drew up new plans to cut the service on Tuesday.',
    'The council unveiled proposals to close the library on Tuesday.',
  ])('"%s" is last Tuesday, the day of the past verb', (sentence) => {
    expect(dates(sentence)).toEqual(['2026-03-03']);
  });

  it('leaves a bound of the complement a deadline ahead', () => {
    expect(dates('Ministers set out plans to cut harbour emissions by 2030 on Tuesday.')).toEqual([
      '2026-03-03',
      '2030 future',
    ]);
  });

  it('reads the complement past an adjunct of the verb: a discontinuous noun phrase', () => {
    expect(
      dates('The council announced plans on Monday to close the library on 10 March.'),
    ).toEqual(['2026-03-02', '2026-03-10 future']);
  });

  // "set out plans last week to shut …": the adverbial of time modifies the verb of planning
  // (the act of setting out), not the infinitive, whose date is the plan's (committed-act.ts).
  it.each([
    ['The council set out plans last week to shut the library on 2 April.', '2026-04-02 future'],
    ['The council drew up plans yesterday to shut the library on 2 April.', '2026-04-02 future'],
    ['The trust unveiled its plans last week to shut the ward in April.', '2026-04 future'],
  ])('reads the complement past an adverbial of time: "%s"', (sentence, planned) => {
    expect(dates(sentence)).toContain(planned);
  });

  it('keeps a past the adverbial of time dates when no plan noun stands before it', () => {
    expect(dates('The council shut the library last week on 2 March.')).toContain('2026-03-02');
    expect(
      dates('The council set out its plans last week, and shut the library on 2 March.'),
    ).toContain('2026-03-02');
  });

  it('dates a yearless day of the complement as the next one after publication', () => {
    const late = buildTimeline(
      articleOf('2024-11-13', 'The trust set out plans on Tuesday to shut the ward on 2 February.'),
    ).map((e) => `${e.date}${e.future ? ' future' : ''}`);
    expect(late).toContain('2025-02-02 future');
  });

  it('dates a named month of the complement as a commitment act, after publication', () => {
    expect(dates('The council announced plans to close the library on 10 March.')).toEqual([
      '2026-03-10 future',
    ]);
  });
});

describe('"plans" as a verb', () => {
  it.each([
    'The council plans to cut the service on Tuesday.',
    'The librarian said the council plans to cut the service on Tuesday.',
    'The council will set out plans to cut the service on Tuesday.',
  ])('"%s" is next Tuesday, ahead', (sentence) => {
    expect(dates(sentence)).toEqual(['2026-03-10 future']);
  });
});
