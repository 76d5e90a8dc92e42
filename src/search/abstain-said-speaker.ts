/**
 * A hard gate of abstention (abstain.ts): a question for what someone said, decided or thought
 * ("what did Lowmere's council say about the barrier", "how did the union react") asks for that
 * speaker's words. A passage that names someone else as the one speaking, however much of the
 * topic it shares, reports another's words: shown as the answer, it would put them in the
 * asked speaker's mouth. The speaker is the noun phrase between the auxiliary and the verb of
 * saying (plan/speaker.ts `speakerStems`); its rarest word is the one that picks it out ("the
 * Lowmere council": Lowmere; Spärck Jones, "A statistical interpretation of term specificity",
 * 1972).
 *
 * The reply shows the leading candidates (the first `SEARCH_OPTIONS.abstain.topPassages`), so
 * one of them must name the speaker: in its sentence, a neighbour ("…, she said" after a
 * sentence naming her), the sentence it leans on, or its article's metadata (an outlet asked
 * what it reported). When none does, the reply is a refusal, whatever the classifier's
 * probability (its `speakerMissing` feature weighs the same lack only for the best passage, and
 * softly). Names are required ({@link namingStems}): a common noun may be paraphrased.
 *
 * A speaker described only by a role ("the mayor", "the police chief", "the finance director"),
 * a singular noun whose usual reading is a person, is named by that description: the quoted
 * person must be told to hold it, so every noun of the description ({@link roleConcepts}) is
 * required, in any form the plan gives it (its synonyms), in the same reading of a leading candidate (its
 * sentence, neighbours, the sentence it leans on). An article's metadata is not read for it: a
 * byline names the writer, not a speaker. Without this, "what did the mayor say about the deal"
 * was answered by the managing director's words (an answer settles the asked variable of the
 * asked thing: Hamblin 1973, "Questions in Montague English"; for "what did X say" that is X's
 * words). When the speaker also has a name ("Belarus's KGB boss"), the name is what is required:
 * the role beside it may be paraphrased ("KGB chairman"); a plural ("tariff defenders") names a
 * class, not one holder, and is left alone too (both cost answerable development questions).
 *
 * Left alone: questions whose speaker is only a pronoun, a stop word or a common noun of no
 * person ("what did he say", "what did the council say": a body speaks through anyone), or
 * only the source the question names ("what did the 1913 message say"); and which topic the
 * named speaker speaks on (abstain-said-topic.ts): a leading passage naming the speaker on
 * another topic, or only naming them, is left to the classifier (requiring the topic beside the speaker refused answerable development questions
 * whose speaker, a treaty, is named a few sentences away).
 */
import type { AbstentionInput } from './abstain-features.js';
import { neighbourhood } from './abstain-features.js';
import { holdsConceptAt, rarestConceptOf } from './abstain-said-topic.js';
import { SEARCH_OPTIONS } from './options.js';
import { speakerPhrase, speakerStems } from './plan/speaker.js';
import { initialledTitles, spellsTitle } from './spelled-title.js';
import { NOUN_PERSON, usualNounFiles } from './usual-noun-files.js';
import { lexiconTags } from '../text/lexicon-tags.js';
import { QUESTION_WORDS } from '../text/stop-words.js';
import { isStopWord, stem, tokenize } from '../text/terms.js';

/**
 * Whether a leading candidate names the speaker a question asks the words of: undefined when it
 * asks none (no naming concept, {@link rarestConceptOf} of `speakerStems`, and no role,
 * {@link roleConcepts}); else whether the speaker's rarest naming concept is held, in any form
 * the plan gives it, by a leading candidate's neighbourhood, the sentence it leans on, or its
 * article's metadata (a title the question writes by initials the coverage never uses, spelt
 * out before the same name in that reading: spelled-title.ts), and every concept of its role by
 * one leading candidate's neighbourhood or the sentence it leans on (not its metadata). A word the coverage never uses (a concept with no
 * form) is held nowhere. Costs one match per concept on at most `topPassages` × 4 sentences.
 */
