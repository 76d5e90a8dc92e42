/** Checks on a question before it reaches the engine, shared by every front end. */

/** The longest question accepted, in characters (Discord's option is capped to the same). */
export const MAX_QUESTION_LENGTH = 300;

/**
 * Characters that show nothing: white space, control characters (NUL…) and format characters
 * (zero-width space and joiners, BOM, soft hyphen, bidi marks): Unicode categories Cc and Cf.
 */
const INVISIBLE = /[\p{White_Space}\p{Cc}\p{Cf}]/gu;

/** A UTF-16 surrogate, high or low: half of a code point outside the Basic Multilingual Plane. */
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Length in characters as Discord counts an option's `max_length`: code points, so an emoji
 * outside the Basic Multilingual Plane counts once, not as its two UTF-16 units.
 */
export function characterCount(text: string): number {
  // Without a surrogate (most text), each UTF-16 unit is a code point.
  if (!SURROGATE.test(text)) return text.length;
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/**
 * What is wrong with a text's length, as the clause that follows its name ("question is 301
 * characters long; at most 300 are allowed"), or null when it fits: the one wording of every
 * over-long option or question, counted as {@link characterCount} counts.
 */
export function lengthProblem(text: string, max: number): string | null {
  const length = characterCount(text);
  return length > max ? `is ${length} characters long; at most ${max} are allowed` : null;
}

/**
 * Why a question cannot be asked, as a clause a front end puts after its own name ("ask: …",
 * "/ask: ….") or shows alone; null when it can. A question of markup only (tags, Discord
 * mentions: {@link searchableQuestion}) is empty too: nothing of it is searched; the reason says
 * so, since the asker sees characters they typed and would not know why they count for nothing.
 * So is one with no letter or digit (text/terms.ts `holdsWordCharacter`): Unicode emoji, punctuation and
 * symbols hold no word to search for.
 *
 * @example
 * checkQuestion('   ') // 'the question is empty'
 * checkQuestion('\u200b\u0000') // 'the question is empty'
 * checkQuestion('<b></b> @everyone') // 'the question is empty: it holds only markup (tags, mentions, web addresses or emoji)'
 * checkQuestion('🎉 ?!') // 'the question is empty: it holds no letter or digit, only symbols, punctuation or emoji'
 * checkQuestion('x'.repeat(301)) // 'the question is 301 characters long; at most 300 are allowed'
 */
export function checkQuestion(question: string): string | null {
  const empty = 'the question is empty';
  if (question.replace(INVISIBLE, '').length === 0) return empty;
  const tooLong = lengthProblem(question, MAX_QUESTION_LENGTH);
  if (tooLong !== null) return `the question ${tooLong}`;
  // Read for markup only once its length is bounded.
  const searchable = searchableQuestion(question);
  if (searchable.replace(INVISIBLE, '').length === 0)
    return `${empty}: it holds only markup (tags, mentions, web addresses or emoji)`;
  if (!holdsWordCharacter(searchable))
    return `${empty}: it holds no letter or digit, only symbols, punctuation or emoji`;
  return null;
}

import { normalizeText } from '../text/normalize.js';
import { holdsWordCharacter } from '../text/terms.js';
import { withoutFormatting } from './question-formatting.js';
import { withoutMarkup } from './question-markup.js';
import { withMonthsOfDates } from './question-months.js';
import { withNumericDatesWritten } from './question-numeric-dates.js';
import { withTimestampsAsDates } from './question-timestamp.js';

/**
 * The text of a question the engine plans and searches on: in the form article text is stored
 * in (NFC, no invisible characters, plain spaces; {@link normalizeText}), with Discord
 * timestamps read as the UTC day they denote ({@link withTimestampsAsDates}), dates in figures
 * written out where their order is plain ({@link withNumericDatesWritten}), without markup
 * (HTML tags, Discord mentions and custom emoji; {@link withoutMarkup}) or Discord's text
 * formatting (links read as their text, code blocks apart; {@link withoutFormatting}), and a month typed in
 * lower case written as the month where the question's shape makes it a date
 * ({@link withMonthsOfDates}). Every front end's
 * question reaches the engine through here. `''` when nothing but markup was typed.
 *
 * @example
 * searchableQuestion('@everyone <b>when</b> did the bridge\u00A0reopen?') // 'when did the bridge reopen?'
 */
export function searchableQuestion(question: string): string {
  // An ask reads it twice (checkQuestion, then the search): the last one is kept.
  if (lastSearchable?.question !== question) {
    const searched = withMonthsOfDates(
      withoutFormatting(
        withoutMarkup(withNumericDatesWritten(withTimestampsAsDates(normalizeText(question)))),
      ),
    );
    lastSearchable = { question, searched };
  }
  return lastSearchable.searched;
}

/** The question {@link searchableQuestion} read last, and its text. */
let lastSearchable: { question: string; searched: string } | undefined;
