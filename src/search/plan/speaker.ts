/**
 * The speaker of a question about what someone said: "what did the state department say
 * about the deal" asks for the state department's words, so a passage that does not name it
 * (nor comes from its own article) reports someone else's.
 */
import { QUESTION_WORDS } from '../../text/stop-words.js';
import { isStopWord, stem, tokenize } from '../../text/terms.js';
import { NOUN_GROUP, NOUN_LOCATION, NOUN_PERSON, usualNounFiles } from '../usual-noun-files.js';

/** Focusing and time adverbs a question may put before its verb (see SPEAKER_QUESTION). */
const ASKING_ADVERBS =
  'actually|really|exactly|precisely|ever|just|also|first|initially|originally|later|then|publicly|officially';
/** The verbs of saying or deciding a question may ask about (see SPEAKER_QUESTION). */
const ASKED_VERBS =
  'say|think|claim|report|announce|respond|react|tell|write|call|describe|characteri[sz]e|argue|propose|recommend|conclude|promise|warn|predict|decide';

/**
 * "What/how/why/when did <speaker> <verb of saying or deciding>": the verbs by which a source
 * states something the question asks to hear from it, "describe" and "characterise" among them
 * ({@link VERBS_OF_WORDS}). A focusing or time adverb may stand after
 * the wh-word ("what exactly did …", "what else did …") or before the verb ("did Aster actually
 * say"): it qualifies the asking, never the speaker, so it is not read as one of the speaker's
 * words (Quirk et al. 1985 §8.116–8.121 on focusing subjuncts such as "exactly", "just").
 */
const SPEAKER_QUESTION = new RegExp(
  String.raw`\b(?:what|how|why|when)(?: (?:exactly|precisely|else))? (did|does|do|has|have|had|would|will) (.+?)(?: (?:${ASKING_ADVERBS}))? (${ASKED_VERBS})\b`,
  'i',
);

/**
 * A verb of {@link SPEAKER_QUESTION} right after the one it matched, or after a prepositional
 * phrase of up to four words that follows it: "what did the inspectors' final report say" and
 * "what did the final report in November conclude" match "report" first, a noun there, the head
 * of the speaker, for English puts a single bare verb after the subject of a "do"-question
 * (Quirk et al. 1985, §11.5): the later verb is the one asked.
 */
const NEXT_VERB = new RegExp(
  String.raw`^(?: (?:in|of|on|at|from|for|by|into)(?: [\w'’-]+){1,4}?)?(?: (?:${ASKING_ADVERBS}))? (${ASKED_VERBS})\b`,
  'i',
);

/** A question's speaker (as written), its verb and where that verb ends. */
interface SpeakerQuestion {
  /** The auxiliary before the speaker, folded: "did", "does", "has" … */
  auxiliary: string;
  speaker: string;
  verb: string;
  end: number;
}

/** The question read last and its {@link SpeakerQuestion}. */
let lastRead: { question: string; read: Readonly<SpeakerQuestion> | null } | undefined;

/**
 * The {@link SpeakerQuestion} of `question`, or null when it asks no one's words or decision;
 * kept for the question read last. The ranking reads the question's speaker for every passage
 * it widens (select/widen.ts `givesSpeakersWords`), and matching {@link SPEAKER_QUESTION}, a
 * lazy phrase before an alternation of verbs, afresh each time was 2% of a warm State of the
 * Union ask (session 59's profile). A single slot, as plan/counted-from-now.ts `textMentions`.
 */
function speakerQuestionOf(question: string): Readonly<SpeakerQuestion> | null {
  if (lastRead?.question !== question) lastRead = { question, read: readSpeakerQuestion(question) };
  return lastRead.read;
}

function readSpeakerQuestion(question: string): SpeakerQuestion | null {
  const match = SPEAKER_QUESTION.exec(question);
  if (match === null) return null;
  const auxiliary = match[1]!.toLowerCase();
  const end = match.index + match[0].length;
  const next = NEXT_VERB.exec(question.slice(end));
  if (next !== null)
    return {
      auxiliary,
      speaker: `${match[2]!} ${match[3]!}`,
      verb: next[1]!,
      end: end + next[0].length,
    };
  return { auxiliary, speaker: match[2]!, verb: match[3]!, end };
}

