/**
 * Whether a date speaks of the future at the time of writing: a plan, a forecast, a threat.
 * Read per mention, not per sentence: in "Tsertsel, in Thursday's address, did not rule out a
 * 'hot war' in the spring of 2021" the address is past and the spring of 2021 is forecast.
 */

/** Verbs that put what follows them in the future ("did not rule out a war in the spring"). */
const FORECAST =
  /\b(?:not\s+rul(?:e|ed|ing)\s+out|predict(?:s|ed|ing)?|forecast(?:s|ed|ing)?|threaten(?:s|ed|ing)?\s+to|warn(?:s|ed|ing)?\s+of)\b/giu;

/** Auxiliaries of a future clause ("will meet on Monday", "On Monday, he will meet"). */
const AUXILIARY =
  /(?:\b(?:will|shall|won['’]t|(?:is|are|am)\s+going\s+to|plans?\s+to|planning\s+to|intends?\s+to|(?:is|are)\s+(?:set|due|scheduled|expected|slated)\s+to)\b|['’]ll\b)/giu;

/** How many words after a fronted date an auxiliary still governs it. */
const FRONTED_WORDS = 6;

/**
 * True when the date at `start`–`end` of `sentence` is a statement about the future: a future
 * auxiliary or forecast verb comes before it in the sentence, or a future auxiliary follows it
 * within a few words (a fronted date: "On Monday, the president will visit").
 */
export function isFutureMention(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start);
  FORECAST.lastIndex = 0;
  AUXILIARY.lastIndex = 0;
  if (FORECAST.test(before) || AUXILIARY.test(before)) return true;
  const after = sentence
    .slice(end)
    .split(/\s+/)
    .slice(0, FRONTED_WORDS + 1)
    .join(' ');
  AUXILIARY.lastIndex = 0;
  return AUXILIARY.test(after);
}
