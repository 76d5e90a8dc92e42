/**
 * The verdict of the gates of abstention that read, at each occurrence of the asked noun in a
 * sentence, whether the sentence gives it to the thing the question names (`same`), to another
 * (`other`), or to none it states (`none`): a proper qualifier ("the Spanish culture minister",
 * abstain-other-qualifier.ts) and a described owner ("the council's chief executive",
 * abstain-described-owner.ts). A restrictive modifier or a genitive picks out one referent
 * (Quirk et al. 1985, §5.115–5.116, §17.3), so a passage giving the noun only to another tells
 * nothing of the one asked; one that names no owner may still tell of it when its context does.
 */
import type { AbstentionInput } from './abstain-features.js';
import { candidateContext } from './abstain-features.js';
import { SEARCH_OPTIONS } from './options.js';

/** How a sentence gives one occurrence of the asked noun: to the asked thing, another, or none. */
export type Given = 'same' | 'other' | 'none';

/**
 * Undefined when no leading candidate (the first `SEARCH_OPTIONS.abstain.topPassages`) gives the
 * asked noun only to others (`read` of its sentence all `other`): the gate has nothing to say.
 * Else true when a sentence the candidates are read in (abstain-features.ts `candidateContext`)
 * gives it to the asked thing, or gives it to none while `heldUnstated` holds of that sentence
 * (its context names the asked thing); false otherwise. Costs one `read` of each leading
 * candidate and one pass over the candidates' context.
 *
 * @param read the occurrences of the asked noun in a sentence, by index, as {@link Given}
 * @param heldUnstated whether a sentence that gives the noun to none is about the asked thing
 */
export function otherOnlyVerdict(
  input: AbstentionInput,
  read: (sentence: number) => readonly Given[],
  heldUnstated: (sentence: number) => boolean,
): boolean | undefined {
  const leading = input.ranked.slice(0, SEARCH_OPTIONS.abstain.topPassages);
  const otherOnly = (found: readonly Given[]) =>
    found.length > 0 && found.every((given) => given === 'other');
  if (!leading.some((c) => otherOnly(read(c.sentence)))) return undefined;
  for (const s of candidateContext(input)) {
    const found = read(s);
    if (found.includes('same')) return true;
    if (found.includes('none') && heldUnstated(s)) return true;
  }
  return false;
}
