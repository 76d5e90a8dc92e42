/**
 * A speaker's words in a passage: what "what did X say" asks for. News writing gives someone's
 * words as a quotation attributed to them (`"The numbers do not add up," Aster told reporters.`)
 * or as a reported clause after a verb of saying ("Aster said the numbers were wrong"); a
 * passage that only names them ("Aster wrote to the county", "Aster was not at the meeting")
 * gives none.
 */
import { CLAUSE_OBJECT_VERBS } from '../../timeline/lexicon.js';
import { stem, tokenize, type Token } from '../../text/terms.js';
import type { QueryPlan } from './query-plan.js';
import { wordsAskedOf } from './speaker.js';
import { matchesOf } from '../../text/matches-of.js';

/** A quoted stretch, straight or curly marks. */
const QUOTED = /["“][^"“”]*["”]/gu;
/** {@link QUOTED} for a test (no state kept between calls). */
const QUOTATION = new RegExp(QUOTED.source, 'u');

/** Words at most between the speaker and the verb: "Aster, the growers' chair, said". */
const BEFORE_VERB = 6;
/** Words at most between the verb and the speaker after it: "said Piet Aster". */
const AFTER_VERB = 3;
/** Words after the verb within which "that" opens the reported clause ("said on Tuesday that"). */
const THAT_WITHIN = 6;

/**
 * Words that, right after a verb of saying, open no reported clause: a preposition ("wrote to
 * the county", "spoke at the meeting") or a time ("said yesterday" with nothing after).
 */
const NO_CLAUSE_AFTER = new Set(
  'to on at in for with about of by from after before during over into'.split(' '),
);

/**
 * Verbs that characterise a thing in the speaker's words, in the forms news uses: "Vreeland
 * called the decision "the most important vote…"", "described the plan as "reckless"", "dubbed
 * it "the wall"" (Levin 1993, English Verb Classes and Alternations, §29.2 "characterize" and
 * §29.3 "dub" verbs). They take an object, not a clause, so they give words only beside a
 * quotation: "called a meeting", "described the route" say nothing of anyone's own words.
 */
const CHARACTERISING_VERBS = new Set(
  (
    'call calls called calling describe describes described describing dub dubs dubbed ' +
    'dubbing brand brands branded branding label labels labelled labeled labelling labeling'
  ).split(' '),
);

/** The personal pronouns that attribute a quotation to someone named before ("…," he said). */
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'they']);

/**
 * What a sentence gives of anyone's words, read from its text alone (whatever the question), so
 * that the index reads it once per sentence and each question only looks up its speaker in it
 * ({@link speakerWordsScoreOf}, {@link givesWordsOf}).
 */
export interface SpeechSites {
  /** True when the sentence holds a quotation ({@link QUOTED}). */
  quoted: boolean;
  /**
   * Each verb of saying or thinking that takes a clause (timeline/lexicon.ts
   * `CLAUSE_OBJECT_VERBS`) outside quotation marks, with the words beside it; in a sentence
   * holding a quotation, each characterising verb ({@link CHARACTERISING_VERBS}) too.
   */
  verbs: readonly SayingVerb[];
}

/** A verb of saying outside quotation marks and what stands beside it. */
interface SayingVerb {
  /** Stems of the words from {@link BEFORE_VERB} before it to {@link AFTER_VERB} after, itself included. */
  near: readonly string[];
  /** True when one of those words is a personal pronoun ({@link PERSONAL_PRONOUNS}). */
  pronoun: boolean;
  /** True when the verb is followed by the clause it reports ({@link reportsClause}). */
  clause: boolean;
}

/** The {@link SpeechSites} of a sentence's text. */
export function speechSitesOf(text: string): SpeechSites {
  const quotations = [...matchesOf(text, QUOTED)].map((m) => [m.index, m.index + m[0].length]);
  const outside = tokenize(text).filter(
    (token) => !quotations.some(([from, to]) => token.start >= from! && token.end <= to!),
  );
  const verbs: SayingVerb[] = [];
  for (let i = 0; i < outside.length; i++) {
    const word = outside[i]!.word;
    const saying =
      CLAUSE_OBJECT_VERBS.has(word) || (quotations.length > 0 && CHARACTERISING_VERBS.has(word));
    if (!saying) continue;
    const near = outside.slice(Math.max(0, i - BEFORE_VERB), i + AFTER_VERB + 1);
    verbs.push({
      near: near.map((token) => stem(token.word)),
      pronoun: near.some((token) => PERSONAL_PRONOUNS.has(token.word)),
      clause: reportsClause(outside, i),
    });
  }
  return { quoted: quotations.length > 0, verbs };
}

