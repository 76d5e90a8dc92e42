/**
 * A hard gate of abstention (abstain.ts): a question that restricts a noun by the body owning
 * it, described by a common noun ("what is the name of the council's chief executive"), asks for
 * that body's one, and a passage giving the noun to another body so described ("Niamh Dunlop,
 * the association's chief executive, said …") tells of another holder's, however many of the
 * question's words it holds. The genitive and
 * the "of" phrase restrict the head noun to what the owner determines (Quirk et al. 1985, §5.115
 * –5.116, the determinative genitive and the "of"-genitive); the passage is about the topic but
 * does not contain the answer, the unanswerable kind of Kwiatkowski et al. 2019 (Natural
 * Questions). The gate for named holders (abstain-other-holder.ts) leaves descriptions alone; this
 * one reads them, and only organisations (plan/answer-type.ts `namesOrganisation`: "council",
 * "association"): two bodies described by two nouns of organisation in one story are two bodies,
 * while people are often described by several nouns at once ("the victim's mother", "the boy's
 * mother").
 *
 * A passage's owner is the asked one when it is a form the engine links to the asked noun (an
 * inflection, a synonym: "the firm's" for "the company's"), a class the asked noun may be
 * restated by, or a noun the asked one restates (plan/restating-classes.ts: "the body's"), or a
 * name holding the asked noun ("Port Carrow City Council's"); a name holding none is left
 * alone, since it may be the body's name ("Ostrel's chief executive" of "the company's").
 *
 * When a leading candidate gives the noun only to other bodies described so, and no sentence the
 * candidates are read in gives it to the asked one, or with no owner of its own ("its chief
 * executive", "the chief executive") while it, its neighbours or the sentence it leans on name
 * the asked body, the reply is a refusal, whatever the classifier's probability.
 */
import { isPossessive } from '../text/possessive.js';
import { QUESTION_WORDS } from '../text/stop-words.js';
import { isUsuallyNoun } from '../text/nouns.js';
import { isAdjective } from '../timeline/adjectives.js';
import { isStopWord, stem, tokenize, type Token } from '../text/terms.js';
import type { AbstentionInput } from './abstain-features.js';
import { neighbourhood } from './abstain-features.js';
import { otherOnlyVerdict, type Given } from './abstain-other-only.js';
import { oneWordForms } from './abstain-asked-thing.js';
import { namesOrganisation } from './plan/answer-type.js';
import { restatingClassesOf } from './plan/restating-classes.js';

/** A body a question describes as the owner of a noun, and the noun. */
export interface DescribedOwner {
  /** The owner's noun, folded ("council"). */
  owner: string;
  /** The owned noun phrase's head, folded ("executive" of "chief executive"). */
  head: string;
}

/** The most words of an owned noun phrase ("chief executive", "new finance director"). */
const MAX_OWNED_WORDS = 3;

/** True when `token` is written with a capital in `text`. */
function capitalised(text: string, token: Token): boolean {
  return /^\p{Lu}/u.test(text.slice(token.start, token.end));
}

/** True when `token` of `text` is a common noun of organisation: lower case, no function word. */
function organisationNoun(text: string, token: Token | undefined): boolean {
  return (
    token !== undefined &&
    !isStopWord(token) &&
    !QUESTION_WORDS.has(token.word) &&
    !capitalised(text, token) &&
    namesOrganisation(token.word)
  );
}

/** The head of the noun phrase opening at token `from`: its last noun of the first few nouns and adjectives. */
function headFrom(tokens: readonly Token[], from: number): string | null {
  let head: string | null = null;
  for (let at = from; at < tokens.length && at < from + MAX_OWNED_WORDS; at++) {
    const word = tokens[at]!;
    if (isStopWord(word) || QUESTION_WORDS.has(word.word)) break;
    if (isUsuallyNoun(word.word)) head = word.word;
    else if (!isAdjective(word.word)) break;
  }
  return head;
}

/**
 * The body `question` describes as the owner of the noun it asks of (see the top of this file),
 * or null: "the" and a noun of organisation in the genitive before the owned phrase ("the
 * council's chief executive").
 *
 * @example describedOwnerOf("what is the name of the council's chief executive?")
 * // { owner: 'council', head: 'executive' }
 */
