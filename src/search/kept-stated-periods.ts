/**
 * The periods each sentence's own dates name (select/fact-resolved-time.ts `statedPeriods`, from
 * its article's publication date), kept across questions. They depend on the sentence's text, the
 * dates the index saved for it at build and that date alone, never on the question; yet reading
 * them runs the timeline's date detection over the sentence (a calendar date is not saved at
 * build), and other-month.ts asks them of the ranked passages of every question whose time
 * adjunct names a month: some 45% of such an ask on the bundled corpus (session 62's warm
 * profile, the three slowest questions at 2.5–3× the median ask). Memo functions: Michie 1968,
 * "Memo functions and machine learning", Nature 218.
 */
import { IndexedMemo } from '../text/bounded-memo.js';
import type { DayInterval } from '../text/calendar.js';
import { passageTime, statedPeriods, type SavedMention } from './select/fact-resolved-time.js';

/** What a sentence's periods are read from, by sentence number. */
export interface DatedSentences {
  textOf(sentence: number): string;
  /** The sentence's date mentions as the index saved them (search/sentence-dates.ts). */
  datesOf(sentence: number): readonly SavedMention[];
  /** Its article's publication date (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`), null when not stated. */
  publishedOf(sentence: number): string | null;
}

/** Per sentence, its stated periods, made on first use; at most `limit` held (IndexedMemo). */
export class KeptStatedPeriods {
  private readonly kept: IndexedMemo<readonly DayInterval[]>;

  constructor(
    private readonly sentences: DatedSentences,
    limit: number,
  ) {
    this.kept = new IndexedMemo(limit);
  }

  /** `statedPeriods` of sentence `sentence` (an integer ≥ 0), as made afresh; empty when it states no date. */
  at(sentence: number): readonly DayInterval[] {
    let periods = this.kept.get(sentence);
    if (periods === undefined) {
      const { textOf, datesOf, publishedOf } = this.sentences;
      const time = passageTime(textOf(sentence), datesOf(sentence));
      periods = statedPeriods(time, publishedOf(sentence));
      this.kept.set(sentence, periods);
    }
    return periods;
  }
}
