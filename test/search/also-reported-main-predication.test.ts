/**
 * "Also reported by" joins two reports only when their main predications are one event (the same
 * or a synonymous verb, or the verb's own noun, with its participants: Cybulska & Vossen 2014 on
 * event coreference). Two look-alikes an outside tester found joined (session 67, tester69 fault
 * 1), told here in invented words of the same structure:
 * - "The Harbour Safety Board said it had sent inspectors to the quay …" / "The Harbour Safety
 *   Board is examining the crane at a fenced quay …": "inspectors" names who inspects (a person,
 *   WordNet noun.person), not an act, and WordNet's synonymy of "inspect" and "examine" is of
 *   the verbs; one agent and one place word are not one event;
 * - "A goods train … derailed on the approach to the Marden Bridge …, and one wagon leaked …" /
 *   "The leaking wagon, one of a train of fuel tankers, had come to rest at the foot of the bank
 *   below the Marden Bridge.": "leaking" premodifies "wagon" (Quirk et al. 1985 §17.98ff;
 *   Huddleston & Pullum 2002 ch. 14): the second reports where the wagon came to rest, and "the
 *   approach" (a noun: the way to the bridge) does not tell "come" as the verb "approach" would.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { frontMatterArticle, suiteEngine } from '../support/corpus-fixture.js';
import { joinedSourcePairs } from '../support/also-reported-links.js';

/**
 * The synonyms the pairs lean on, by whole stems as an index's synonym table gives them: the
 * nouns "inspector" and "examiner" (one WordNet synset, the stem of "examiner" that of
 * "examine"), the verbs "inspect" and "examine", and the verbs "come" and "approach".
 */
const SYNONYMS: Record<string, readonly string[]> = {
  inspector: ['examin'],
  inspect: ['examin'],
  examin: ['inspector', 'inspect'],
  come: ['approach'],
  approach: ['come'],
};
const CONTEXT = {
  published: ['2026-05-07', '2026-05-15'] as const,
  synonyms: (stem: string) => SYNONYMS[stem] ?? [],
};

const SENT =
  'The Harbour Safety Board said it had sent inspectors to the quay on Thursday morning.';
const EXAMINING =
  'The Harbour Safety Board is examining the crane at a fenced quay at Tollbridge and has taken away a cable for laboratory tests.';
const DERAILED =
  'A goods train carrying fuel tank wagons derailed on the approach to the Marden Bridge outside Pellow late on Wednesday night, and one wagon leaked part of its load onto the bank below.';
const CAME_TO_REST =
  'The leaking wagon, one of a train of fuel tankers, had come to rest at the foot of the bank below the Marden Bridge.';

describe('two reports whose main predications are different events', () => {
  it('are not one fact for an agent noun synonymous with the other verb', () => {
    for (const asked of [null, 'date'] as const) {
      expect(classifyFacts(SENT, EXAMINING, { ...CONTEXT, asked }).kind).toBe('different-fact');
      expect(classifyFacts(EXAMINING, SENT, { ...CONTEXT, asked }).kind).toBe('different-fact');
    }
  });

  it('are not one fact for a premodifying participle or a noun synonymous with a verb', () => {
    for (const asked of [null, 'number'] as const) {
      expect(classifyFacts(DERAILED, CAME_TO_REST, { ...CONTEXT, asked }).kind).toBe(
        'different-fact',
      );
      expect(classifyFacts(CAME_TO_REST, DERAILED, { ...CONTEXT, asked }).kind).toBe(
        'different-fact',
      );
    }
  });

  it('leaves one act told with a synonymous verb as one fact', () => {
    expect(
      classifyFacts(
        'The Harbour Safety Board examined the crane at Tollbridge.',
        'The Harbour Safety Board inspected the crane at Tollbridge.',
        CONTEXT,
      ).kind,
    ).toBe('same-fact');
  });
});

describe('an invented corpus', () => {
  const engine = suiteEngine({
    'wire.md': frontMatterArticle(
      'Fuel wagon leaks after goods train derails near Pellow',
      'Tollbridge Wire',
      '2026-05-07',
      [
        DERAILED,
        'Fire crews from Tollbridge set up a cordon and about 200 homes were cleared overnight.',
        SENT,
        'Residents said they heard a long screech before the crash.',
      ].join('\n\n'),
    ),
    'weekly.md': frontMatterArticle(
      'Who answers for the Pellow derailment?',
      'Freight Weekly',
      '2026-05-15',
      [
        'The derailment outside Pellow has put the train operator and the line owner under scrutiny.',
        EXAMINING,
        'The line through Pellow reopened on Friday after engineers replaced damaged track.',
      ].join('\n\n'),
    ),
    'post.md': frontMatterArticle(
      'A night of sirens in Pellow',
      'Pellow Post',
      '2026-05-08',
      [
        'Families in Pellow were woken by sirens soon after midnight.',
        CAME_TO_REST,
        'Volunteers opened the church hall as a rest centre for those told to leave.',
      ].join('\n\n'),
    ),
  });

  it('joins neither look-alike pair', () => {
    for (const question of [
      'when were inspectors sent',
      'what is the safety board doing',
      'how badly did the wagon leak on the bridge approach',
      'where did the leaking wagon come to rest',
    ]) {
      const pairs = joinedSourcePairs(engine.ask(question, { limit: 5 }));
      expect(pairs, question).not.toContain('weekly+wire');
      expect(pairs, question).not.toContain('post+wire');
    }
  }, 240_000);
});
