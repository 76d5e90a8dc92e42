/**
 * A hard gate of abstention (abstain.ts): "how many people does Corley Fire Service employ"
 * picks the people it counts out by what they do, the act ("employ"), and only a sentence that
 * tells that act with a number answers it. "In all, 15 people were treated for smoke
 * inhalation, according to the fire service" counts people, and shares the question's names,
 * but counts those treated. When no sentence the ranking's candidates are read in holds a form
 * of the act's verb (one the engine links to it: an inflection, a synonym, a derived form)
 * together with a number, the reply is a refusal, whatever the classifier's probability.
 *
 * The counted-thing gate (abstain-counted-thing.ts) leaves counts of people alone, as texts
 * count people by their own nouns ("310 staff"): for them the act, not the noun, says what is
 * counted. Left alone: an act that is a framing verb ("how many people did he say …"), and
 * questions that name none ("how many people were on the pension rolls"). Things, and people
 * counted by another noun, told as undergoing an act ("how many buses were stolen", "how many
 * soldiers were killed") are picked out by that act as well: "a fleet of 40 buses" counts
 * buses, but none stolen (session 41: the counted-thing gate, which finds the noun's count, let
 * such counts of another act answer).
 *
 * The count must be told of what the question restricts the act to: "how many people died in
 * the great Chicago fire" is not answered by "10 times as many people died from AIDS as were
 * killed in wars", which tells the act with a number, of another event. The sentence telling
 * the act with a number, read with its neighbours and the sentence it leans on, must hold one
 * of the question's other words ({@link restrictingConcepts}), words written side by side in the
 * question as a name as written, not by a synonym ({@link restrictingForms}). A sentence that leaves the act's
 * object implicit ("More than 200 people attended.", implicit-object.ts) tells the count of
 * what the sentence before it names, and only that one and itself are read: "The public
 * hearing … opens on 8 June" after it is not what was attended.
 *
 * The act of a support-verb construction is its noun ("how many lecturers went on strike" asks
 * a count of strikers: text/support-verbs.ts), held by the noun's own forms, not by WordNet
 * synonyms, which gather the verb's senses ("went": "run", "attend"), nor the noun's others
 * ("strike": "hit"). After "be" the act is a verb form ("were killed"): "how many people were
 * new" asks no act.
 */
import type { AbstentionInput } from './abstain-features.js';
import { candidateContext, neighbourhood } from './abstain-features.js';
import { conceptAlternatives, conceptForms, holdsPhrase, phraseAt } from './abstain-asked-thing.js';
import { wordSpan, type PassageWords } from './plan/asked-words.js';
import { isCount, PEOPLE } from './abstain-counted-thing.js';
import { askedPeriod, mayCountPeriod } from './abstain-counted-period.js';
import { leavesObjectImplicit } from './implicit-object.js';
import { isPastForm } from '../timeline/past-forms.js';
import { LIGHT_VERB_FORMS } from '../text/light-verbs.js';
import { lexiconTags } from '../text/lexicon-tags.js';
import { isUsuallyNoun } from '../text/nouns.js';
import { predicateNoun } from '../text/support-verbs.js';
import type { Concept, QueryPlan } from './plan/query-plan.js';
import { BE_FORMS, DO_FORMS, HAVE_FORMS, MODALS } from '../text/auxiliaries.js';
import { PARTICLES_ONLY } from '../text/particles.js';
import { QUESTION_WORDS } from '../text/stop-words.js';
import { isStopWord, stem, tokenize, type Token } from '../text/terms.js';

/** "How many people", "how many ppl", "how many men": the words after the noun in group 1. */
const PEOPLE_COUNTED = /\bhow\s+many\s+([\p{L}]+)\s+(.*)$/isu;

/**
 * Auxiliaries before a subject: "how many people does X employ", "did X kill" (the auxiliaries
 * are a closed class: text/auxiliaries.ts).
 */
