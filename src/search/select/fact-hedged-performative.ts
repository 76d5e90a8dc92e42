/**
 * A hedged performative: "can" before a verb of telling in the present, the speaker doing what
 * the verb names while saying so ("Harbour Mining can today confirm that all 14 workers are
 * safe", "Police can reveal that …"). Fraser (1975, "Hedged performatives", in Cole & Morgan
 * (eds.), Syntax and Semantics 3: Speech Acts) shows that a modal before a performative verb
 * leaves the act performed: the statement confirms, it does not say a confirmation is possible.
 * fact-stance.ts reads "can" as a possibility everywhere else.
 *
 * Only "can" (the present: "could confirm" tells of a possibility or the past), only verbs that
 * make a statement public (confirm, announce, reveal, report, disclose), with at most one of
 * "now", "today", "also" between: "A blood test can show whether …" stays a possibility.
 */
export const HEDGED_PERFORMATIVE_VERB = String.raw`(?:now\s+|today\s+|also\s+)?(?:confirm|announce|reveal|report|disclose)\b`;
