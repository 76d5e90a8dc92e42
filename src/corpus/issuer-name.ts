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
 * Nouns that open an institution's name before "of" or "for" ("Ministry of Heritage", "Bank of
 * England", "Office for National Statistics", "Secretariat of the Pacific Community").
 */
const NOUN_FIRST =
  /^(?:the\s+)?(?:ministry|department|office|bank|agency|authority|commission|council|board|institute|secretariat|bureau|directorate|court|university|college|museum)\s+(?:of|for)\s+(?:the\s+)?(\S)/i;

/**
 * True when `name` ends in a body's noun ("Aldshire District Council", "Velstra Ltd."). The
 * name's case is checked by the caller (a run of capitalised words).
 */
export function endsInBodyNoun(name: string): boolean {
  return NOUN_LAST.test(name.trim());
}

/**
 * True when `name` opens with a body's noun before "of"/"for" and a capitalised word ("Ministry
 * of Heritage", "Office for National Statistics"; never "Office for rent"). A title-case headline
 * may open with such a name too ("Bank of England Raises Rates"), so the caller confirms it
 * elsewhere on the page.
 *
 * @example
 * opensWithBodyNoun('Ministry of Heritage') // true
 * opensWithBodyNoun('Council Opens New Library') // false
 */
export function opensWithBodyNoun(name: string): boolean {
  // What the body is of or for is a name too, so capitalised.
  const of = NOUN_FIRST.exec(name.trim())?.[1];
  return of !== undefined && /\p{Lu}/u.test(of);
}