export function saidSpeakerHeld(input: AbstentionInput): boolean | undefined {
  const { question } = input.plan;
  const phrase = speakerPhrase(question);
  const naming = namingStems(input, speakerStems(question));
  // A title written by initials the coverage never uses ("DI" before "Rachel Moore") is read as
  // spelt out before the same name (spelled-title.ts), not as the name's rarest word.
  const titles = initialledTitles(phrase ?? '').filter(
    ({ initialism, name }) =>
      naming.has(stem(initialism)) && !input.hasTerm(stem(initialism)) && naming.has(stem(name)),
  );
  for (const { initialism } of titles) naming.delete(stem(initialism));
  const speaker = rarestConceptOf(input, naming);
  const role = speaker === null ? roleConcepts(input, phrase, naming) : [];
  if (speaker === null && role.length === 0) return undefined;
  const readings = input.ranked.slice(0, SEARCH_OPTIONS.abstain.topPassages).map(({ sentence }) => {
    const read = neighbourhood(input.sentences, sentence);
    const leanedOn = input.contextOf(sentence);
    if (leanedOn !== null) read.push(leanedOn);
    return read;
  });
  const named =
    speaker === null ||
    readings.some(
      (read) =>
        read.some((s) => holdsConceptAt(input, s, speaker)) &&
        titles.every((title) => read.some((s) => spellsTitle(input.textOf(s), title))),
    );
  const described = role.length === 0 || readings.some((read) => tellsAll(input, read, role));
  return (
    named &&
    described &&
    ownerHeld(input, phrase, naming, readings) &&
    ownedRoleHeld(input, phrase, naming)
  );
}

/**
 * False when the speaker is a role of a named owner ("the mayor of Castlemere", "Castlemere's
 * mayor": {@link roleOwner}) whose role ({@link roleConcepts}) the coverage never uses, in any
 * form the plan gives it (its own words, an inflection, a synonym): a definite description
 * presupposes that something answers to it (Strawson 1950, "On referring"; Huddleston & Pullum
 * 2002, ch. 5 §6.1, definiteness), and a coverage that never speaks of a mayor names no one as
 * Castlemere's mayor, so whatever a leading passage quotes beside the owner's name (the
 * council leader's words) is someone else's. The owner is a name, which the test above finds,
 * not the speaker: that is the role's holder. True otherwise, and when the coverage holds the
 * role anywhere (which passage tells its holder is left to the tests above and the classifier).
 * A role's one-word form is looked up in the index; a phrase ("city manager", a synonym of
 * "mayor") is held only where its words stand together, which is read in the ranking's
 * candidates (a sentence holding it and the owner's name is among them), not from its words
 * each held somewhere. Costs one index look-up per one-word form, and a match per candidate.
 */
function ownedRoleHeld(
  input: AbstentionInput,
  phrase: string | null,
  naming: ReadonlySet<string>,
): boolean {
  const parts = phrase === null ? null : roleOwner(phrase);
  if (parts === null) return true;
  return roleConcepts(input, parts.role, naming).every(
    (c) =>
      (input.plan.concepts[c]?.alternatives ?? []).some(
        (a) => a.terms.length === 1 && input.hasTerm(a.terms[0]!),
      ) ||
      input.ranked.some(({ sentence }) => (input.matcher.sentence(sentence).matched[c] ?? 0) > 0),
  );
}

/** True when each of `concepts` is matched by some sentence of `read` (one reading). */
function tellsAll(input: AbstentionInput, read: readonly number[], concepts: readonly number[]) {
  return concepts.every((c) => read.some((s) => (input.matcher.sentence(s).matched[c] ?? 0) > 0));
}

/**
 * The owner of a role a speaker is described by, with that role: "St Aldric's hospital's chief
 * executive" → owner "St Aldric's hospital", role "chief executive"; "the chief executive of
 * St Aldric's hospital" the same; null when the phrase names no owner (a genitive before the
 * last noun, or "of" after the first, Quirk et al. 1985, §5.115–5.116: the two alternate).
 */