const DO_AUXILIARIES = new Set([...DO_FORMS, ...MODALS]);
/** Auxiliaries of the counted people's own verb: "how many people were invited", "have died". */
const BE_AUXILIARIES = new Set([...BE_FORMS, ...HAVE_FORMS, ...MODALS]);

/** True when a word ends the clause of the act: a function word, a framing word, or "per". */
function endsAct(token: Token): boolean {
  return isStopWord(token) || QUESTION_WORDS.has(token.word) || token.word === 'per';
}

/**
 * The act a count of people is asked by, as the question writes it, folded, or null (see the
 * top of this file). English puts the act's verb right after the counted noun when the people
 * do it ("how many people died", after its auxiliaries: "were invited"), and after the subject
 * when "do" fronts the question ("how many people does the fire service employ"): then the
 * verb is the last word before the clause ends, the subject's words standing before it.
 *
 * @example countedAct('how many people does corley fire service employ?') // 'employ'
 */
export function countedAct(question: string): string | null {
  return countedActPhrase(question)?.act ?? null;
}

/** What {@link countedActPhrase} reads: the act's word and the words of what is counted. */
export interface CountedAct {
  /** The act's verb as the question writes it, folded ("sunk"). */
  act: string;
  /** The counted noun phrase's words, folded ("american", "soldiers"). */
  counted: string[];
  /**
   * The support verb the act is told with when the act is the noun carrying it ("went" of
   * "went on strike", text/support-verbs.ts), folded; absent when the act is a verb.
   */
  support?: string;
}

/** The act a count is asked by, and what is counted: of people ("people", "ppl") or of another noun. */
function countedActPhrase(question: string): CountedAct | null {
  const match = PEOPLE_COUNTED.exec(question);
  if (match === null) return null;
  if (!PEOPLE.has(stem(match[1]!.toLowerCase()))) return undergoerAct(question);
  const act = peopleAct(match[2]!);
  return act === null ? null : { ...act, counted: [match[1]!.toLowerCase()] };
}

/** "How many NOUN …": the words after "how many" in group 1. */
const COUNTED_PHRASE = /\bhow\s+many\s+(.*)$/isu;

/**
 * The act of a count of things, or of people by another noun than "people", told as what they
 * underwent ("how many ships were sunk", "how many buses were stolen", "how many soldiers were
 * killed"): the counted noun phrase (content words, no function word among them), a passive's
 * auxiliaries, then the verb's past participle. A passive's subject is the act's patient, picked
 * out by the act (Quirk et al. 1985, §3.63); a noun alone is counted of other acts ("10,000,000
 * tons of shipping" is no count of the ships sunk). An active verb is not read ("how many boats
 * sailed in the flotilla"): what the things did is told by other verbs of the same event
 * ("Thirty-one boats joined the flotilla"), which the engine does not link. Null when the
 * question is not of that form ("how many homes on Ferry Lane were flooded": a function word
 * parts them; "how many votes did Lincoln win": the noun is the object).
 */
function undergoerAct(question: string): CountedAct | null {
  const rest = COUNTED_PHRASE.exec(question)?.[1];
  if (rest === undefined) return null;
  const tokens = tokenize(rest);
  const counted: string[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    if (counted.length > 0 && PASSIVE_HELPERS.has(token.word)) {
      while (at < tokens.length && PASSIVE_HELPERS.has(tokens[at]!.word)) at++;
      return pastAct(tokens, at, counted);
    }
    if (endsAct(token)) return null;
    counted.push(token.word);
  }
  return null;
}

/**
 * Auxiliaries of the counted things' own verb, and "get", which forms a passive as "be" does
 * ("how many homes got flooded": Quirk et al. 1985, §3.67).
 */
const PASSIVE_HELPERS = new Set([...BE_AUXILIARIES, 'get', 'gets', 'got', 'gotten']);

/**
 * The act at `tokens[at]` when it is a past form and no particle follows it; null otherwise. A
 * verb with a particle is another verb ("set up", "turned out": a phrasal verb's meaning is not
 * its verb's, Quirk et al. 1985, §16.3), which the engine does not link as one.
 */
