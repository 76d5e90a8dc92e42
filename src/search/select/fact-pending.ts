/**
 * A finding against the inquiry still under way. "The inspectors' interim report found that a
 * cracked weld had caused the collapse" tells what an inquiry established, an act told as
 * completed (perfective aspect); "The board's investigation into the cause of the collapse is
 * continuing" tells the inquiry as ongoing (imperfective, progressive: Comrie, "Aspect", 1976,
 * ch. 1–2), its outcome not stated. The second does not entail the first, so the two are never
 * "also reported by" one another, however many words of the thing inquired into they share.
 * Nor do they disagree: an inquiry may go on after an interim finding.
 *
 * Read on the two whole reports: one tells a finding ({@link FINDING}) and the other tells none,
 * but an inquiry in progress or a finding still ahead ({@link ONGOING}).
 */

/**
 * Verbs that report what an inquiry established, as done: "found (that)", "concluded",
 * "established", "determined", "showed", "revealed", "confirmed", "identified". Not after "to"
 * or a modal or "yet to", which tell the finding as still ahead ("trying to establish", "has
 * yet to determine"), nor before "out" ("found out" is learning, not an inquiry's finding: it
 * is read as any other act).
 */
const FINDING =
  /(?<!\b(?:to|will|would|could|may|might|can|cannot|not|never)\s+(?:have\s+)?)\b(?:found|finds|concluded|concludes|established|establishes|determined|determines|showed|shows|shown|revealed|reveals|confirmed|confirms|identified|identifies)\b(?!\s+out\b)/iu;

/** Nouns of an inquiry: the process whose outcome a finding is. */
const INQUIRY_NOUN = String.raw`(?:investigation|inquiry|enquiry|inquest|probe|review|inspection|examination|search|hunt|analysis|tests?)`;

/** Verbs of inquiring, as their stems: "investigat(ing)", "examin(ing)", "stud(ying)". */
const INQUIRING = String.raw`(?:investigat|examin|inspect|stud|review|assess|analys|prob|inquir|enquir|search|look(?:ing)?\s+(?:into|at)|tr(?:ying|ies|y)\s+to\s+(?:establish|determine|find|identify|work\s+out|understand))`;

/**
 * An inquiry told as in progress, or its finding as still ahead: the progressive of a verb of
 * inquiring ("are examining", "is still investigating", "is being investigated", "have been
 * investigating"); an inquiry noun said to go on ("the investigation … is continuing",
 * "continues", "is ongoing", "is under way", "remains open"); a finding not yet made ("has yet
 * to establish", "not yet known", "has not yet reported").
 */
const ONGOING = new RegExp(
  [
    String.raw`\b(?:is|are|was|were|been|being)\s+(?:still\s+|now\s+|also\s+)?(?:being\s+)?${INQUIRING}\w*`,
    String.raw`\b${INQUIRY_NOUN}\b[^.;:!?]*?\b(?:is|are|was|were)\s+(?:still\s+)?(?:continuing|ongoing|under\s*way|in\s+progress)\b`,
    String.raw`\b${INQUIRY_NOUN}\b[^.;:!?]*?\b(?:continues|continued|goes\s+on|remains\s+open|remains\s+under\s*way)\b`,
    String.raw`\b(?:yet\s+to|not\s+yet)\s+(?:be\s+)?(?:establish|determin|identif|known|report|conclud|find|found|confirm)\w*`,
  ].join('|'),
  'iu',
);

/** True when a report tells an inquiry's finding as done ({@link FINDING}). */
export function tellsFinding(text: string): boolean {
  return FINDING.test(text);
}

/** True when a report tells an inquiry as still under way, or its finding as ahead ({@link ONGOING}). */
export function tellsInquiryOngoing(text: string): boolean {
  return ONGOING.test(text);
}

/**
 * True when one report tells a finding and not the inquiry under way, and the other tells no
 * finding but the inquiry as still under way: "… interim report found that a cracked weld had
 * caused the collapse" / "The board's investigation into the cause of the collapse is
 * continuing". A report that tells both ("Police confirmed an investigation is under way")
 * tells the inquiry going on as well, so is not set apart from one that tells only that.
 */
export function findingAgainstPending(a: string, b: string): boolean {
  const fa = tellsFinding(a);
  const fb = tellsFinding(b);
  if (fa === fb) return false;
  const [finding, other] = fa ? [a, b] : [b, a];
  return !tellsInquiryOngoing(finding) && tellsInquiryOngoing(other);
}
