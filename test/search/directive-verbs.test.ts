/**
 * A question reporting a directive ("what did the governor want the assembly to do", "what did
 * she ask the council for") is answered where the coverage performs or reports it with another
 * verb of the class ("I recommend that the assembly …", "she urged the council to …": Searle
 * 1976). Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { directiveTerms, reportsDirective } from '../../src/search/plan/directive-verbs.js';
import { stem, tokenize } from '../../src/text/terms.js';
import { suiteEngine } from '../support/corpus-fixture.js';

const wordOf = (word: string) => tokenize(word)[0]!;

describe('directive verbs', () => {
  it('read a verb of asking or wanting as reporting a directive, and no other verb', () => {
    for (const word of ['asked', 'wanted', 'recommends', 'urging', 'proposed', 'wishes'])
      expect(reportsDirective(wordOf(word)), word).toBe(true);
    for (const word of ['said', 'task', 'built', 'warned', 'ordered'])
      expect(reportsDirective(wordOf(word)), word).toBe(false);
  });

  it('find a directive told by a noun of the same stem ("proposal", "recommendation")', () => {
    const terms = directiveTerms();
    for (const word of ['proposal', 'recommendation', 'urged', 'requests'])
      expect(terms.has(stem(word)), word).toBe(true);
  });

  const engine = suiteEngine({
    'address.txt': [
      'Message of the governor to the assembly',
      'The ferry tolls were set by the assembly in 1990 and have risen in each year since then.',
      'I recommend that the assembly abolish the ferry tolls on the northern crossing before the summer.',
      'The harbour at Wexley was dredged in the spring and now takes larger boats.',
    ].join('\n\n'),
    'council.txt': [
      'Council meets on parking',
      'The parking fees in the town centre have doubled since the council last reviewed them.',
      'Grace Oduya urged the council to cut the parking fees for nurses on night shifts.',
      'The market square will be repaved in May.',
    ].join('\n\n'),
  });

  it('rank the directive above a passage on the same thing that asks nothing', () => {
    expect(
      engine.ask('what did the governor want the assembly to do about the ferry tolls?').passages[0]
        ?.quote,
    ).toContain('I recommend');
    expect(
      engine.ask('what did Oduya ask the council to do about parking fees?').passages[0]?.quote,
    ).toContain('urged the council');
  });

  it('leave a question of no directive to the passage that answers it', () => {
    expect(engine.ask('when did the assembly set the ferry tolls?').passages[0]?.quote).toContain(
      '1990',
    );
  });
});
