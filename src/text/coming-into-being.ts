/**
 * Verbs of coming into being: those that tell the act by which a thing, a body or a person
 * begins to exist (Levin, English Verb Classes and Alternations, 1993, the verbs of creation and
 * of coming into existence). A thing begins once, so its founding, establishment, creation,
 * formation and building are one event told in different words: "when was Rosgvardia created"
 * is answered by "Putin established the Rosgvardia in 2016", and "how old is the club" by the
 * year it was founded. The one list of them: abstention's gates on a date asked by one of these
 * acts (abstain-asked-time.ts) and on an age (abstain-asked-age.ts) read it.
 */
import { stem, tokenize } from './terms.js';
import { wordnetExceptions } from './wordnet-exceptions.js';

/** The verbs, in their base form: acts of founding a body and of making a thing that stands. */
export const FOUNDING_VERBS: readonly string[] = [
  'found',
  'establish',
  'create',
  'form',
  'build',
  'construct',
  'erect',
  'launch',
];

/** Their past participles, as a passage dates the act with them ("was founded in 1888"). */
export const FOUNDING_PARTICIPLES: readonly string[] = [
  'founded',
  'established',
  'created',
  'formed',
  'built',
  'constructed',
  'erected',
  'launched',
];

/** The index terms (stems) of {@link FOUNDING_VERBS} and their participles. */
export const FOUNDING_TERMS: ReadonlySet<string> = new Set(
  [...FOUNDING_VERBS, ...FOUNDING_PARTICIPLES].map((word) => stem(word)),
);

/**
 * Written forms that share a founding verb's stem but are another verb's inflection by WordNet's
 * exception list (`verb.exc`): "found" is the past of "find" ("inspectors found cracks"), while
 * "founded" is only "found"'s. A stemmer folds both to "found"; the lemma tells them apart. Made
 * on first use.
 */
let otherVerbsForms: ReadonlySet<string> | undefined;

function otherVerbsFoundingForms(): ReadonlySet<string> {
  otherVerbsForms ??= new Set(
    wordnetExceptions('verb')
      .filter(([form, lemma]) => FOUNDING_TERMS.has(stem(form)) && !FOUNDING_VERBS.includes(lemma))
      .map(([form]) => form),
  );
  return otherVerbsForms;
}

/**
 * True when `text` tells a coming into being by one of {@link FOUNDING_VERBS} in any form
 * ("founded", "establishment", "built"), not by a form another verb writes alike ("found", of
 * "find": {@link otherVerbsFoundingForms}).
 *
 * @example tellsFounding('The club was founded in 1921') // true
 * @example tellsFounding('Inspectors found cracks in 2021') // false
 */
export function tellsFounding(text: string): boolean {
  return foundingOffsets(text).length > 0;
}

/**
 * Character offsets in `text` of every word telling a coming into being ({@link tellsFounding}'s
 * words), in order: where a reader looks for who did it and to what.
 *
 * @example foundingOffsets('Bellhaven built the pier') // [10]
 */
export function foundingOffsets(text: string): number[] {
  const others = otherVerbsFoundingForms();
  return tokenize(text)
    .filter((token) => FOUNDING_TERMS.has(stem(token.word)) && !others.has(token.word))
    .map((token) => token.start);
}
