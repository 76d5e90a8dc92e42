/**
 * One measurement of one thing told with the check it was taken at: "Pip weighed 3.1 kg at the
 * check" / "Pip weighed 2.7 kg when the vet examined her". A figure in a unit of weight or length
 * after a verb states what the holder measured then; a phrase after it that names only the
 * examination itself ("at the check", "during the inspection", "when the vet examined her") says
 * how the figure was found, as "according to" says who gave it, not a second thing measured.
 * Reporters name one check in other words, so such a phrase is set aside where what is said
 * after two figures is compared (fact-measures.ts). Two checks are told apart by when they were
 * (a weekday or a date each: fact-relation.ts), by a word that picks one among several ("at
 * her latest check", "at the first weigh-in": no examination word, so the phrase is not set
 * aside) or by what happened then ("when she was found").
 *
 * An examination word is a noun or verb one of whose most frequent WordNet senses
 * (`SENSES_PER_WORD`) is, or has within {@link MAX_LINKS} hypernym links, the act of examining
 * or measuring ({@link EXAMINING}); beside it the phrase may name only who examined (a noun of
 * a person or group, person-nouns.ts), when it was (a weekday, "morning") and words with no
 * content (stop words, pronouns).
 */
import { baseForms } from '../dictionary-words.js';
import { STOP_WORDS } from '../../text/stop-words.js';
import { lemmaSynsets, wordnetSynsets, type Synset } from '../wordnet-relations.js';
import { holdsDimension } from '../plan/quantity.js';
import { CLAUSE_BREAK, type ClausedSource } from './fact-clauses.js';
import type { PositionedValue } from './fact-values.js';
import { untimed } from './fact-voice.js';
import { factTerm } from './fact-term.js';
import { namesPersonOrGroup } from './person-nouns.js';

type PositionedNumber = Extract<PositionedValue, { number: string }>;

/** Most hypernym links from a word's sense to the act of examining ("checkup" → "examination", one). */
const MAX_LINKS = 2;

/**
 * The synsets of examining and measuring, each by a word that names it and its part of speech:
 * the noun "examination" ("the act of examining something closely"), "appraisal" ("check":
 * "an appraisal of the state of affairs"), "measurement"; the verbs "examine", "analyze"
 * ("check up on"), "measure".
 */
const EXAMINING: ReadonlyArray<['noun' | 'verb', string]> = [
  ['noun', 'examination'],
  ['noun', 'appraisal'],
  ['noun', 'measurement'],
  ['verb', 'examine'],
  ['verb', 'analyze'],
  ['verb', 'measure'],
];

/** A phrase's opening: a preposition of the occasion or "when", then its words to the clause end. */
const OCCASION = /^\s+(?:at|during|in|on|after|when|as)\s+([^]*)$/i;

let examining: Set<Synset> | undefined;

/** The synsets named in {@link EXAMINING}, read once. */
function examiningSynsets(): Set<Synset> {
  examining ??= new Set(EXAMINING.flatMap(([pos, word]) => lemmaSynsets(pos)(word)));
  return examining;
}

/** True when a word as written names examining or measuring (see the module note). */
function namesExamining(word: string): boolean {
  const read = wordnetSynsets();
  const targets = examiningSynsets();
  for (const pos of ['noun', 'verb'] as const) {
    let level = baseForms(word).flatMap((form) => lemmaSynsets(pos)(form));
    for (let link = 0; link <= MAX_LINKS && level.length > 0; link++) {
      if (level.some((synset) => targets.has(synset))) return true;
      level = level.flatMap((synset) => synset.hypernyms.map(([p, o]) => read(p, o)));
    }
  }
  return false;
}

/**
 * What follows a figure in a unit of weight or length (`x`, its unit word right after it) in its
 * clause: 'none' when nothing does, 'check' when a phrase naming only the examination the figure
 * was taken at and who took it does (see the module note); null for anything else, and for a
 * figure of another kind.
 */
export function afterMeasure(source: ClausedSource, x: PositionedNumber): 'none' | 'check' | null {
  const after = source.text.slice(x.at);
  const figure = /^[\d.,]+\s*[\p{L}’'-]+/u.exec(after)?.[0];
  if (
    figure === undefined ||
    (!holdsDimension(figure, 'weight') && !holdsDimension(figure, 'length'))
  )
    return null;
  const rest = after.slice(figure.length);
  const breakAt = rest.search(CLAUSE_BREAK);
  const clause = breakAt < 0 ? rest : rest.slice(0, breakAt);
  if (clause.trim() === '') return 'none';
  const phrase = OCCASION.exec(clause);
  if (phrase === null) return null;
  const content = (phrase[1]?.match(/[\p{L}’'-]+/gu) ?? [])
    .map((word) => word.toLowerCase())
    // When the check was ("on Tuesday") is compared where both say it (fact-relation.ts).
    .filter((word) => !STOP_WORDS.has(word) && untimed([factTerm(word)]).size > 0);
  return content.some(namesExamining) &&
    content.every((word) => namesExamining(word) || namesPersonOrGroup(word))
    ? 'check'
    : null;
}

/**
 * True when two figures of weight or length (the objects of one act, fact-count-acts.ts, which
 * the caller checks) are said with nothing after them but the examination each was taken at, at
 * least one naming it ({@link afterMeasure}): "weighed 3.1 kg at the check" / "weighed 2.7 kg
 * when the vet examined her" / "weighed 2.9 kg". Both with nothing after them are compared as
 * any two counts are (fact-measures.ts).
 */
export function measuredAtOneCheck(
  a: ClausedSource,
  x: PositionedNumber,
  b: ClausedSource,
  y: PositionedNumber,
): boolean {
  const one = afterMeasure(a, x);
  const other = afterMeasure(b, y);
  return one !== null && other !== null && (one === 'check' || other === 'check');
}
