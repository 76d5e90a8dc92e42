/**
 * A plan given up, named by its act rather than by a noun or a date: "The council has scrapped
 * plans to extend the scheme to Northgate and Fellside", "Plans to close the library on Sundays
 * have been shelved". The plan noun's to-infinitive is the act wanted (Quirk et al. 1985, §17.26
 * on the complements of "plan", "proposal"), and the sentence carries no date of the plan's own:
 * which earlier plan it gives up is told only by the act, its verb and what it acts on.
 *
 * A later report names the same act on the same things when its infinitive's verb has a lemma
 * of a word of the plan's quote ("extend" ~ "will be extended") and every distinctive argument
 * of the infinitive (its content words: "Northgate", "Fellside") is a word of that quote too. A
 * general noun of a plan among them ("the scheme") refers back to the thing already named and
 * carries no name of its own (Halliday & Hasan 1976, §6.2 on general nouns in reiteration), so it
 * is not required; nor are pronouns and other function words (text/stop-words.ts). Among the
 * arguments a proper name must be: a name refers to one thing, while common nouns alone ("plans
 * to build homes") fit any plan of their kind, and no outcome is better than a wrong one. With
 * none ("plans to expand it", "plans to close the library"), nothing is linked.
 */
import { baseForms } from '../search/dictionary-words.js';
import { EVENT_STOP_WORDS } from '../text/stop-words.js';
import { wordIn } from '../text/word-class.js';
import {
  CALL_OFF_VERB,
  CALLED_OFF_PARTICIPLE,
  outcomeOfVerb,
  type PlanOutcomeKind,
} from './called-off.js';
import { assertsActAt } from './asserted-act.js';
import { CLAUSE_OPENING_WORDS, PLAN_NOUN } from './plan-words.js';
import { isPlanNoun } from './plan-noun-sense.js';
import { nominalPlanAct } from './nominal-plan.js';

/** The act of a plan a sentence says was given up: its verb's lemmas and its arguments. */
export interface DroppedPlanAct {
  outcome: PlanOutcomeKind;
  /** The base forms of the infinitive's verb, lower case ("extend"). */
  verb: string[];
  /** The infinitive's distinctive arguments, as written ("Northgate", "Fellside"). */
  arguments: string[];
}

/** A determiner or up to two premodifiers before the plan noun: "its", "the council's". */
const BEFORE_NOUN = String.raw`(?:[\p{L}'’-]+\s+){0,3}?`;

/**
 * A verb of calling off in any form, active or participle: every report this file or
 * nominal-plan.ts reads has one ({@link ACTIVE}, {@link PASSIVE}, and nominal-plan.ts's own), so
 * the one cheap test run on every sentence, before the plan noun's.
 */
const CALLING_OFF = new RegExp(String.raw`\b(?:${CALL_OFF_VERB}|${CALLED_OFF_PARTICIPLE})\b`, 'iu');

/** A plan noun and "to": a cheap test before the patterns below. */
const PLAN_NOUN_TO = new RegExp(String.raw`\b${PLAN_NOUN.source.slice(1, -1)}\s+to\s`, 'iu');

/** The verb of calling off, its object's plan noun, "to" and the infinitive's verb and rest. */
const ACTIVE = new RegExp(
  String.raw`\b(${CALL_OFF_VERB})\s+${BEFORE_NOUN}(\p{L}+)\s+to\s+(\p{L}+)([^.;:!?,()—–]*)`,
  'iu',
);

/** The plan noun as subject, its infinitive, then "has been scrapped" (at most eight words). */
const PASSIVE = new RegExp(
  String.raw`\b(\p{L}+)\s+to\s+(\p{L}+)((?:\s+[\p{L}'’-]+){0,8}?)\s+(?:has|have|had|was|were|is|are)\s+(?:(?:now|also|already|just|officially|formally)\s+)?(?:been\s+)?(${CALLED_OFF_PARTICIPLE})\b`,
  'iu',
);

/** Ends of the infinitive's arguments: a clause opening, or "and" (unless it coordinates names). */
const CLOSES_ARGUMENTS = wordIn([...CLAUSE_OPENING_WORDS, 'and']);

/** The infinitive's arguments' words, up to a word opening another clause; "and" kept between names. */
function argumentWords(rest: string): string[] {
  const words = rest.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const kept: string[] = [];
  for (const [i, word] of words.entries()) {
    // "to Northgate and Fellside": a coordination of arguments, not a new clause.
    const coordinates = /^and$/iu.test(word) && /^\p{Lu}/u.test(words[i + 1] ?? '');
    if (CLOSES_ARGUMENTS.test(word) && !coordinates) break;
    const lower = word.toLowerCase();
    if (EVENT_STOP_WORDS.has(lower) || isPlanNoun(word)) continue;
    kept.push(word);
  }
  return kept;
}

/**
 * The act of a plan `sentence` says was called off, scrapped or put on hold, named by a plan
 * noun's infinitive ("scrapped plans to extend the scheme to Northgate and Fellside"); null when
 * it says none, or names no proper name among the act's arguments.
 */
export function droppedPlanAct(sentence: string): DroppedPlanAct | null {
  if (!CALLING_OFF.test(sentence)) return null;
  if (!PLAN_NOUN_TO.test(sentence)) return nominalAct(sentence);
  const active = ACTIVE.exec(sentence);
  const passive = active ? null : PASSIVE.exec(sentence);
  const read = active
    ? { called: active[1]!, noun: active[2]!, verb: active[3]!, rest: active[4]! }
    : passive
      ? { called: passive[4]!, noun: passive[1]!, verb: passive[2]!, rest: passive[3]! }
      : null;
  if (read === null || !PLAN_NOUN.test(read.noun)) return nominalAct(sentence);
  // "has not scrapped plans", "could scrap plans", "denied it would abandon plans": no giving up
  // is asserted (asserted-act.ts). The verb opens the active's match and ends the passive's.
  const verbAt = active ? active.index : passive!.index + passive![0].length - read.called.length;
  if (!assertsActAt(sentence, verbAt)) return null;
  const args = argumentWords(read.rest);
  // A name picks out one thing; common nouns alone ("to build homes") fit any plan of their kind.
  if (!args.some((word) => /^\p{Lu}/u.test(word))) return null;
  return {
    outcome: outcomeOfVerb(read.called),
    verb: baseForms(read.verb.toLowerCase()),
    arguments: args,
  };
}

/**
 * The act of a plan `sentence` says was given up, named by a deverbal noun ("The extension to
 * Northgate has been scrapped": nominal-plan.ts), its arguments kept as a plan noun's infinitive's
 * are; null when it names none, or no proper name among the arguments.
 */
function nominalAct(sentence: string): DroppedPlanAct | null {
  const act = nominalPlanAct(sentence);
  if (act === null) return null;
  const args = argumentWords(act.arguments.join(' '));
  return args.some((word) => /^\p{Lu}/u.test(word)) ? { ...act, arguments: args } : null;
}

/**
 * True when `plan`, a quote of a planned entry, names the act `act`: a word of it has a lemma of
 * the act's verb, and every distinctive argument is a word of it, in any inflection.
 */
export function namesPlannedAct(act: DroppedPlanAct, plan: string): boolean {
  const lemmas = new Set(
    (plan.match(/\p{L}[\p{L}'’-]*/gu) ?? []).flatMap((w) => baseForms(w.toLowerCase())),
  );
  return (
    act.verb.some((v) => lemmas.has(v)) &&
    act.arguments.every((a) => baseForms(a.toLowerCase()).some((l) => lemmas.has(l)))
  );
}