/**
 * The verbs of {@link SPEAKER_QUESTION} that ask for the speaker's words themselves, not what
 * they decided or proposed: what they said, wrote, claimed, announced, warned (their verbs in
 * the passage take a clause: timeline/lexicon.ts `CLAUSE_OBJECT_VERBS`). "How did X describe Y"
 * asks the same: to describe or characterise is to say what a thing is (Levin 1993, English
 * Verb Classes and Alternations, §29.2 "characterize" verbs), and news gives it as X's words,
 * a quotation after "called" or "described … as" (plan/speaker-words.ts
 * `CHARACTERISING_VERBS`). So does "how did X react / respond to Y": news reports a party's
 * reaction to an event or a claim as its words, the reaction quote (attribution in news
 * writing: Bell 1991, The Language of News Media, on sources and attribution).
 */
const VERBS_OF_WORDS = new Set([
  'say',
  'tell',
  'claim',
  'report',
  'announce',
  'write',
  'argue',
  'warn',
  'describe',
  'characterise',
  'characterize',
  'react',
  'respond',
]);

/**
 * The verbs of {@link VERBS_OF_WORDS} whose subject may be a thing that reacts without words:
 * a market, a price, a river "reacts" or "responds" by moving.
 */
const REACTION_VERBS = new Set(['react', 'respond']);

/**
 * WordNet lexicographer files (lexnames(5WN)) of the nouns that can give words: a person, a body
 * ("the council"), a place standing for its government or people ("Ukraine"). A verb of
 * communication takes a speaker of these kinds as its subject (Levin 1993, §37).
 */
const SPEAKING_FILES: readonly number[] = [NOUN_PERSON, NOUN_GROUP, NOUN_LOCATION];

/**
 * True when one of `words` may name a speaker: a word WordNet holds no noun for (a name,
 * "Bellhaven") or a noun whose usual sense is of {@link SPEAKING_FILES}; false for "the market",
 * "share prices".
 */
function maySpeak(words: string): boolean {
  return tokenize(words).some((token) => {
    if (isStopWord(token) || QUESTION_WORDS.has(token.word)) return false;
    const files = usualNounFiles(token.word);
    return files.length === 0 || files.some((file) => SPEAKING_FILES.includes(file));
  });
}

/**
 * The stems of the speaker a question asks about ("What did the US state department say
 * about the deal?" → us, state, depart), empty when it asks no one's words. Pronouns and
 * other stop words are left out: "what did he say" names no one.
 */
export function speakerStems(question: string): Set<string> {
  return stemsOf(speakerQuestionOf(question)?.speaker);
}

/**
 * The speaker a question asks about, as written ("what did the inspectors' final report say" →
 * "the inspectors' final report"), or null when it asks no one's words or decision.
 */
export function speakerPhrase(question: string): string | null {
  return speakerQuestionOf(question)?.speaker ?? null;
}

/**
 * True when a question about what someone said asks of a past act ("what did the review
 * conclude", "what has the survey found"), false when of the present or future ("what does the
 * deal say") or when it asks no one's words.
 */
export function asksPastSaying(question: string): boolean {
  const auxiliary = speakerQuestionOf(question)?.auxiliary;
  return auxiliary === 'did' || auxiliary === 'has' || auxiliary === 'have' || auxiliary === 'had';
}

/**
 * {@link speakerStems} when the question asks for the speaker's words ("what did Aster say",
 * "what did the mayor tell reporters", "how did the union react"; {@link VERBS_OF_WORDS}), empty
 * otherwise ("what did the council decide" asks for a decision, told in any words; "how did the
 * market react" asks how a thing moved: {@link maySpeak}).
 */
export function wordsAskedOf(question: string): Set<string> {
  const asked = speakerQuestionOf(question);
  const verb = asked?.verb.toLowerCase();
  if (!asked || verb === undefined || !VERBS_OF_WORDS.has(verb)) return new Set();
  // "How did the market react" asks how it moved: a thing's reaction is no one's words.
  if (REACTION_VERBS.has(verb) && !maySpeak(asked.speaker)) return new Set();
  return stemsOf(asked.speaker);
}

/**
 * Where the verb of a question about what someone said ends ("what did the mayor say| about
 * the library"): the offset in `question` after it, or null when the question asks no one's
 * words or decision ({@link speakerStems}).
 */
export function speakerVerbEnd(question: string): number | null {
  return speakerQuestionOf(question)?.end ?? null;
}

/** The stems of a speaker's words, pronouns and other stop words left out. */
function stemsOf(words: string | undefined): Set<string> {
  const speaker = new Set<string>();
  if (words === undefined) return speaker;
  for (const token of tokenize(words))
    if (!isStopWord(token) && !QUESTION_WORDS.has(token.word)) speaker.add(stem(token.word));
  return speaker;
}
