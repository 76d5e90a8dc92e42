/**
 * A body's name as a press release's header sets it: the name of a council, a force, a ministry,
 * a company. English names such bodies in two orders: its noun last ("Aldshire District Council",
 * "Kestrel Water Board", "Velstra Ltd") or, for a state's and many an institution's, its noun
 * first with what it is of or for ("Ministry of Heritage", "Department of Health", "Office for
 * National Statistics", "Bank of England"). A title-case headline may end or open so too ("Mayor
 * Thanks Fire Service", "Bank of England Raises Rates"): the press-release rules tell the two apart
 * by where the line stands and whether the page names the body again (press-release.ts).
 */

/** Nouns of a body that issues releases: a council, a force, a ministry, a company. */
const BODY_NOUNS =
  'council|authority|police|constabulary|service|ministry|department|office|agency|commission|government|parliament|assembly|trust|university|college|school|hospital|board|committee|company|corporation|ltd|limited|plc|inc|llc|group|foundation|association|society|federation|union|institute|partnership|network|club|church|court|army|navy';

/** The body's noun ending its name: "Aldshire District Council", "Velstra Ltd.". */
const NOUN_LAST = new RegExp(`\\b(?:${BODY_NOUNS})\\.?$`, 'i');

/**
 * Nouns that name an institution before "of" or "for" ("Ministry of Heritage", "Bank of
 * England", "Office for National Statistics", "Secretariat of the Pacific Community"), with the
 * nouns of {@link BODY_NOUNS} ("Water Services Authority of the Republic of Dunmere", "Police
 * Service of Northern Ireland").
 */
const NOUN_OF = new RegExp(
  `\\b(?:bank|secretariat|bureau|directorate|museum|${BODY_NOUNS})\\s+(?:of|for)\\s+(?:the\\s+)?(\\S)`,
  'i',
);

/** Capitalised words a body's name may set before its noun: "Water Services Authority of …". */
const MAX_WORDS_BEFORE_NOUN = 3;

/**
 * True when `name` ends in a body's noun ("Aldshire District Council", "Velstra Ltd."). The
 * name's case is checked by the caller (a run of capitalised words).
 */
export function endsInBodyNoun(name: string): boolean {
  return NOUN_LAST.test(name.trim());
}

/**
 * True when `name` names a body by its noun before "of"/"for" and a capitalised word, the noun
 * opening the name or after a few capitalised words ("Ministry of Heritage", "Office for
 * National Statistics", "Water Services Authority of the Republic of Dunmere"; never "Office for
 * rent"). A title-case headline may open with such a name too ("Bank of England Raises Rates"),
 * so the caller confirms it elsewhere on the page.
 *
 * @example
 * namesBodyByNounOf('Ministry of Heritage') // true
 * namesBodyByNounOf('Council Opens New Library') // false
 */
export function namesBodyByNounOf(name: string): boolean {
  const trimmed = name.trim();
  const found = NOUN_OF.exec(trimmed);
  if (found === null) return false;
  const before = trimmed.slice(0, found.index).split(/\s+/).filter(Boolean);
  if (/^the$/i.test(before[0] ?? '')) before.shift();
  // The noun and the words before it are the name's, so capitalised; so is what it is of or for.
  return (
    before.length <= MAX_WORDS_BEFORE_NOUN &&
    [...before, found[0], found[1] ?? ''].every((word) => /^\p{Lu}/u.test(word))
  );
}
