/**
 * A request against the decision on it: "The rowing club asked Dunmore Council for a grant of
 * £4,000" / "Dunmore Council approved the request for a £4,000 grant". The two share the
 * parties, the sum and the thing asked for, but tell two events of one exchange, an act of
 * asking and the response to it, done by different parties at different times (a request is an
 * illocutionary act complete when made, whatever its answer: Searle 1969, Speech Acts, ch. 3).
 * The decision names the request as its object ("the request", "the application"): a thing
 * decided on, not the asking reported again.
 *
 * Read from the verbs alone: one report asks (ask, apply, request, seek, appeal, bid) and
 * decides nothing, the other decides (approve, grant, award, accept, reject, refuse, decline,
 * turn down, throw out). Nouns are not verbs here: "a grant", "the request" and "an appeal" ask
 * or decide nothing, so the verb forms read are those that cannot be nouns.
 */

/** Verbs of asking, as verbs: "asked … for", "has applied for", "is seeking", "requested". */
const ASKING =
  /\b(?:ask(?:s|ed|ing)?|appl(?:ied|ies|ying)\s+(?:to|for)|requested|requesting|sought|seek(?:s|ing)?|appealed|appealing|bid\s+for)\b/i;

/** Verbs of deciding on what was asked: "approved", "was granted", "turned down". */
const DECIDING =
  /\b(?:approv(?:e|ed|es|ing)|granted|awarded|accept(?:ed|s|ing)|reject(?:ed|s|ing)|refus(?:ed|es|ing)|declin(?:ed|es|ing)|turn(?:ed|s|ing)?\s+down|thr(?:ew|own)\s+out)\b/i;

/**
 * True when one text tells an act of asking and no decision, and the other a decision on it
 * (see the file's comment), either way round.
 *
 * @example
 * requestAgainstDecision(
 *   'The club asked the council for a £4,000 grant.',
 *   'The council approved the club’s request for a £4,000 grant.',
 * ) // true
 */
export function requestAgainstDecision(a: string, b: string): boolean {
  const asks = (text: string) => ASKING.test(text) && !DECIDING.test(text);
  const decides = (text: string) => DECIDING.test(text) && !ASKING.test(text);
  return (asks(a) && decides(b)) || (asks(b) && decides(a));
}
