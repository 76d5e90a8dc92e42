/**
 * Later references to a person a candidate names: "Karl Voss was appointed head of the
 * agency." ¶ "He replaces Ana Ruiz. The 41-year-old previously ran the port." The sentence
 * giving Voss's age shares no word with "how old is Karl Voss", so retrieval never finds it;
 * its subject ("The 41-year-old", "He", "The minister") stands for the person named a sentence
 * or two before, across a paragraph break too (news style sets a sentence or two to a
 * paragraph and refers to someone just named by pronoun, age or role: the AP Stylebook's second
 * reference). Such a sentence is made a candidate, scored with the sentence naming its
 * referent, and quoted with it (search-index.ts `rank`, select/widen.ts `widen`).
 *
 * The rule, after centering theory (Grosz, Joshi & Weinstein 1995, "Centering: a framework for
 * modeling the local coherence of discourse", Computational Linguistics 21(2)): the person a
 * sentence names is the centre the next ones continue while their subject refers to it, and a
 * pronoun or description resolves to the nearest compatible antecedent before it (Hobbs 1978,
 * "Resolving pronoun references", Lingua 44; Mitkov 2002, Anaphora Resolution, on definite
 * descriptions, whose head must be compatible with the antecedent):
 * - the naming sentence is article text naming one person (select/fact-described-person.ts
 *   `onePersonNamed`) whose surname the question holds: the entity the question asks about;
 * - a later sentence of the same article, at most {@link REACH} sentences on (so the naming
 *   sentence, what stands between and it fit the longest quote, `SEARCH_OPTIONS.select
 *   .maxWindowSentences`) and at most {@link MAX_BREAKS} paragraph break away, whose subject is
 *   "He" or "She" (singular, as one person is; "They" as often means a group), an age compound
 *   ("The 41-year-old previously ran …": select/fact-described-person.ts `AGE_DESCRIPTION`),
 *   or a definite description of a person (described-subject.ts `describedHead`) whose head
 *   is an age compound or a noun the article applied to the person in the text from the naming
 *   sentence on ("Energy minister Karl Voss …" / "The minister said …");
 * - nothing between offers a nearer antecedent: a sentence naming another person, or one whose
 *   subject describes a person the article did not apply to this one ("The driver …"), ends
 *   the reach, as the centre may have shifted there.
 * Each naming sentence adds at most {@link REACH} candidates.
 */
import type { Sentence } from '../corpus/types.js';
import { termsOf } from '../text/terms.js';
import { AGE_COMPOUND, describedHead } from './described-subject.js';
import { SEARCH_OPTIONS } from './options.js';
import { AGE_DESCRIPTION, onePersonNamed, personNames } from './select/fact-described-person.js';

/** Sentences after the naming one a later reference may stand: all of them fit one quote. */
export const REACH = SEARCH_OPTIONS.select.maxWindowSentences - 1;
/** Paragraph breaks between the naming sentence and a later reference, at most. */
const MAX_BREAKS = 1;
/** "He" or "She" as a sentence's subject, a quotation mark before it allowed. */
const SINGULAR_PERSONAL_SUBJECT = /^["“‘'„]?(?:he|she)\b/iu;

/**
 * The person `text` names when it names one ({@link onePersonNamed}) whose surname (the name's
 * last word, as an index term) is among `questionTerms`; null otherwise.
 *
 * @example
 * askedPersonNamed('Karl Voss was appointed on Monday.', new Set(['old', 'karl', 'voss'])) // 'Karl Voss'
 */
export function askedPersonNamed(text: string, questionTerms: ReadonlySet<string>): string | null {
  const name = onePersonNamed(text);
  if (name === null) return null;
  const surname = termsOf(name).at(-1);
  return surname !== undefined && questionTerms.has(surname) ? name : null;
}

/** The words of `text`, folded to lower case. */
function foldedWords(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\d’'-]+/gu) ?? []);
}

/**
 * True when the subject of `text` may stand for a person named in `applied` (the text from the
 * naming sentence up to `text`): "He"/"She", an age compound, or a description whose head
 * `applied` uses ("minister" in "Energy minister Karl Voss …").
 */
export function refersToPersonNamed(text: string, applied: string): boolean {
  // An age compound opening a sentence is a second reference by age, whatever follows it.
  if (SINGULAR_PERSONAL_SUBJECT.test(text) || AGE_DESCRIPTION.test(text)) return true;
  const described = describedHead(text);
  if (described === null || described.kind !== 'person') return false;
  if (AGE_COMPOUND.test(described.head)) return true;
  return foldedWords(applied).has(described.head.toLowerCase());
}

/**
 * The sentences after `named` (which names the person `name`) whose subject refers to that
 * person, by the module's rule, ascending; at most {@link REACH}. Headings end the reach.
 */
export function laterReferences(
  sentences: readonly Sentence[],
  textOf: (sentence: number) => string,
  named: number,
  name: string,
): number[] {
  const own = sentences[named];
  if (own === undefined || own.kind !== 'body') return [];
  const found: number[] = [];
  let applied = textOf(named);
  for (let s = named + 1; s <= named + REACH; s++) {
    const next = sentences[s];
    if (next === undefined || next.article !== own.article || next.kind !== 'body') break;
    if (next.paragraph - own.paragraph > MAX_BREAKS) break;
    const text = textOf(s);
    const refers = refersToPersonNamed(text, applied);
    if (refers) found.push(s);
    // A nearer antecedent: another person named, or a person described who is not this one.
    if (personNames(text).some((other) => other !== name)) break;
    if (!refers && describedHead(text)?.kind === 'person') break;
    applied += ` ${text}`;
  }
  return found;
}

/**
 * For the best `limit` of `ranked` (best first) that name a person the question asks about
 * ({@link askedPersonNamed}), their later references ({@link laterReferences}) that lean on
 * nothing in their own paragraph (`contextOf` null) or on a sentence after the naming one (a
 * chain: "She replaces …" / "The 41-year-old …"): a map from each to the naming sentence (the
 * nearest, when two name the person). Costs one pattern match per sentence read.
 */
export function referentsOf(
  ranked: readonly { sentence: number }[],
  limit: number,
  question: string,
  sentences: readonly Sentence[],
  textOf: (sentence: number) => string,
  contextOf: (sentence: number) => number | null,
): Map<number, number> {
  const found = new Map<number, number>();
  const questionTerms = new Set(termsOf(question));
  for (const { sentence } of ranked.slice(0, limit)) {
    const name = askedPersonNamed(textOf(sentence), questionTerms);
    if (name === null) continue;
    for (const s of laterReferences(sentences, textOf, sentence, name))
      if ((found.get(s) ?? -1) < sentence && (contextOf(s) ?? sentence) >= sentence)
        found.set(s, sentence);
  }
  return found;
}
