/**
 * The main predicate of a question: the event or state it asks about ("fined" in "was the firm
 * fined before?", "died" in "how many people died in the fire", "safe" in "is the water safe to
 * drink?"), and whether the question is polar (asks yes or no). A passage naming the
 * question's topic (the firm, the fire, the water) but not its predicate is about the topic,
 * not about what was asked; abstention weighs that (abstain-features.ts).
 */
import { questionTagger } from '../../corpus/wink.js';
import { stem, tokenize } from '../../text/terms.js';

/** A question's predicate, as {@link questionPredicate} reads it. */
export interface QuestionPredicate {
  /** The index term (stem) of its main predicate, or null when it names no event or state of its own. */
  predicate: string | null;
  /** A polar (yes-no) question: it opens with an auxiliary ("Was…", "Did…", "Can…"). */
  polar: boolean;
}

/**
 * Verbs that name no event of their own: the auxiliaries and light verbs ("do", "have", "get",
 * "happen"), and saying, which plan/speaker.ts weighs apart. "What happened to her" and "what
 * did he say" ask for whatever the passage reports. "According to" names a source.
 */
const LIGHT_VERBS = new Set([
  'be',
  'do',
  'have',
  'get',
  'go',
  'happen',
  'become',
  'say',
  'tell',
  'mean',
  'accord',
]);

/** Tags after which an adjective modifies a noun rather than being the predicate ("the golden spike"). */
const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/** At most this many characters of a question are tagged: the predicate comes early. */
const MAX_TAGGED_LENGTH = 300;

/**
 * The question's main predicate and whether it is polar. The predicate is the first of: a verb
 * not only framing another ("supposed to protect": protect), as in "who closed the terminal"
 * (close) or "when was the report published" (publish), none when that verb is light
 * ({@link LIGHT_VERBS}); or an adjective standing alone after a form of "be" ("is the water
 * safe to drink": safe; not "how long", nor "the golden spike"). Questions name the asked
 * event before any clause that qualifies it ("was she arrested after being questioned"), so
 * the first is the main one.
 * Parts of speech and lemmas are wink-nlp's (`wink-eng-lite-web-model`, universal tags); the
 * predicate is given as the index term of the question's own word, as the plan's concepts are.
 *
 * @example
 * questionPredicate('Did anyone die?') // { predicate: 'die', polar: true }
 * questionPredicate('What did the minister say?') // { predicate: null, polar: false }
 */
export function questionPredicate(question: string): QuestionPredicate {
  const nlp = questionTagger();
  const tokens = nlp.readDoc(question.slice(0, MAX_TAGGED_LENGTH)).tokens();
  const values = tokens.out() as string[];
  const tags = tokens.out(nlp.its.pos) as string[];
  // wink-nlp's typings give the lemma helper an addons parameter `out` does not declare; it
  // is called like any other at run time (wink-nlp's documentation of `its.lemma`).
  const lemmas = tokens.out(nlp.its.lemma as unknown as typeof nlp.its.pos) as string[];
  const polar = tags[0] === 'AUX';
  let copula = false;
  for (let i = 0; i < values.length; i++) {
    const tag = tags[i];
    const lemma = (lemmas[i] ?? '').toLowerCase();
    if (tag === 'AUX' && lemma === 'be') copula = true;
    const predicative =
      tag === 'ADJ' &&
      copula &&
      (values[i - 1] ?? '').toLowerCase() !== 'how' &&
      !NOMINAL.has(tags[i + 1] ?? '');
    if (tag !== 'VERB' && !predicative) continue;
    // A verb taking another as its complement ("supposed to protect", "trying to push") frames
    // it; the complement names the event.
    if (tag === 'VERB' && tags[i + 1] === 'PART' && tags[i + 2] === 'VERB') continue;
    // The first verb is the main one: a light one ("what happened at the works") leaves
    // the event to the answer.
    if (tag === 'VERB' && LIGHT_VERBS.has(lemma)) break;
    const word = tokenize(values[i] ?? '')[0]?.word;
    if (word !== undefined) return { predicate: stem(word), polar };
  }
  return { predicate: null, polar };
}
