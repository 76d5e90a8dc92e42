/**
 * The comparative and superlative of an adjective ("large": "larger", "largest"), so that a
 * WordNet synonymy between two adjectives links their forms of the same degree: "biggest job
 * loss" finds "the largest single loss". WordNet lists adjectives by their base form only and
 * the Porter stemmer leaves "-er"/"-est" on, so neither unites "biggest" with "large".
 */
import { wordnetExceptions } from '../text/wordnet-exceptions.js';

/** The two inflected degrees of an English adjective. */
export type Degree = 'comparative' | 'superlative';

/** Irregular forms by their lemma and degree ("big" → superlative "biggest"), read once. */
let irregular: Map<string, Record<Degree, string[]>> | undefined;

function irregularForms(): Map<string, Record<Degree, string[]>> {
  if (irregular) return irregular;
  irregular = new Map();
  for (const [form, lemma] of wordnetExceptions('adjective')) {
    if (form === lemma) continue;
    let forms = irregular.get(lemma);
    if (!forms) irregular.set(lemma, (forms = { comparative: [], superlative: [] }));
    // The list does not say which degree a form is; its ending does ("best", "worst", "hottest").
    forms[form.endsWith('st') ? 'superlative' : 'comparative'].push(form);
  }
  return irregular;
}

/**
 * The forms of one-word adjective `lemma` in `degree`: those WordNet's exception list gives
 * ("big": "biggest"; "good": "best"), else the regular ones by English spelling: "-er"/"-est",
 * after a final "e" only "-r"/"-st", a "y" after a consonant written "i" ("larger", "happiest").
 * Adjectives compared with "more"/"most" get a form no text writes, which matches nothing.
 *
 * @example degreeForms('large', 'superlative') // ['largest']
 */
export function degreeForms(lemma: string, degree: Degree): string[] {
  const listed = irregularForms().get(lemma)?.[degree];
  if (listed !== undefined && listed.length > 0) return listed;
  const suffix = degree === 'comparative' ? 'er' : 'est';
  if (lemma.endsWith('e')) return [lemma + suffix.slice(1)];
  if (/[^aeiou]y$/.test(lemma)) return [`${lemma.slice(0, -1)}i${suffix}`];
  return [lemma + suffix];
}
