/**
 * A plan given up, named by a noun of its act: "The extension to Northgate has been scrapped",
 * "The council has shelved the closure of Fellside library". A deverbal noun names the act of
 * its verb ("extension" the act of extending: WordNet's derivationally related forms, Fellbaum
 * 1998, ch. 1; Quirk et al. 1985, §17.51–17.54 on nominalisation, where the noun's "of" or
 * prepositional complement stands for the verb's object or adverbial), so the report names the
 * same act on the same things as "The tram line will be extended to Northgate in 2027" does,
 * and dropped-plan.ts `namesPlannedAct` links the two as it links "scrapped plans to extend …".
 * A verbal noun in -ing that WordNet does not list names its verb's act alike ("the reopening").
 * The noun itself names the act too: a plan told by the same noun ("A trial … will start in
 * March": reiteration, Halliday & Hasan 1976, §6.1) or by a verb converted from it and spelt as it
 * ("will be trialled": conversion, Quirk et al. 1985, App. I.43), which WordNet may not list.
 *
 * Only a noun whose frequent senses name an act or event (event-noun.ts `eventSenses`) with a
 * derived verb, at the head of the noun phrase a verb of calling off takes as subject (passive)
 * or object (active), after its determiner and at most two modifiers. Its arguments are the
 * words after it in that phrase and any name before it ("the Northgate extension"); one of them
 * must be a proper name, as with a plan noun's infinitive. A phrase with a date of its own ("the
 * 20 November strike", "the strike on Friday") is the dated plan called-off.ts reads, not this.
 * A calling off negated or irrealis ("has not scrapped", "could scrap": asserted-act.ts) is none.
 */
import { baseForms } from '../search/dictionary-words.js';
import { nominalisedVerbs } from '../search/nominalised-verbs.js';
import { lemmaSynsets } from '../search/wordnet-relations.js';
import { DETERMINERS } from '../text/determiners.js';
import { MONTH_RE, WEEKDAY_RE } from '../text/months.js';
import { STOP_WORDS } from '../text/stop-words.js';
import { wordIn } from '../text/word-class.js';
import { assertsActAt } from './asserted-act.js';
import { CALL_OFF_VERB, CALLED_OFF_PARTICIPLE, outcomeOfVerb } from './called-off.js';
import { eventSenses, nounFiles } from './event-noun.js';
import { SPEECH_VERBS } from './lexicon.js';
import type { DroppedPlanAct } from './dropped-plan.js';
import { CLAUSE_OPENING_WORDS } from './plan-words.js';

