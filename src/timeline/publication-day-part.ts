/**
 * A part of the publication day, or the night before it, as news writes it: "this morning",
 * "this afternoon", "this evening", "tonight", "earlier today", "later today", "last night"
 * (not "the last night", an ordinal of a series). Each names a day counted from the time of
 * writing, as "yesterday" and "today" do (deictic time adverbials: Quirk et al. 1985, §8.55;
 * British news leads date the event so, "councillors last night approved …"): the timeline
 * dates them (date-rules.ts), and a passage holding one says when, relative to its article's date
 * (search/plan/answer-type.ts). A pattern source with no flags and no groups; it matches
 * either case of the first letter, and callers bound it by letters.
 */
export const PUBLICATION_DAY_PART = String.raw`(?:[Tt]his\s+(?:morning|afternoon|evening)|[Tt]onight|(?:[Ee]arlier|[Ll]ater)\s+today|(?<!\b[Tt]he\s)[Ll]ast\s+night)`;