function pastAct(tokens: readonly Token[], at: number, counted: string[]): CountedAct | null {
  const verb = tokens[at];
  if (verb === undefined || !isPastForm(verb.word) || LIGHT_VERB_FORMS.includes(verb.word))
    return null;
  return PARTICLES_ONLY.has(tokens[at + 1]?.word ?? '') ? null : { act: verb.word, counted };
}

/**
 * The act of a count of people (see {@link countedAct}), from the words after the noun: its
 * word, and the support verb when the act is the noun a support verb is told with ("went on
 * strike": `{ act: 'strike', support: 'went' }`, text/support-verbs.ts).
 */
export function peopleAct(afterNoun: string): Pick<CountedAct, 'act' | 'support'> | null {
  const tokens = tokenize(afterNoun);
  if (DO_AUXILIARIES.has(tokens[0]?.word ?? '')) {
    let at = 1;
    let act: Token | undefined;
    while (at < tokens.length && isStopWord(tokens[at]!)) at++;
    for (; at < tokens.length && !endsAct(tokens[at]!); at++) act = tokens[at];
    // "how many people did Eisenhower say his staff served": the act is a clause away.
    if (QUESTION_WORDS.has(tokens[at]?.word ?? '')) return null;
    return act === undefined || endsAct(act) ? null : { act: act.word };
  }
  let at = 0;
  while (at < tokens.length && BE_AUXILIARIES.has(tokens[at]!.word)) at++;
  if (at > 0) return auxiliedAct(tokens, at);
  const act = tokens[0];
  if (act === undefined || endsAct(act)) return null;
  // "how many lecturers went on strike": the act is the strike.
  const noun = predicateNoun(tokens, 0);
  return noun === null ? { act: act.word } : { act: noun, support: act.word };
}

/**
 * The act after the auxiliaries of the counted people's own verb (`tokens[at]` on), or null. An
 * auxiliary takes a verb: a participle ("were killed", "were still missing", adverbs before it
 * passed over) or, after "have", a support verb's noun ("have jobs": `have` is then the verb,
 * text/support-verbs.ts). Any other word makes "be" the verb, a copula, and what follows a
 * predicative complement, of no act ("how many were there", "how many people were new",
 * "… were actually in the reserve force"; Quirk et al. 1985, §2.16, §10.8).
 */
function auxiliedAct(
  tokens: readonly Token[],
  at: number,
): Pick<CountedAct, 'act' | 'support'> | null {
  const auxiliary = tokens[at - 1]!.word;
  while (at < tokens.length && usualTag(tokens[at]!.word) === 'RB') at++;
  const word = tokens[at]?.word;
  if (word === undefined || endsAct(tokens[at]!)) return null;
  if (isVerbForm(word)) {
    // "how many people have gone on strike": a support verb's participle after "have" tells
    // its noun; after "be" it is a passive, whose noun would stand before it ("a vote was
    // held"), and what follows is no object ("were held by police").
    const noun = HAVE_FORMS.includes(auxiliary) ? predicateNoun(tokens, at) : null;
    return noun === null ? { act: word } : { act: noun, support: word };
  }
  return HAVE_FORMS.includes(auxiliary) && isUsuallyNoun(word)
    ? { act: word, support: auxiliary }
    : null;
}

/** The lexicon's most frequent tag of `word` (text/lexicon-tags.ts), or undefined. */
function usualTag(word: string): string | undefined {
  return lexiconTags(word)?.[0];
}

/**
 * True when `word` is usually a verb form (its most frequent tag a verb's), or, unknown to the
 * lexicon, a past form ("evacuated", "detained": timeline/past-forms.ts) or an "-ing" form.
 */
function isVerbForm(word: string): boolean {
  const tag = usualTag(word);
  if (tag !== undefined) return tag.startsWith('VB');
  return isPastForm(word) || word.endsWith('ing');
}

