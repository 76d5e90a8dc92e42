/** The hours a clock shows, as words, in order: "one" is 1 … "twelve" 12 ("six o'clock"). */
export const HOUR_WORDS: readonly string[] =
  'one two three four five six seven eight nine ten eleven twelve'.split(' ');

/**
 * A time of day as news writes it: "9.40 p.m.", "6pm", "14:00", "05:00", "six o'clock", "noon",
 * "midnight", "dawn". The hours as words are those a clock shows (one to twelve). One definition
 * for what "what time" asks for (search/plan/answer-type.ts) and for the time that may stand
 * before a day in a span's ends ("begin at 05:00 on Monday 15 June": timeline/ranges.ts).
 */
export const CLOCK_TIME = new RegExp(
  String.raw`\b(?:\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d{2}|(?:\d{1,2}|${HOUR_WORDS.join('|')}) o['’]clock|noon|midday|midnight|dawn|dusk)(?!\w)`,
  'i',
);
