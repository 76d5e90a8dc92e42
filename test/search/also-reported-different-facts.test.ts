/**
 * "Also reported by" never joins two different facts that share only a topic's words: a
 * company's stated cause and a resigning director's words about the equipment that failed; an
 * inspectors' finding and the company's cause; two denials of different things on different days
 * ("no evidence yet of sickness" / "have not confirmed a link", fact-negated-predicate.ts). One
 * denial told twice in other words is still joined. Invented articles of May 2026.
 */
import { describe, expect, it } from 'vitest';
import { frontMatterArticle, suiteEngine } from '../support/corpus-fixture.js';
import {
  alsoReportedLinks as links,
  MUSEUM_ARTICLE as MUSEUM,
} from '../support/also-reported-links.js';

describe('different facts on one topic', () => {
  const engine = suiteEngine({
    'gazette.md': frontMatterArticle(
      'Sewage in Ashby reservoir',
      'Dene Gazette',
      '2026-05-04',
      'A cracked valve and a fault in a backup generator allowed sewage to flow into the Ashby reservoir, Dunmere Water said on Monday. The company apologised to its customers.\n\nThere was no evidence yet of sickness linked to the reservoir, the county health team said.',
    ),
    'wire.md': frontMatterArticle(
      'Dunmere director quits',
      'Shire Wire',
      '2026-05-06',
      "Dunmere Water's engineering director, Ruth Kell, resigned on Wednesday. She said she had been in charge of the equipment that failed at the Ashby reservoir and that it was 'only right that I go'.",
    ),
    'inspect.md': frontMatterArticle(
      'Alarm disabled',
      'Dene Gazette',
      '2026-05-12',
      'Inspectors found that the pressure alarm on the cracked valve at the Ashby reservoir had been disabled since early April. The regulator will publish its full report in June.',
    ),
    'radio.md': frontMatterArticle(
      'Sickness in Ashby',
      'Moor Radio',
      '2026-05-07',
      'Public health officials have not confirmed a link between the reservoir and cases of sickness in Ashby. Eleven people have reported stomach pains.',
    ),
    'museum.md': MUSEUM,
  });

  it("does not join the company's cause to the director's words or the inspectors' finding", () => {
    for (const question of [
      'What allowed sewage into the Ashby reservoir?',
      'What failed at the Ashby reservoir?',
      'What did inspectors find about the valve alarm?',
    ])
      expect(links(engine.ask(question))).toEqual([]);
  }, 120_000);

  it('does not join a denial of evidence to a denial of a confirmed link', () => {
    const answer = engine.ask('Has a link between the reservoir and sickness been confirmed?');
    expect(answer.passages.map((p) => p.source.id)).toContain('radio');
    expect(links(answer)).toEqual([]);
  }, 120_000);
});

describe('one denial told twice', () => {
  const engine = suiteEngine({
    'radio.md': frontMatterArticle(
      'Sickness in Ashby',
      'Moor Radio',
      '2026-05-07',
      'Public health officials have not confirmed a link between the reservoir and cases of sickness in Ashby. Eleven people have reported stomach pains.',
    ),
    'post.md': frontMatterArticle(
      'Ashby cases',
      'Dene Post',
      '2026-05-07',
      'A link between cases of sickness in Ashby and the reservoir has not been confirmed by public health officials. Schools in the town stayed open.',
    ),
    'museum.md': MUSEUM,
  });

  it('joins the two reports', () => {
    const answer = engine.ask('Has a link between the reservoir and sickness been confirmed?');
    expect(links(answer)).toHaveLength(1);
  }, 120_000);
});