/**
 * How well `text` gives the words of the speaker whose stems are `speaker` (plan/speaker.ts
 * `wordsAskedOf`), 0–1: 1 when a verb of saying or thinking that takes a clause (timeline/
 * lexicon.ts `CLAUSE_OBJECT_VERBS`) has the speaker beside it (within {@link BEFORE_VERB} words
 * before or {@link AFTER_VERB} after, outside quotation marks) and the sentence holds a
 * quotation or the verb a reported clause; 0.5 when the speaker says something with no words
 * given ("Aster wrote to the county"), or a quotation is attributed by a personal pronoun (`…,"
 * he said`), whose speaker a sentence before names; 0 otherwise. A sentence opening a quotation
 * attributed elsewhere (`"I told him …`) scores 0: read as someone's words, it made unanswerable
 * questions ("what did the US state department say") look answered by anyone's quotation. Empty `speaker`: 0.
 */
export function speakerWordsScore(text: string, speaker: ReadonlySet<string>): number {
  return speaker.size === 0 ? 0 : speakerWordsScoreOf(speechSitesOf(text), speaker);
}

/** {@link speakerWordsScore} of a sentence from its {@link SpeechSites}. */
export function speakerWordsScoreOf(sites: SpeechSites, speaker: ReadonlySet<string>): number {
  if (speaker.size === 0) return 0;
  let score = 0;
  for (const verb of sites.verbs) {
    if (verb.near.some((term) => speaker.has(term))) {
      if (sites.quoted || verb.clause) return 1;
      score = 0.5;
    } else if (sites.quoted && verb.pronoun) score = 0.5;
  }
  return score;
}

/**
 * True when the verb of saying at `verb` in `tokens` is followed by the clause it reports:
 * "that" within a few words, or a word that opens no prepositional phrase.
 */
function reportsClause(tokens: readonly Token[], verb: number): boolean {
  const after = tokens.slice(verb + 1, verb + 1 + THAT_WITHIN);
  if (after.some((token) => token.word === 'that')) return true;
  const next = after[0];
  return next !== undefined && !NO_CLAUSE_AFTER.has(next.word);
}

/**
 * True when `text` gives anyone's words: a quotation, or a verb of saying or thinking that takes
 * a clause (timeline/lexicon.ts `CLAUSE_OBJECT_VERBS`). A passage that gives none ("Wells
 * resigned as director on Monday") only names whom it tells of; one that gives words may give
 * the speaker's under another name than the question's ("chief executive Gareth Lindqvist …
 * said" for "the Bellhaven CEO"), which {@link speakerWordsScore} does not read as theirs.
 */
export function givesWords(text: string): boolean {
  if (QUOTATION.test(text)) return true;
  return tokenize(text).some((token) => CLAUSE_OBJECT_VERBS.has(token.word));
}

/**
 * {@link givesWords} of a sentence from its {@link SpeechSites}: a verb of saying inside a
 * quotation is in a sentence that holds one, so the verbs outside quotation marks tell the rest.
 */
export function givesWordsOf(sites: SpeechSites): boolean {
  return sites.quoted || sites.verbs.length > 0;
}

/**
 * The indices of `plan`'s concepts that name the speaker whose words the question asks for
 * ({@link wordsAskedOf}: "library" and "director" of "what did the library director say after
 * the fire"): those whose own words are all the speaker's. Empty for any other question.
 */
export function speakerConcepts(
  plan: Pick<QueryPlan, 'question' | 'answerType' | 'concepts'>,
): Set<number> {
  const concepts = new Set<number>();
  if (plan.answerType !== null) return concepts;
  const speaker = wordsAskedOf(plan.question);
  if (speaker.size === 0) return concepts;
  plan.concepts.forEach((concept, c) => {
    const own = concept.alternatives[0]?.terms ?? [];
    if (own.length > 0 && own.every((term) => speaker.has(term))) concepts.add(c);
  });
  return concepts;
}

/**
 * For a question of no answer type that asks for someone's words ({@link wordsAskedOf}), a
 * reader of {@link speakerWordsScore} by sentence, each sentence's {@link SpeechSites} read by
 * `sitesOf` (which the index keeps across questions) and scored once per question; undefined for
 * any other question (features.ts `speakerWordsOf`).
 */
export function speakerWordsReader(
  plan: Pick<QueryPlan, 'question' | 'answerType'>,
  sitesOf: (sentence: number) => SpeechSites,
): ((sentence: number) => number) | undefined {
  if (plan.answerType !== null) return undefined;
  const speaker = wordsAskedOf(plan.question);
  if (speaker.size === 0) return undefined;
  const known = new Map<number, number>();
  return (sentence) => {
    let score = known.get(sentence);
    if (score === undefined)
      known.set(sentence, (score = speakerWordsScoreOf(sitesOf(sentence), speaker)));
    return score;
  };
}
