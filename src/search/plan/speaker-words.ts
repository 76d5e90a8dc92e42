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

/** The personal pronouns that attribute a quotation to someone named before ("…," he said). */
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'they']);

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
  if (speaker.size === 0) return 0;
  const quotations = [...text.matchAll(QUOTED)].map((m) => [m.index, m.index + m[0].length]);
  const outside = tokenize(text).filter(
    (token) => !quotations.some(([from, to]) => token.start >= from! && token.end <= to!),
  );
  let score = 0;
  for (let i = 0; i < outside.length; i++) {
    if (!CLAUSE_OBJECT_VERBS.has(outside[i]!.word)) continue;
    const near = outside.slice(Math.max(0, i - BEFORE_VERB), i + AFTER_VERB + 1);
    if (near.some((token) => speaker.has(stem(token.word)))) {
      if (quotations.length > 0 || reportsClause(outside, i)) return 1;
      score = 0.5;
    } else if (quotations.length > 0 && near.some((token) => PERSONAL_PRONOUNS.has(token.word)))
      score = 0.5;
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
 * reader of {@link speakerWordsScore} by sentence, each sentence read once per question;
 * undefined for any other question (features.ts `speakerWordsOf`).
 */
export function speakerWordsReader(
  plan: Pick<QueryPlan, 'question' | 'answerType'>,
  textOf: (sentence: number) => string,
): ((sentence: number) => number) | undefined {
  if (plan.answerType !== null) return undefined;
  const speaker = wordsAskedOf(plan.question);
  if (speaker.size === 0) return undefined;
  const known = new Map<number, number>();
  return (sentence) => {
    let score = known.get(sentence);
    if (score === undefined)
      known.set(sentence, (score = speakerWordsScore(textOf(sentence), speaker)));
    return score;
  };
}