export function roleOwner(phrase: string): { owner: string; role: string } | null {
  const genitive = /^(.*\S)(?:['’]s|s['’])\s+(\S.*)$/u.exec(phrase);
  if (genitive) return { owner: genitive[1]!, role: genitive[2]! };
  const of = /^(.*?\S)\s+of\s+(\S.*)$/iu.exec(phrase);
  return of ? { owner: of[2]!, role: of[1]! } : null;
}

/**
 * False when the speaker is a role with a named owner ("Brindle Hospital's chief executive")
 * and leading candidates tell a holder of that role (every concept of the role in one reading)
 * but none of those readings names the owner (its rarest naming concept, metadata included):
 * the genitive names the body the role is of (Quirk et al. 1985, §5.115ff), and a relational
 * noun's holder is the one of that argument (Barker 1995), so the chief executive of another
 * body, quoted beside the owner's name in another passage, is not the one asked. True otherwise:
 * no owner named, a common noun as owner ("the company's chief executive", which a passage may
 * paraphrase), or no reading telling the role (a paraphrased role is left to the name test above).
 */
function ownerHeld(
  input: AbstentionInput,
  phrase: string | null,
  naming: ReadonlySet<string>,
  readings: readonly number[][],
): boolean {
  const parts = phrase === null ? null : roleOwner(phrase);
  if (parts === null) return true;
  const ownerNaming = new Set(
    tokenize(parts.owner)
      .map((t) => stem(t.word))
      .filter((term) => naming.has(term)),
  );
  const owner = rarestConceptOf(input, ownerNaming);
  if (owner === null) return true;
  const role = roleConcepts(input, parts.role, naming);
  if (role.length === 0) return true;
  const holders = readings.filter((read) => tellsAll(input, read, role));
  return (
    holders.length === 0 ||
    holders.some((read) => read.some((s) => holdsConceptAt(input, s, owner)))
  );
}

/**
 * The concepts of the role a speaker is described by ("the police chief" → police, chief; "the
 * mayor" → mayor): the plan's concepts all of whose own words are common nouns of the speaker
 * phrase, when one of those nouns' usual reading is a person (usual-noun-files.ts
 * `NOUN_PERSON`) written in the singular; empty otherwise ("the council", "Aster", "he").
 * Names and adjectives ("new", "former") are no part of it: names (`naming`, the question's
 * naming stems, {@link namingStems}) are read apart, and an adjective may be left to the context.
 */
function roleConcepts(
  input: AbstentionInput,
  phrase: string | null,
  naming: ReadonlySet<string>,
): number[] {
  if (phrase === null) return [];
  const nouns = new Set<string>();
  let person = false;
  for (const token of tokenize(phrase)) {
    if (isStopWord(token) || QUESTION_WORDS.has(token.word)) continue;
    const term = stem(token.word);
    const files = usualNounFiles(token.word);
    if (naming.has(term) || files.length === 0) continue;
    nouns.add(term);
    // A plural ("tariff defenders") names a class, whose words may be told of any member.
    if (files.includes(NOUN_PERSON) && lexiconTags(token.word)?.[0] !== 'NNS') person = true;
  }
  if (!person) return [];
  const role: number[] = [];
  input.plan.concepts.forEach((concept, c) => {
    const own = concept.alternatives[0]?.terms ?? [];
    if (own.length > 0 && own.every((term) => nouns.has(term))) role.push(c);
  });
  return role;
}

/**
 * The stems of a speaker that name it: proper words (the coverage writes them, and never in
 * lower case: "KGB", "Lithuania") and words the coverage never uses that the question writes as
 * a name (capitalised, not opening it: "Lavrov"). A common noun ("the deal", "the KGB boss") may
 * be paraphrased by the passage ("the agreement", "the KGB chairman"), a name is not.
 */
function namingStems(input: AbstentionInput, stems: ReadonlySet<string>): Set<string> {
  const writtenAsName = new Set<string>();
  for (const concept of input.plan.concepts)
    if (concept.name) for (const t of tokenize(concept.label)) writtenAsName.add(stem(t.word));
  const naming = new Set<string>();
  for (const term of stems)
    if (input.hasTerm(term) ? !input.writtenInLowerCase(term) : writtenAsName.has(term))
      naming.add(term);
  return naming;
}
