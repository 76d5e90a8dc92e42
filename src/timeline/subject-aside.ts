/**
 * A clause set off by commas between a subject and its verb: a relative clause ("The plan, which
 * was drawn up in 2024, faces a vote on 14 March") or one opened by a past participle ("The plan,
 * first drawn up in 2024, faces a vote on 14 March"). Its verb is the aside's, not the clause's
 * (Quirk et al. 1985, 17.22 on non-restrictive relative clauses and 15.56 on supplementive
 * clauses): a date after it is governed by the verb after the aside ("faces", a present that
 * says neither side), never by the aside's "drawn", as the year it states is the aside's own
 * (resolve.ts `inAside`).
 */
import { isPastForm } from './past-forms.js';

/**
 * An aside set off by commas: ", which …," or ", first drawn up in 2024,", an adverb allowed
 * before the participle ("first", "originally", "long"). Its first word has words after it: in
 * "which, with the balance on January 1st, produces" the comma after "which" opens an aside
 * inside the relative clause, which goes on past the date.
 */
const ASIDE =
  /,\s*(?:(?:which|who|whom|whose)\s|(?:(?:\p{Ll}+ly|first|once|long|since)\s+)?(?<participle>\p{Ll}+)\s)[^,;:]*,/gu;

/**
 * `before` (the text of a sentence before a date) with every aside closed before the date
 * blanked out (see the module note), its length unchanged.
 */
export function withoutSubjectAside(before: string): string {
  return before.replace(ASIDE, (aside: string, ...rest: unknown[]) => {
    const groups = rest[rest.length - 1] as { participle?: string };
    if (groups.participle !== undefined && !isPastForm(groups.participle)) return aside;
    return ' '.repeat(aside.length);
  });
}
