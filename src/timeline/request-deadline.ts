/**
 * The deadline of something asked for: "asked for a full report on the causes of the delay by the
 * end of July", "The council requested a reply by 3 March", "said he had asked for a report by
 * the end of July". What is requested is due after the request (Quirk et al. 1985, §16.63, as the
 * act of a directive's infinitive is: committed-act.ts), so the past of the asking says nothing of
 * which side of the time of writing the deadline lies: a reply asked by 3 March in an article of
 * 13 March, or a report asked by the end of July in one of 12 June, is the nearer one (resolve.ts
 * takes the nearer year for a date whose tense tells no side).
 */

/**
 * A verb of request or command in the past, its object (at most twelve words, no clause break),
 * then "by" and perhaps a part of a period, up to the date.
 */
const REQUEST_BY = new RegExp(
  String.raw`\b(?:asked|requested|urged|ordered|instructed|sought|demanded|(?:called|pressed)\s+for)\b(?:\s+(?!(?:that|which|who)\b)[^\s;:—–()]+){0,12}?\s+by\s+(?:the\s+(?:end|start|beginning|middle|close)\s+of\s+)?$`,
  'iu',
);

/** True when the date at `start` of `sentence` is the deadline of something asked for (see the file header). */
export function requestDeadline(sentence: string, start: number): boolean {
  return REQUEST_BY.test(sentence.slice(0, start));
}