/**
 * The concepts of `plan` that restrict the counted act to an event, a place or a time: those
 * beyond the act (`act`: its index term, and its support verb's when it has one) and the
 * counted noun phrase (`counted`, folded words) ("the great Chicago fire in 1871" of "how many
 * people died in the great Chicago fire in 1871"). Only those that are not
 * everyday English when there are any ("chicago", "1871", not "great", "fire"): everyday words
 * stand near many counts of other events.
 */
function restrictingConcepts(
  plan: QueryPlan,
  act: readonly string[],
  counted: readonly string[],
): Concept[] {
  const countedTerms = new Set(counted.map((word) => stem(word)));
  const beyond = plan.concepts.filter((concept) => {
    const own = concept.alternatives[0]?.terms ?? [];
    return (
      !own.some((term) => act.includes(term)) &&
      !own.some((term) => PEOPLE.has(term) || countedTerms.has(term))
    );
  });
  const rare = beyond.filter((concept) => !concept.common);
  return rare.length > 0 ? rare : beyond;
}

/**
 * The forms a passage may hold the noun of a support-verb construction by (`term`, its index
 * term): the concept's forms but its synonyms and superordinates. WordNet's synonyms gather the
 * word's every sense, and a noun carrying a support verb's predicate is told in one: "strike"
 * of "went on strike" is no "hit" or "run" (text/support-verbs.ts).
 */
function nounForms(plan: QueryPlan, term: string): string[][] {
  return conceptAlternatives(plan, term)
    .filter((alternative) => alternative.kind !== 'synonym' && alternative.kind !== 'superordinate')
    .map((alternative) => alternative.terms);
}

/**
 * The forms a passage may hold each restriction by ({@link restrictingConcepts}): any form the
 * engine links to the concept, but a multi-word name the question writes ("pearl harbor",
 * "sandy hook") only whole, its words side by side as the question writes them. A proper name
 * is a unit whose words name its bearer and keep no sense of their own (Quirk et al. 1985,
 * §5.60): "Sandy Hook" is told by no synonym of "hook" ("take"), nor "Pearl Harbor" by one of
 * "harbor" ("hold"), nor by "harbor" alone ("a harbor at Valparaiso", "regimes that harbor
 * terrorists"). Side-by-side restricting words are read as a name when a sentence the
 * candidates are read in writes them so, each capitalised ("schools like Sandy Hook"): a
 * question is often typed in lower case, the coverage is not. Other side-by-side words are a
 * compound ("the flotilla protest"), whose words keep their senses and each restricts alone,
 * wherever it stands: "the depot in Tobermore" tells of "the Tobermore depot".
 */
function restrictingForms(input: AbstentionInput, restricting: readonly Concept[]): string[][][] {
  const stems = tokenize(input.plan.question).map((token) => stem(token.word));
  const positions = restricting.map((concept) => {
    const own = concept.alternatives[0]?.terms ?? [];
    return own.length === 1 ? stems.indexOf(own[0]!) : -1;
  });
  const ownAt = new Map<number, string>();
  restricting.forEach((concept, c) => {
    if (positions[c]! >= 0) ownAt.set(positions[c]!, concept.alternatives[0]!.terms[0]!);
  });
  const nameAt = (at: number): string[] | null => {
    let first = at;
    while (ownAt.has(first - 1)) first--;
    const run: string[] = [];
    for (let i = first; ownAt.has(i); i++) run.push(ownAt.get(i)!);
    return run.length > 1 && writtenAsName(input, run) ? run : null;
  };
  return restricting.map((concept, c) => {
    const at = positions[c]!;
    const name = at >= 0 ? nameAt(at) : null;
    // A word of a name alone names nothing of it: "harbor" (or "regimes that harbor
    // terrorists") is not Pearl Harbor. The name restricts as the question writes it, whole.
    if (name !== null) return [name];
    return concept.alternatives.map((alternative) => alternative.terms);
  });
}

