/**
 * A contrastive correction names who did something and who did not: "The county council, not
 * Wenn Water, issued the original notice". Set against "Wenn Water issued the notice", the two
 * reports differ on who acted: the correction itself says so. Read otherwise, its "not" makes it
 * a denial (fact-stance.ts), a different fact, and the disagreement would go unshown.
 *
 * Claimed only when the wording pins it down: the denied actor of one passage stands right
 * before the same verb in the other (as its subject, in the active voice), what follows that
 * verb starts with the same thing in both ("the notice" / "the original notice"), and nothing
 * else before the verb negates, hedges or plans it on either side.
 */
import { SEARCH_OPTIONS } from '../options.js';
import { stem, termsOf } from '../../text/terms.js';
import { stancesBefore } from './fact-event.js';
import { stancesOf } from './fact-stance.js';
import { escapeRegExp } from '../../text/escape.js';
import { keptPattern } from '../../text/kept-pattern.js';
import { matchesOf } from '../../text/matches-of.js';

/** "…X, not Y, verb …": the denied actor (up to four words) and the verb after it. */
const CONTRAST = /,\s+not\s+((?:the\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,3}),\s+([a-z]+)\b/gu;

/** How many content terms after the verb are compared ("the original notice" → "origin notic"). */
const OBJECT_TERMS = 2;

const cut = (term: string) => term.slice(0, SEARCH_OPTIONS.facts.namePrefix);

/** The first content terms of `text` (cut as fact terms are compared). */
function leadingTerms(text: string, count: number): string[] {
  return termsOf(text.split(/[,;:.!?]/, 1)[0] ?? '')
    .slice(0, count)
    .map(cut);
}

/**
 * Each passage's contrastive corrections, read once: a question relates each candidate with
 * several others both ways round, and nearly every passage has none.
 */
const contrastsRead = new Map<string, readonly RegExpExecArray[]>();
const MAX_KEPT_PASSAGES = 5_000;

function contrastsOf(text: string): readonly RegExpExecArray[] {
  let found = contrastsRead.get(text);
  if (found === undefined) {
    found = [...matchesOf(text, CONTRAST)];
    if (contrastsRead.size >= MAX_KEPT_PASSAGES) contrastsRead.clear();
    contrastsRead.set(text, found);
  }
  return found;
}

/** True when `correction` says its denied actor did not do what `report` says that actor did. */
function contradicts(correction: string, report: string): boolean {
  for (const m of contrastsOf(correction)) {
    const denied = (m[1] as string).replace(/^the\s+/i, '');
    const verb = m[2] as string;
    const verbAt = m.index + m[0].length - verb.length;
    // The correction's own "not" is the contrast; any other marker before the verb still counts.
    const blanked =
      correction.slice(0, m.index) +
      ' '.repeat(m[0].length) +
      correction.slice(m.index + m[0].length);
    if (stancesBefore(stancesOf(blanked), verbAt).size > 0) continue;
    const subject = keptPattern(
      `(?:^|[^\\p{L}])(?:the\\s+)?${escapeRegExp(denied)}\\s+([a-z]+)\\b`,
      'giu',
    );
    for (const r of matchesOf(report, subject)) {
      const reportVerb = r[1] as string;
      if (cut(stem(reportVerb)) !== cut(stem(verb))) continue;
      const reportVerbEnd = r.index + r[0].length;
      // The report's own verb is the correction's (compared above): undoing or postponing on both sides
      // ("not Tarn Ferries, cancelled" / "Tarn Ferries cancelled") is no stance between them.
      const before = stancesBefore(stancesOf(report), reportVerbEnd);
      before.delete('reversed');
      before.delete('rescheduled');
      if (before.size > 0) continue;
      const said = leadingTerms(report.slice(reportVerbEnd), OBJECT_TERMS);
      const corrected = leadingTerms(correction.slice(verbAt + verb.length), OBJECT_TERMS);
      if (said.length > 0 && corrected.length > 0 && said.some((t) => corrected.includes(t)))
        return true;
    }
  }
  return false;
}

/** True when a passage holds a correction of who acted ("X, not Y, did it"), cheaply. */
export function holdsContrast(text: string): boolean {
  return contrastsOf(text).length > 0;
}

/**
 * True when one passage corrects the actor the other names ("The county council, not Wenn
 * Water, issued the original notice" / "Wenn Water issued the notice late last night"): the
 * sources differ on who acted. Read both ways round, so the order of the passages does not
 * matter.
 */
export function actorContradicted(a: string, b: string): boolean {
  return contradicts(a, b) || contradicts(b, a);
}
