/**
 * Aliases: spellings of one name ("Lukashenko" / "Lukashenka", "Rosgvardia" / "Russian
 * National Guard"). Each member of a group is analysed into index terms, so a member of
 * several words is a phrase.
 */
import { termsOf } from '../text/terms.js';

/** Alias groups as index-term sequences: `groups[g][m]` is member `m` of group `g`. */
export interface AliasTable {
  groups: string[][][];
  /** For each first term, the members that start with it: `[group, member]` pairs. */
  byFirstTerm: Map<string, Array<[number, number]>>;
}

/** Builds the alias table from groups of spellings as written in the aliases file. */
export function buildAliasTable(groups: readonly (readonly string[])[]): AliasTable {
  const analysed = groups.map((group) =>
    group.map((member) => termsOf(member)).filter((terms) => terms.length > 0),
  );
  const byFirstTerm = new Map<string, Array<[number, number]>>();
  analysed.forEach((group, g) =>
    group.forEach((terms, m) => {
      const first = terms[0] as string;
      const list = byFirstTerm.get(first) ?? [];
      list.push([g, m]);
      byFirstTerm.set(first, list);
    }),
  );
  return { groups: analysed, byFirstTerm };
}

/** An alias group found in a term sequence. */
export interface AliasMatch {
  group: number;
  /** Position of the first matched term and how many terms the match covers. */
  position: number;
  length: number;
}

/**
 * Finds alias members in a sequence of terms, longest match first at each position,
 * without overlaps.
 */
export function findAliases(table: AliasTable, terms: readonly string[]): AliasMatch[] {
  const matches: AliasMatch[] = [];
  let position = 0;
  while (position < terms.length) {
    let best: AliasMatch | undefined;
    for (const [group, member] of table.byFirstTerm.get(terms[position] as string) ?? []) {
      const memberTerms = table.groups[group]?.[member] ?? [];
      const fits = memberTerms.every((term, offset) => terms[position + offset] === term);
      if (fits && memberTerms.length > (best?.length ?? 0)) {
        best = { group, position, length: memberTerms.length };
      }
    }
    if (best) {
      matches.push(best);
      position += best.length;
    } else {
      position += 1;
    }
  }
  return matches;
}