/** True when a sentence the candidates are read in writes `run` (index terms) side by side, each capitalised. */
function writtenAsName(input: AbstentionInput, run: readonly string[]): boolean {
  return candidateContext(input).some((s) => {
    const words = input.wordsOf(s);
    const at = phraseAt(words.stems, run);
    if (at < 0) return false;
    const text = input.textOf(s);
    return run.every((_, k) => /^\p{Lu}/u.test(text.slice(wordSpan(words, at + k).start)));
  });
}

/**
 * Whether the candidates tell the act a count of people is asked by with a number: undefined
 * when the question asks no such count ({@link countedAct}), else true when a sentence the
 * candidates are read in (abstain-features.ts `candidateContext`) holds a form of the act
 * with a number (abstain-counted-thing.ts `isCount`), naming no other period than the one the
 * count is asked of (abstain-counted-period.ts `mayCountPeriod`), and it, its neighbours or the
 * sentence it leans on hold a form of one of the concepts restricting the act
 * ({@link restrictingConcepts}; any, when there are none). Costs one pass over those sentences' words, stopping at the first
 * that holds all three. The article's headline (abstain-features.ts `headlineTermsOf`) holding
 * a restriction counts as the sentence's neighbours holding it.
 */
export function countedActHeld(input: AbstentionInput): boolean | undefined {
  const asked = countedActPhrase(input.plan.question);
  if (asked === null) return undefined;
  return actToldWithCount(input, asked, (text) =>
    tokenize(text).some((token) => isCount(token.word)),
  );
}

/**
 * True when a sentence the candidates are read in holds a form of `asked`'s act and a count
 * (`counts`: of its text and words), naming no other period than the one the count is asked of,
 * and it, its neighbours or the sentence it leans on hold one of the concepts restricting the
 * act ({@link countedActHeld}, which reads any number as the count).
 */
export function actToldWithCount(
  input: AbstentionInput,
  asked: CountedAct,
  counts: (text: string, words: PassageWords) => boolean,
): boolean {
  const { plan } = input;
  const term = stem(asked.act);
  const forms = asked.support === undefined ? conceptForms(plan, term) : nounForms(plan, term);
  const told = asked.support === undefined ? [term] : [term, stem(asked.support)];
  const restricting = restrictingForms(input, restrictingConcepts(plan, told, asked.counted));
  const holds = (s: number, phrases: readonly string[][]) =>
    phrases.some((phrase) => holdsPhrase(input.wordsOf(s).stems, phrase));
  const period = askedPeriod(plan.question);
  for (const s of candidateContext(input)) {
    if (!holds(s, forms)) continue;
    const text = input.textOf(s);
    if (!counts(text, input.wordsOf(s))) continue;
    if (period !== null && !mayCountPeriod(text, input.wordsOf(s), period)) continue;
    if (restricting.length === 0) return true;
    // "More than 200 people attended.": what was attended is in the sentence before
    // (implicit-object.ts), the one it leans on or, when it opens its paragraph, the last of
    // the paragraph before (news sets a sentence or two to a paragraph: features.ts
    // `scoredAcrossBreak`), and in no other neighbour: the next one tells of another subject.
    const around =
      (input.objectImplicitAt?.(s) ?? leavesObjectImplicit(text))
        ? [s, input.contextOf(s) ?? neighbourhood(input.sentences, s)[0]]
        : [...neighbourhood(input.sentences, s), input.contextOf(s)];
    const read = around.filter((n): n is number => n !== null);
    if (restricting.some((phrases) => read.some((n) => holds(n, phrases)))) return true;
    // A news headline states the story's topic (van Dijk, News as Discourse, 1988: headline
    // and lead are its summary): a count its sentences tell is of the event the headline names
    // ("Oil spill estimate raised as beaches shut" over "All four beaches … were closed").
    // Not the outlet's or the author's words: "Corley Post" names no event at Corley.
    const headline = input.headlineTermsOf?.(input.sentences[s]!.article) ?? new Set<string>();
    if (restricting.some((phrases) => phrases.some((p) => p.every((t) => headline.has(t)))))
      return true;
  }
  return false;
}
