/**
 * Words that carry no content for retrieval. Two lists: function words, dropped from both
 * articles and questions, and the way people frame a question ("what did … say about"),
 * dropped from questions only (an article's "said" is still indexed).
 */
import { foldedNegatives, NEGATIVE_MODALS, NEGATIVE_PRIMARIES } from './auxiliaries.js';

/**
 * The auxiliaries' negative forms as folding writes them, apostrophe dropped ("didn't",
 * "didn’t" and chat's "didnt" all fold to "didnt"): an auxiliary and "not" in one word (Quirk
 * et al. 1985, §3.23), both function words, so a content word neither. Kept as one, "didnt"
 * was a rare term, found in few passages, that a question asking "who didn't recognize the
 * results" was weighed as missing from every answer that writes "were not recognised".
 */
const NEGATIVE_AUXILIARIES = foldedNegatives([...NEGATIVE_PRIMARIES, ...NEGATIVE_MODALS]);

/** English function words: dropped everywhere. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...NEGATIVE_AUXILIARIES,
  ...(
    'a about above after again against all almost also am among an and any are as at be because been ' +
    'before being below between both but by can cannot could did do does doing down during each either else ' +
    'ever every for from further had has have having he her here hers herself him himself his how however i ' +
    'if in into is it its itself just least let like likely may me might more most must my myself neither ' +
    'no nor not of off often on once only or other our ours ourselves out over own rather same she should ' +
    'since so some such than that the their theirs them themselves then there these they this those through ' +
    'thus tis to too twas under until up us very was we were what when where which while who whom whose why ' +
    'will with would yet you your yours yourself yourselves s t'
  ).split(' '),
]);

/**
 * The verbs that frame a question ("what did they say", "what does it mean", "what was
 * reported"): they ask for what a text tells, not what it is about. Some have a noun of the same
 * form ("the report", "the state", "a list": conversion, Quirk et al. 1985, Appendix I.43), which
 * is content (plan/framing-noun.ts).
 */
export const FRAMING_VERBS: ReadonlySet<string> = new Set(
  (
    'say says said tell tells told know known happen happened happens mean means meant ' +
    'describe described explain explained report reported reports mention mentioned talk talked ' +
    'write wrote written state stated give show list find'
  ).split(' '),
);

/** Words that frame a question rather than say what it is about. */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(
  [...FRAMING_VERBS].concat(
    (
      'article articles coverage news source sources ' +
      'anything something thing things anyone someone please exactly actually really kind sort ' +
      'according regarding concerning much many whats whos wheres whens hows whys ' +
      // The question itself ("ok question", "a question about…"): what is asked, not what about.
      'question questions ' +
      // Chat filler: how people talk in a Discord channel, not what they ask about. A thank-you
      // is read out of the question where it stands apart (courtesy.ts): "thank" is also a verb.
      'lol lmao haha pls plz hey hi hello ok okay now yet actually basically literally ' +
      'true wondering wonder curious someone somebody anybody stuff btw idk tbh guys guy like ppl u ur pls'
    ).split(' '),
  ),
);

/**
 * Words that say nothing about which event a sentence tells of: the function words, reporting
 * verbs and units of time (every dated sentence has those). Used to compare what two dated
 * quotes are about.
 */
export const EVENT_STOP_WORDS: ReadonlySet<string> = new Set([
  ...STOP_WORDS,
  ...'even few last made make many much next now per said say says upon within year years month months week weeks day days'.split(
    ' ',
  ),
]);
