/**
 * A day counted inside a direct quotation: "“We will open on Tuesday,” she said". Deixis in
 * direct speech is the speaker's, not the reporter's: its "Tuesday", like its "today", is
 * counted from the time of speaking (Fillmore 1975, Santa Cruz lectures on deixis; Quirk et al.
 * 1985, §14.29, on direct speech keeping the original speaker's deictic words), which may lie
 * days before the article's publication. A weekday or weekend quoted so is therefore counted
 * from the day of the saying when the reporting clause states it ("…,” the librarian said on
 * Friday"), and otherwise only when the writer's own narration, in an earlier sentence, has
 * already given that very day ("The barrier faced its first test on Wednesday night. … “On
 * Wednesday night we were pulling sandbags,” he said": the one Wednesday the story is about, a
 * temporal anaphor resolved to the narrative's time, Webber 1988). Otherwise it is left
 * undated: which Tuesday the speaker meant depends on a day the article does not state.
 *
 * A day counted from the time of speaking, "today", "this morning", "yesterday", "tomorrow" or
 * "two days ago", is the same deixis, counted the same way from the saying day its sentence
 * states ("“We opened the library today,” the librarian said on Friday": that Friday; "…, she
 * said yesterday"), and otherwise left undated: the narration's having given some day says
 * nothing of which day "today" was for the speaker. (Weeks, months and years counted inside a
 * quotation, "a year ago", are left out when the sentence is read: detect.ts.)
 */
import { OpenQuotations, quotationBalance } from '../text/quotation.js';
import { SPEECH_VERBS } from './lexicon.js';
import type { Mention } from './mention.js';

/** The speech verbs, as one alternation. */
const SAID = [...SPEECH_VERBS].join('|');

/**
 * The words right before a date that dates a saying: a verb of saying, up to three words of its
 * object or subject ("told the Gazette", "said the librarian"), then "on": "said on Friday"; or
 * the verb right before it ("said yesterday", "said Friday").
 */
const SAYING_BEFORE = new RegExp(
  String.raw`\b(?:${SAID})(?:(?:\s+[\p{L}'’]+){0,3}?\s+on)?\s+$`,
  'iu',
);

/**
 * The words right after a date that opens the clause of a saying: up to five words of its
 * subject, then a verb of saying ("On Friday the librarian said: …", "On Friday, she told the
 * Gazette …").
 */
const SAYING_AFTER = new RegExp(String.raw`^,?(?:\s+[\p{L}'’]+){0,5}?\s+(?:${SAID})\b`, 'iu');

/** True when `text` (a sentence) opens inside a quotation and `offset` of it still lies in one. */
export function insideQuotation(text: string, offset: number, opensInside: boolean): boolean {
  return quotationBalance(`${opensInside ? '“' : ''}${text.slice(0, offset)}`).endsInside;
}

/**
 * A mention counted to a day from the time of speaking: a weekday, a weekend, or a day counted
 * from it ({@link deicticDay}).
 */
export function countedToDay(m: Mention): boolean {
  return m.kind === 'weekday' || m.kind === 'weekend' || deicticDay(m);
}

/** A day counted from the time of speaking itself: "today", "yesterday", "two days ago". */
export function deicticDay(m: Mention): boolean {
  return m.kind === 'relative' && m.unit === 'day';
}

/**
 * True when the date at `start`–`end` of `sentence` dates a saying: right after a verb of saying
 * and "on" ("the librarian said on Friday", "told the Gazette on Friday"), or opening the
 * sentence before its subject and verb of saying ("On Friday the librarian said: …"). Read only
 * of a date outside the quotation, the writer's.
 */
export function datesSaying(sentence: string, start: number, end: number): boolean {
  return (
    SAYING_BEFORE.test(sentence.slice(0, start)) ||
    (/^\s*(?:on\s+)?$/iu.test(sentence.slice(0, start)) && SAYING_AFTER.test(sentence.slice(end)))
  );
}

/**
 * Reads, sentence after sentence of one article, whether each sentence opens inside a quotation
 * an earlier sentence of its paragraph left open (the splitter cut "…said: “It was terrible. We
 * saw the flames on Tuesday.”" in two). Sentences are read in text order; reading one of another
 * paragraph starts afresh.
 */
export class QuotationState {
  #quotations: OpenQuotations | undefined;

  constructor(private readonly text: string) {}

  /** True when the sentence starting at `start`, in the paragraph starting at `paragraph`, opens inside a quotation. */
  opensInside(paragraph: number, start: number): boolean {
    const from = Math.min(paragraph, start);
    if (this.#quotations?.from !== from || this.#quotations.at > start)
      this.#quotations = new OpenQuotations(this.text, from);
    return this.#quotations.endsInsideAt(start);
  }
}