export function describedOwnerOf(question: string): DescribedOwner | null {
  const tokens = tokenize(question);
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (tokens[i - 1]!.word !== 'the' || !isPossessive(question, token)) continue;
    if (!organisationNoun(question, token)) continue;
    const head = headFrom(tokens, i + 1);
    if (head !== null) return { owner: token.word, head };
  }
  return null;
}

/** How a passage gives one occurrence of the owned noun: to the asked body, another, or none told. */
type Owned = Given;

/**
 * How `text` gives each occurrence of the asked head (`asked.head`'s stem) an owner: "same",
 * "other" (another body described by "the" and a noun of organisation, {@link organisationNoun}),
 * or "none" (no owner, a pronoun, a name, a person). `isAsked` tells an owner's folded word is
 * the asked body's.
 */
function ownersIn(
  text: string,
  asked: DescribedOwner,
  isAsked: (word: string) => boolean,
): Owned[] {
  const tokens = tokenize(text);
  const head = stem(asked.head);
  const found: Owned[] = [];
  const judge = (at: number): Owned => {
    const owner = tokens[at]!;
    if (isAsked(owner.word)) return 'same';
    if (tokens[at - 1]?.word !== 'the' || !organisationNoun(text, owner)) return 'none';
    return 'other';
  };
  for (let at = 0; at < tokens.length; at++) {
    // The head as a noun: "executives", not "executed", though both stem to "execut".
    const word = tokens[at]!.word;
    if (stem(word) !== head || (word !== asked.head && !isUsuallyNoun(word))) continue;
    let owned: Owned = 'none';
    // "the association's (chief) executive": a genitive a few words before.
    for (let i = at - 1; i >= Math.max(0, at - MAX_OWNED_WORDS); i--) {
      const token = tokens[i]!;
      if (isPossessive(text, token)) {
        // A name holding the asked noun is the asked body ("Port Carrow City Council's").
        owned = capitalised(text, token) ? (isAsked(token.word) ? 'same' : 'none') : judge(i);
        break;
      }
      if (isStopWord(token)) break;
    }
    // "the chief executive of the association" (not "of the association's members").
    if (owned === 'none' && tokens[at + 1]?.word === 'of' && tokens[at + 2]?.word === 'the') {
      const owner = tokens[at + 3];
      const next = tokens[at + 4];
      const ends = next === undefined || isStopWord(next) || !isUsuallyNoun(next.word);
      if (owner !== undefined && ends && !isPossessive(text, owner))
        owned = capitalised(text, owner) ? 'none' : judge(at + 3);
    }
    found.push(owned);
  }
  return found;
}

/**
 * Whether the candidates give the noun a question restricts by a body it describes to that body:
 * undefined when the question describes none ({@link describedOwnerOf}) or no leading candidate
 * (the first `SEARCH_OPTIONS.abstain.topPassages`) gives the noun only to other bodies described
 * so; else true when a sentence the candidates are read in (abstain-features.ts
 * `candidateContext`) gives it to the asked body, or with no owner while it, its neighbours or
 * the sentence it leans on name the asked body. Costs one reading of the leading candidates'
 * words and one pass over the candidates' context.
 */
export function describedOwnerHeld(input: AbstentionInput): boolean | undefined {
  const { plan } = input;
  const asked = describedOwnerOf(plan.question);
  if (asked === null) return undefined;
  const forms = oneWordForms(plan, stem(asked.owner));
  const classes = new Set(restatingClassesOf(asked.owner).map((word) => stem(word)));
  const isAsked = (word: string) => {
    const term = stem(word);
    return (
      forms.has(term) ||
      classes.has(term) ||
      restatingClassesOf(word).some((lemma) => forms.has(stem(lemma)))
    );
  };
  const read = (s: number) => ownersIn(input.textOf(s), asked, isAsked);
  const names = (s: number | null) =>
    s !== null && input.wordsOf(s).stems.some((term) => forms.has(term));
  return otherOnlyVerdict(input, read, (s) =>
    [...neighbourhood(input.sentences, s), input.contextOf(s)].some(names),
  );
}
