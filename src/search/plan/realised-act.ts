/**
 * Whether a question asks the value of a realised act: told in the past ("when was the contract
 * signed", "what was the final cost", "how many boats actually turned out") with no word that
 * makes its act a plan, a prediction, a possibility or a wish ("when is the vote expected",
 * "what was the opening originally set for", "how much would it add", "how big a cut did
 * Kennedy propose"). Such a question asks what happened, and a value a passage gives only as
 * irrealis does not answer it (Palmer 2001; irrealis-values.ts).
 */
import { CLAUSE_OBJECT_VERBS } from '../../timeline/lexicon.js';
import { markerAt } from '../../timeline/tense-markers.js';
import { stem, tokenize } from '../../text/terms.js';
import { reportsDirective } from './directive-verbs.js';

/** Question words: "when", "how", "what" and the like are no verbs whatever their spelling. */
const WORD = /[\p{L}'’]+/gu;

/**
 * Words that make the asked act irrealis beyond the timeline's future markers (tense-markers.ts
 * `markerAt`: "will", "expected", "scheduled", "plans to"): the modals of possibility and
 * obligation and the semi-auxiliaries of plan and obligation ("be supposed to", "be meant to",
 * "be due to": Quirk et al. 1985, §3.47, §4.49; "meant" is a past form, but "is meant to last"
 * asks a plan's length), the plan nouns and verbs a question names a plan by, and "originally" or
 * "initially", which ask what was first set rather than what took place.
 */
const IRREALIS_WORDS = (
  'can could may might would should shall must ought supposed meant due about going plan plans planned ' +
  'goal goals target targets aim aims aimed hope hoped hopes intended proposal proposals proposed ' +
  'promise promised pledge pledged estimate estimated estimates projection projections forecast ' +
  'prediction predicted budget budgeted originally initially'
).split(' ');
const IRREALIS = new RegExp(`^(?:${IRREALIS_WORDS.join('|')})$`, 'iu');

/** Index terms of the {@link IRREALIS} words, made on first use. */
let irrealisTerms: ReadonlySet<string> | undefined;
function irrealisStems(): ReadonlySet<string> {
  irrealisTerms ??= new Set(IRREALIS_WORDS.map((word) => stem(word)));
  return irrealisTerms;
}

/**
 * Verbs that report what a source told (timeline/lexicon.ts `CLAUSE_OBJECT_VERBS`: "say",
 * "report", "claim") or gave as information ("what date did the Herald give"): their tense is
 * the telling's, and what was told may be a plan.
 */
const TELLING = new Set([
  ...CLAUSE_OBJECT_VERBS,
  'give',
  'gave',
  'given',
  'quote',
  'quoted',
  'cite',
  'cited',
]);

/** The past of "be", which with an "-ing" form makes the past progressive. */
const PAST_BE = /^(?:was|were)$/iu;

/** How many words a question's subject may take between "was" and its "-ing" form. */
const SUBJECT_WORDS = 4;

/** The present of the auxiliary "do". */
const PRESENT_DO = /^(?:do|does)$/iu;

/** The auxiliary "do", whose tense is its verb's. */
const DO = /^(?:did|does|do)$/iu;

/**
 * True when `question` asks the value of a realised act (see the top of this file): some word
 * marks the past (tense-markers.ts `markerAt`: "was", "did", "signed") and none marks its act as
 * ahead, possible, planned or wanted ({@link IRREALIS}, a future marker, or a directive verb or
 * verb of wanting: directive-verbs.ts `reportsDirective`, "what did Grant ask Congress for").
 * `asked`, the question's index terms with their spelling corrections (QueryPlan.askedTerms):
 * a mistyped word of plan is read as the word ("suposed").
 * In a question of what a source told ({@link TELLING}), the past of the telling ("did the
 * Herald give", "said") is not the asked act's: "how many piles did she say were cut short"
 * asks a realised act by its "were cut", "what opening date did the Herald give" none.
 *
 * @example asksRealisedAct('when was the bellhaven contract signed') // true
 * @example asksRealisedAct('when is the contract signing expected') // false
 */
export function asksRealisedAct(question: string, asked?: ReadonlySet<string>): boolean {
  const words = question.match(WORD) ?? [];
  if (words.some((word) => IRREALIS.test(word))) return false;
  if (asked !== undefined && [...asked].some((term) => irrealisStems().has(term))) return false;
  if (tokenize(question).some(reportsDirective)) return false;
  // "how much was the government spending": the past progressive views the act as in
  // progress (Quirk et al. 1985, 4.26), not done, and its extent is as often a forecast.
  if (
    words.some(
      (word, i) =>
        PAST_BE.test(word) &&
        words.slice(i + 1, i + 1 + SUBJECT_WORDS).some((next) => /\p{L}{2}ing$/u.test(next)),
    )
  )
    return false;
  // "how long do the contracts last": do-support carries the question's tense (Quirk et al.
  // 1985, §3.37), and "do" / "does" ask a present, whatever past form a word after them
  // resembles ("last" is also the past of "lase").
  if (words.some((word) => PRESENT_DO.test(word)) && !words.some((word) => /^did$/iu.test(word)))
    return false;
  const telling = words.some((word) => TELLING.has(word.toLowerCase()));
  let past = false;
  for (let i = 0; i < words.length; i++) {
    const marker = markerAt(words, i);
    if (marker === 'future') return false;
    const word = words[i]!.toLowerCase();
    if (marker === 'past' && !(telling && (DO.test(word) || TELLING.has(word)))) past = true;
  }
  return past;
}