/** A determiner or a possessive opening the noun phrase: "the", "its", "the council's". */
const DETERMINER = wordIn(DETERMINERS);
const POSSESSIVE = /^\p{L}+['’]s$/u;

/** Most modifiers between the determiner and the deverbal noun: "the planned tram extension". */
const MODIFIERS = 2;

/** An adverb an auxiliary and its verb allow: "has now been scrapped". */
const ADVERB = String.raw`(?:(?:now|also|already|just|officially|formally)\s+)?`;

/** The passive: the subject from a clause break, "be", the participle of calling off. */
const PASSIVE = new RegExp(
  String.raw`(?:^|[,;:—–()])\s*([^,;:—–()]+?)\s+(?:(?:has|have|had)\s+${ADVERB}been|was|were|is|are)\s+${ADVERB}(${CALLED_OFF_PARTICIPLE})\b`,
  'iu',
);

/** The active: the verb of calling off, its object up to a clause break. */
const ACTIVE = new RegExp(String.raw`\b(${CALL_OFF_VERB})\s+([^.;:!?,()—–]+)`, 'iu');

/** A cheap test, run on every sentence: a verb of calling off in any form. */
const CALLED_OFF = new RegExp(String.raw`\b${CALL_OFF_VERB}\b`, 'iu');

/** A date in the phrase: the plan of that day, read by called-off.ts. */
const DATED = new RegExp(String.raw`\d|\b(?:${MONTH_RE}|${WEEKDAY_RE})\b`, 'u');

/** Words that end the noun phrase: a clause or an adjunct of the sentence opens, or its agent's "by". */
const CLOSES_PHRASE = wordIn([...CLAUSE_OPENING_WORDS, 'by']);

const verbSynsets = lemmaSynsets('verb');

/**
 * The verb of a verbal noun in "-ing" that WordNet does not list as a noun ("reopening" →
 * "reopen", "resurfacing" → "resurface"): the -ing nominalisation of a dynamic verb is open to
 * any verb and names its act (Quirk et al. 1985, §17.51–17.54; "the reopening of the pool" is the
 * act of reopening it), so a dictionary lists only those with senses of their own. A noun WordNet
 * lists ("building", "meeting") is read by its senses, never so.
 *
 * @param noun as written, any case; a plural is read by WordNet's detachment rules ("reopenings")
 * @returns the WordNet verbs it is the -ing form of, lower case; none otherwise
 */
function verbsOfIngNoun(noun: string): string[] {
  const forms = baseForms(noun.toLowerCase());
  if (forms.some((form) => nounFiles(form).length > 0)) return [];
  const ing = forms.find((form) => /\p{L}{3}ing$/u.test(form));
  if (ing === undefined) return [];
  return baseForms(ing).filter((form) => !form.endsWith('ing') && verbSynsets(form).length > 0);
}

/**
 * The verbs a noun of an act derives from, lower case: "extension" → "extend", "closure" →
 * "close", a verbal noun WordNet does not list by its verb ("reopening" → "reopen":
 * {@link verbsOfIngNoun}); none when no frequent sense of it names an act or event with a
 * derived verb.
 */
export function verbsOfActNoun(noun: string): string[] {
  const derived = nominalisedVerbs(noun)
    .map(({ verb }) => verb)
    .filter((verb) => !verb.includes(' '));
  return [...new Set(derived.length > 0 ? derived : verbsOfIngNoun(noun))];
}

/**
 * The lemmas under which a plan may tell the act a noun names: its derived verbs
 * ({@link verbsOfActNoun}) and the noun itself, which a plan may use again ("the trial will start
 * in May") or as a verb converted from it and spelt as it ("will be trialled": Quirk et al. 1985,
 * App. I.43 on conversion; WordNet derives "trial" from "try" only); none when the noun names no
 * act with a derived verb.
 *
 * @example actLemmas('trial') // ['try', 'trial']
 */
export function actLemmas(noun: string): string[] {
  const verbs = verbsOfActNoun(noun);
  if (verbs.length === 0) return [];
  return [...verbs, ...baseForms(noun.toLowerCase()).filter((l) => eventSenses(l).length > 0)];
}

/** The act a noun phrase names ("The extension to Northgate"): its verb and arguments; or null. */
function actOfPhrase(phrase: string): Omit<DroppedPlanAct, 'outcome'> | null {
  if (DATED.test(phrase)) return null;
  const all = phrase.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  // "The council said the extension …": the subject of the clause a verb of saying reports.
  const said = all.findLastIndex((w) => SPEECH_VERBS.has(w.toLowerCase()));
  const words = all.slice(said + 1);
  const first = words[0] ?? '';
  if (!DETERMINER.test(first) && !POSSESSIVE.test(first)) return null;
  for (let head = 1; head <= 1 + MODIFIERS && head < words.length; head++) {
    const noun = words[head] as string;
    // A function word ("their homes and leave …") ends the modifiers: no noun phrase's head after it.
    if (STOP_WORDS.has(noun.toLowerCase())) return null;
    if (!/^\p{Ll}/u.test(noun)) continue;
    const verb = actLemmas(noun);
    if (verb.length === 0) continue;
    const names = words.slice(1, head).filter((w) => /^\p{Lu}/u.test(w));
    const after = words.slice(head + 1);
    const close = after.findIndex((w) => CLOSES_PHRASE.test(w));
    const args = [...names, ...(close < 0 ? after : after.slice(0, close))];
    return { verb, arguments: args };
  }
  return null;
}

/**
 * The act of a plan `sentence` says was called off, named by a deverbal noun ("The extension to
 * Northgate has been scrapped"), with its words unfiltered (dropped-plan.ts keeps the
 * distinctive ones); null when it says none.
 */
export function nominalPlanAct(sentence: string): DroppedPlanAct | null {
  if (!CALLED_OFF.test(sentence)) return null;
  for (const [pattern, called, phrase] of [
    [PASSIVE, 2, 1],
    [ACTIVE, 1, 2],
  ] as const) {
    const found = pattern.exec(sentence);
    if (found === null) continue;
    // The verb of calling off ends the passive's match and opens the active's.
    const verbAt = called === 2 ? found.index + found[0].length - found[2]!.length : found.index;
    // "has not been scrapped", "could scrap the extension": no giving up is asserted.
    if (!assertsActAt(sentence, verbAt)) continue;
    const act = actOfPhrase(found[phrase]!);
    if (act !== null) return { outcome: outcomeOfVerb(found[called]!), ...act };
  }
  return null;
}
