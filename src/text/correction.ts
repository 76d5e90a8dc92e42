/**
 * The words with which an article restates an error it corrects: "An earlier version of this
 * article said the quay reopened on 12 March", "… was misstated as …", "we incorrectly
 * reported …", or a correction note's "Correction: Our article of 17 January said the hall was
 * built in 1881." What follows them in their clause is the error, not what the article reports.
 * One definition for the timeline (timeline/retracted.ts: a date so restated is no event) and
 * for quotes (search/select/widen.ts: such a sentence is quoted with the correction after it).
 */

/**
 * The words of a correction that report the earlier, wrong version: "an earlier version of this
 * article", "the original version said", "misstated", "misreported", "incorrectly said",
 * "wrongly gave". Not any earlier version ("An earlier version of the bill, tabled in March").
 * Global: read its matches with `matchesOf` (text/matches-of.ts).
 */
export const RETRACTION =
  /\b(?:earlier|previous|original|prior)\s+version\s+(?:of\s+this\s+(?:article|story|report|piece|post|item)|(?:said|stated|gave|reported|listed|had))\b|\bmis(?:stated|reported|dated|quoted)\b|\b(?:incorrectly|wrongly|mistakenly|erroneously)\s+(?:said|stated|reported|gave|given|listed|described|dated|put)\b/giu;

/**
 * A correction note's own report of what the outlet said before: a sentence labelled
 * "Correction:" or "Clarification:" whose words, up to a reporting verb, speak of the outlet's
 * own piece ("Our article of 17 January said", "A report on 3 May stated", "We reported", "In
 * our issue of 8 March we said").
 * The label alone is not enough: "Correction: The hall was completed in 1878." states the fact.
 */
const CORRECTION_NOTE =
  /^[*_]*(?:correction|clarification)s?[*_]*\s*[:—–-]\s*[*_]*\s*(?:(?:in|on)\s+(?:our|this|an?|the)\s+(?:earlier\s+|previous\s+)?(?:issue|edition|article|story|report|piece|post|item|broadcast|bulletin|newsletter)\b[^.;:!?]{0,40}?,?\s+)?(?:(?:our|this|an?|the)\s+(?:earlier\s+|previous\s+|original\s+)?(?:article|story|report|piece|post|item|version|issue|edition|broadcast|bulletin|newsletter)\b[^.;:!?]{0,60}?\b(?:said|stated|reported|gave|described|claimed|suggested)|we\s+(?:said|stated|reported|wrote|described|claimed|suggested))\b/iu;

/**
 * Where in `sentence` a correction note's report of the earlier version ends (an offset just
 * after its reporting verb: "Correction: Our article of 17 January said"), or -1 when it opens
 * with none. What follows in its clause is the error corrected.
 */
export function correctionNoteEnd(sentence: string): number {
  const note = CORRECTION_NOTE.exec(sentence);
  return note ? note.index + note[0].length : -1;
}

/** {@link RETRACTION} for a test: a global pattern's `lastIndex` is shared by every scan. */
const ANY_RETRACTION = new RegExp(RETRACTION.source, 'iu');

/** True when `sentence` restates an error its article corrects (see the module note). */
export function restatesError(sentence: string): boolean {
  return correctionNoteEnd(sentence) >= 0 || ANY_RETRACTION.test(sentence);
}

/**
 * Words stating the right value in place of an error just restated: "It was in fact held at …",
 * "The correct figure is £1.2m.", "We should have said …", "… was actually …".
 */
const CORRECTING =
  /\b(?:in\s+fact|actually|correct(?:ed)?\s+(?:figure|date|name|number|total|amount|venue|spelling|title|time|day|year)\s+(?:is|was|are|were)|should\s+have\s+(?:said|read|stated|reported|been)|(?:is|was|are|were)\s+correctly)\b/iu;

/** True when `text` states the right value in place of an error ({@link CORRECTING}: "in fact"). */
export function statesCorrection(text: string): boolean {
  return CORRECTING.test(text);
}

/** A sentence labelled as a correction note ("Correction:", "Clarification —"). */
const CORRECTION_LABEL = /^[*_]*(?:correction|clarification)s?[*_]*\s*[:—–-]/iu;

/**
 * True when `next`, the sentence after `sentence`, gives the right value of an error `sentence`
 * restates: `sentence` restates one ({@link restatesError}) or is labelled a correction note,
 * and `next` states the correction ("It was in fact held at …", "The correct figure is …",
 * "should have said …"). Such a pair is quoted together, never the error alone.
 */
export function correctedByNext(sentence: string, next: string): boolean {
  return (restatesError(sentence) || CORRECTION_LABEL.test(sentence)) && CORRECTING.test(next);
}

/**
 * True when `sentence` is quoted with `next`, the sentence after it in its paragraph: it
 * restates an error ({@link restatesError}), or `next` gives the right value of the error it
 * restates or its correction note labels ({@link correctedByNext}). Depends on the two texts
 * alone, so a reader of a fixed corpus may keep it per sentence.
 */
export function quotedWithNext(sentence: string, next: string): boolean {
  return restatesError(sentence) || correctedByNext(sentence, next);
}

/**
 * A notice correcting or annotating the article, by its opening label: "Correction:",
 * "Clarification —", "Editor's note:", "CORRECTION:". The outlet's own words about its
 * reporting, which are article text wherever a page's layout sets them.
 */
const NOTICE_LABEL =
  /^[*_]*(?:corrections?|clarifications?|editor['’]?s['’]?\s+notes?)[*_]*\s*[:—–-]/iu;

/** True when `text` opens with a correction's or an editor's note's label ({@link NOTICE_LABEL}). */
export function opensWithCorrectionLabel(text: string): boolean {
  return NOTICE_LABEL.test(text.trimStart());
}

/**
 * A note on the article without a label, by its subject: the article itself, or its earlier
 * version, told as revised ("This article was amended on 5 June to correct …", "This story has
 * been updated", "An earlier version of this story misstated …", "A previous version of this
 * article said …"). Outlets set such notes above or below the story in these set forms (the
 * Guardian's "This article was amended on …", the New York Times' "An earlier version of this
 * article …"); a story's own sentences tell of what it reports, not of the article.
 */
const UNLABELLED_NOTE =
  /^[*_]*(?:this\s+(?:article|story|report|piece|post|item)\s+(?:was|has\s+been|had\s+been)\s+(?:amended|corrected|updated|changed|clarified|edited|revised)|(?:an?\s+|the\s+)?(?:earlier|previous|original|prior)\s+version\s+of\s+this\s+(?:article|story|report|piece|post|item))\b/iu;

/**
 * True when `text` opens as the outlet's note on the article: with a correction's or an
 * editor's note's label ({@link opensWithCorrectionLabel}), or as a note without one that
 * tells the article revised ({@link UNLABELLED_NOTE}).
 *
 * @example
 * opensAsNoteOnArticle('This article was amended on 5 June to correct a figure.') // true
 * opensAsNoteOnArticle('The article of the treaty was amended in 1990.') // false
 */
export function opensAsNoteOnArticle(text: string): boolean {
  const start = text.trimStart();
  return NOTICE_LABEL.test(start) || UNLABELLED_NOTE.test(start);
}
