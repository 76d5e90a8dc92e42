/**
 * The idioms by which a rule, a ban or a treaty begins to hold: "takes effect", "came into
 * force", "went into effect", "entered into force". WordNet 3.1 glosses "take effect"
 * (take_effect.v.01) "go into effect or become effective or operative", the coming into being of
 * a state of being in force: for a rule, its start. So "when did the ban start" is answered by
 * "the ban came into force on 16 November", as "begin", "start" and "commence" name the onset of
 * an event or state (Levin 1993, _English Verb Classes and Alternations_, §55.1, the aspectual
 * verbs of beginning) and these idioms name the onset of the state of being in force.
 */
import { termsOf } from './terms.js';
import { matchesOf } from './matches-of.js';

/** The aspectual verbs of beginning (Levin 1993, §55.1), in their base forms. */
export const BEGINNING_VERBS: ReadonlySet<string> = new Set(['begin', 'start', 'commence']);

/** The idioms' verbs in every inflection, and the noun each takes ({@link TAKING_EFFECT_PATTERN}). */
const IDIOMS: ReadonlyArray<{ verbs: readonly string[]; into: boolean; nouns: readonly string[] }> =
  [
    { verbs: ['take', 'takes', 'taking', 'taken', 'took'], into: false, nouns: ['effect'] },
    {
      verbs: [
        ...['come', 'comes', 'coming', 'came'],
        ...['go', 'goes', 'going', 'went', 'gone'],
        ...['enter', 'enters', 'entering', 'entered'],
      ],
      into: true,
      nouns: ['force', 'effect'],
    },
  ];

/**
 * A verb of taking effect in any inflection, with its particle and noun ("took effect", "came
 * into force", "goes into effect", "entered into force"; "immediate" may stand before the noun),
 * as regular-expression source without flags or word boundaries, for patterns built on it.
 */
export const TAKING_EFFECT_PATTERN = `(?:${IDIOMS.map(
  ({ verbs, into, nouns }) =>
    String.raw`(?:${verbs.join('|')})\s+${into ? String.raw`into\s+(?:immediate\s+)?` : ''}(?:${nouns.join('|')})`,
).join('|')})`;

const TAKING_EFFECT = new RegExp(String.raw`\b${TAKING_EFFECT_PATTERN}\b`, 'giu');

/**
 * Character offsets in `text` of every idiom of taking effect ({@link TAKING_EFFECT}), in order:
 * where its verb starts.
 *
 * @example takingEffectOffsets('The ban came into force on 16 November.') // [8]
 */
export function takingEffectOffsets(text: string): number[] {
  return [...matchesOf(text, TAKING_EFFECT)].map((match) => match.index);
}

/**
 * The idioms of taking effect as index-term phrases, one per form of the verb ("took effect":
 * ["took", "effect"]; "came into force": ["came", "forc"]), distinct: a question's verb of
 * beginning finds a passage telling a rule's start by one of them (query plan: phrasal-verbs.ts).
 */
export function takingEffectTermPhrases(): string[][] {
  const phrases = new Map<string, string[]>();
  for (const { verbs, nouns } of IDIOMS)
    for (const verb of verbs)
      for (const noun of nouns) {
        const terms = [...termsOf(verb), ...termsOf(noun)];
        phrases.set(terms.join(' '), terms);
      }
  return [...phrases.values()];
}
