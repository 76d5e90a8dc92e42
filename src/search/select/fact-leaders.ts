/**
 * Who leads one body, told as an act ("Judge Tom Hale will lead the inquiry into the Kelby
 * flood") or as its passive, in a clause of its own or describing the body ("The inquiry … will
 * be led by Judge Tom Hale", "an inquiry led by Judge Anna Wray", "an inquiry, led by Judge Anna
 * Wray, into …"). The agent of "led by" is the body's leader (a passive's "by" phrase names who
 * does the act: Quirk et al. 1985, §3.63), whether the participle opens a clause or stands after
 * the noun as a reduced relative. Two reports that name different leaders of one body differ on
 * who leads it, as two reports that name different actors of one act do.
 */
import { SEARCH_OPTIONS } from '../options.js';
import type { Stance } from './fact-stance.js';
import type { UnitOccurrence } from './fact-participants.js';
import { matchesOf } from '../../text/matches-of.js';

/** What is read of a report here. */
export interface LedSource {
  text: string;
  /** Content units in order (fact-analysis.ts `AnalysedFact.sequence`). */
  sequence: readonly UnitOccurrence[];
  /** Its stances (fact-stance.ts). */
  stances: ReadonlyMap<Stance, number>;
  /** Content terms (stems cut to `namePrefix` letters). */
  terms: ReadonlyMap<string, number>;
}

/** A leader's name: up to five capitalised words ("Judge Anna Wray", "Ruth Dane"). */
const NAME = String.raw`((?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’.-]*)`;
/** Lower-case words describing the leader before the name ("retired engineer Ruth Dane"). */
const DESCRIBED = String.raw`(?:(?:the\s+)?\p{Ll}[\p{L}-]*\s+){0,3}`;
/** "led by X": the passive, in a clause of its own or describing a noun. */
const LED_BY = new RegExp(String.raw`\bled\s+by\s+${DESCRIBED}${NAME}`, 'gu');
/** "X will lead the …", "X leads an …", "X is leading the …". */
const LEADS = new RegExp(
  String.raw`${NAME}\s+(?:(?:will|would|is\s+to|is\s+set\s+to|is|was|has\s+been\s+(?:appointed|named|chosen)\s+to)\s+)?(?:lead|leads|led|leading)\s+(?:the|an?|its)\b`,
  'gu',
);
/** The terms of the verb itself, on either side, which say nothing of what is led. */
const LEAD_TERMS: ReadonlySet<string> = new Set(['lead', 'led']);

/** Stances under which a report names no leader as holding: a denial, a wish, a question … */
const UNSURE: readonly Stance[] = [
  'negated',
  'reversed',
  'conditional',
  'wished',
  'question',
  'alleged',
  'recalled',
];

/** The leaders a report names, each as the terms of its name, and those terms together. */
function leadersOf(source: LedSource): { surnames: Set<string>; keys: Set<string> } {
  const surnames = new Set<string>();
  const keys = new Set<string>();
  for (const pattern of [LED_BY, LEADS])
    for (const m of matchesOf(source.text, pattern)) {
      const name = m[1] as string;
      const start = (m.index ?? 0) + m[0].indexOf(name);
      const units = source.sequence.filter(
        (unit) => unit.start >= start && unit.end <= start + name.length,
      );
      const last = units[units.length - 1]?.keys.at(-1);
      if (last === undefined) continue;
      surnames.add(last);
      for (const unit of units) for (const key of unit.keys) keys.add(key);
    }
  return { surnames, keys };
}

/**
 * True when two reports each name one leader, the two differ (by the last word of the name,
 * which appears nowhere in the other report), and what each says besides is what the other says
 * of one body: every content term of the shorter, its leader's name and the verb set aside, is
 * the longer's ("Judge Tom Hale will lead the inquiry into the Kelby flood" / "The council has set
 * up an inquiry, led by Judge Anna Wray, into the Kelby flood"). Neither may deny, wish for, ask
 * about, allege or recall it ({@link UNSURE}).
 */
export function leadersDiffer(a: LedSource, b: LedSource): boolean {
  const x = leadersOf(a);
  if (x.surnames.size !== 1) return false;
  const y = leadersOf(b);
  if (y.surnames.size !== 1) return false;
  const [sx] = x.surnames;
  const [sy] = y.surnames;
  if (sx === sy || a.terms.has(sy as string) || b.terms.has(sx as string)) return false;
  if (UNSURE.some((stance) => a.stances.has(stance) || b.stances.has(stance))) return false;
  const rest = (source: LedSource, leader: ReadonlySet<string>) =>
    [...source.terms.keys()].filter((key) => !leader.has(key) && !LEAD_TERMS.has(key));
  const ra = rest(a, x.keys);
  const rb = rest(b, y.keys);
  const [short, long] = ra.length <= rb.length ? [ra, new Set(rb)] : [rb, new Set(ra)];
  return (
    short.length >= SEARCH_OPTIONS.facts.anchorSharedTerms && short.every((key) => long.has(key))
  );
}

/**
 * True when both reports name leaders and none is the same (by the last word of the name, found
 * nowhere in the other report): "An inquiry led by Judge Anna Wray will examine the flood" / "A
 * review led by Judge Tom Hale will examine the flood defences" are never one fact, whatever
 * else they share.
 */
export function leadersApart(a: LedSource, b: LedSource): boolean {
  const x = leadersOf(a).surnames;
  if (x.size === 0) return false;
  const y = leadersOf(b).surnames;
  if (y.size === 0) return false;
  return [...x].every((s) => !b.terms.has(s)) && [...y].every((s) => !a.terms.has(s));
}
