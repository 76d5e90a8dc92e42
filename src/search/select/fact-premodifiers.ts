/**
 * Words one report writes before a noun both name, which the other names bare: "an extraordinary
 * general meeting" / "the meeting", "a special meeting" / "met". In English the modifiers before
 * a noun narrow which thing of its kind is meant; when the other report names the thing with no
 * modifier at all, it does not name another one, it says less of the same. So such words are set
 * aside when two reports' words are compared for nearly the same wording (fact-relation.ts): one
 * report's fuller name for a thing is not a second thing it reports.
 *
 * Not set aside: a name ("the Harlow council" / "the council": which body is a value, compared as
 * names are; a name's own last noun written after "the" is its second reference, read by
 * fact-second-reference.ts), a modifier when the other report writes one of its own before the same noun ("the
 * parish council" / "the county council": fact-participants.ts `modifiedApart` reads those), and
 * words that tell one of a series ("the final vote", "a preliminary hearing"), which may be
 * another occurrence of the event.
 */
import { stem } from '../../text/terms.js';
import { SEARCH_OPTIONS } from '../options.js';
import type { ParticipantsSource } from './fact-participants.js';

/** Words that tell which of a series of events a noun names: not set aside. */
const SERIES_WORDS: ReadonlySet<string> = new Set(
  ['final', 'first', 'last', 'initial', 'preliminary', 'new', 'fresh', 'further', 'interim'].map(
    (word) => stem(word).slice(0, SEARCH_OPTIONS.facts.namePrefix),
  ),
);

/** Only spaces between two words: one modifies the next. */
const ADJACENT = /^\s+$/;

/**
 * The terms of `a` that modify, from right before it, a noun `b` names too and writes bare (no
 * content word right before it), and that `b` holds nowhere: "Members will vote at an
 * extraordinary general meeting on 14 January" against "Members will meet on January 21 to
 * vote" → {"extrao", "genera"}. Terms as fact-relation.ts compares them.
 */
export function oneSidedModifiers(
  a: ParticipantsSource,
  b: ParticipantsSource & { terms: ReadonlyMap<string, number> },
): Set<string> {
  const found = new Set<string>();
  const bare = new Set<string>();
  const modified = new Set<string>();
  b.sequence.forEach((unit, i) => {
    const before = b.sequence[i - 1];
    const head = unit.keys[0] as string;
    if (before !== undefined && ADJACENT.test(b.text.slice(before.end, unit.start)))
      modified.add(head);
    else bare.add(head);
  });
  a.sequence.forEach((unit, i) => {
    const head = unit.keys[0] as string;
    if (!bare.has(head) || modified.has(head)) return;
    const run: string[] = [];
    let edge = unit.start;
    for (let j = i - 1; j >= 0; j--) {
      const before = a.sequence[j]!;
      if (!ADJACENT.test(a.text.slice(before.end, edge))) break;
      const key = before.keys[0] as string;
      if (before.name || b.terms.has(key) || SERIES_WORDS.has(key)) return;
      run.push(key);
      edge = before.start;
    }
    for (const key of run) found.add(key);
  });
  return found;
}
