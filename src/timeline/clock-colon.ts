/**
 * A colon that is punctuation, ending a clause, not the one inside a clock time ("from 07:00 on
 * 4 March", "at 05:00 on Thursday"): a colon between two digits separates hours from minutes
 * (ISO 8601 extended format hh:mm; the 24-hour clock of British and European news), so it
 * breaks no clause. A regular-expression source, to be joined into a pattern with flag `u`.
 */
export const PUNCTUATION_COLON = String.raw`(?<!\d):|:(?!\d)`;
