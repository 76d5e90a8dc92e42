/**
 * The time frame a figure is given for: "70 jobs would go this year" / "95 jobs would go by
 * 2030". A count or sum scoped by a span of time ("this year", "next year", "by 2030", "by the
 * end of the year", "within five years", "over the next decade", "in 2027") is the quantity over
 * that span, so two reports scoping their figures by different spans tell two quantities (a
 * year's cuts and the cuts up to a deadline), never one figure told two ways: the frame is a
 * time adjunct of span or of the end point (Quirk et al. 1985, ch. 8, on adjuncts of time
 * "position", "span" and "relationship"). Two frames are apart when each report states one and
 * they are written differently (compared as written, lower case): two spellings of one span ("this
 * year" and "in 2026", in an article of 2026) are then kept apart too, as a precision-first
 * reading of a dispute must.
 */

/** A frame of time scoping a figure, as written. */
const FRAME =
  /\b(?:(?:this|next|last|the coming|the next|the past)\s+(?:year|month|week|decade|financial year)|by\s+(?:the\s+end\s+of\s+)?(?:\d{4}|next\s+year|this\s+year|the\s+year|the\s+decade)|within\s+(?:the\s+next\s+)?(?:\w+\s+)?(?:years?|months?|weeks?)|over\s+the\s+(?:next|coming|past)\s+(?:\w+\s+)?(?:years?|months?|decade)|in\s+\d{4})\b/giu;

/** The frames `text` states, lower case, spaces folded. */
function framesOf(text: string): Set<string> {
  return new Set([...text.matchAll(FRAME)].map((m) => m[0].toLowerCase().replace(/\s+/g, ' ')));
}

/**
 * True when both texts scope their figures by a time frame and no frame of one is a frame of
 * the other (see the file's comment).
 *
 * @example
 * timeFramesApart('70 jobs would go this year.', '95 jobs would go by 2030.') // true
 * timeFramesApart('70 jobs would go this year.', 'Some 95 jobs would go this year.') // false
 */
export function timeFramesApart(a: string, b: string): boolean {
  const x = framesOf(a);
  const y = framesOf(b);
  return x.size > 0 && y.size > 0 && ![...x].some((frame) => y.has(frame));
}
