/** What reading one article file gives, whatever its format: text to clean and stated metadata. */
import type { DropReason } from './drop-reasons.js';

/** Metadata an article file states about itself (HTML meta tags, Markdown front matter); absent = not stated. */
export interface StatedMeta {
  title?: string;
  outlet?: string;
  /** `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`). */
  published?: string;
  url?: string;
  author?: string;
}

/** A line of the file that did not reach the article text, and why. */
export interface DroppedLine {
  line: string;
  /** The rule that dropped it: "navigation", "photo caption", "byline", … */
  reason: DropReason;
}

/** An article file reduced to plain text: paragraphs separated by a blank line. */
export interface Extraction {
  text: string;
  stated: StatedMeta;
  /** Lines removed by the format's reader (page furniture around an HTML article, images). */
  dropped: DroppedLine[];
  /**
   * A title the file's package states for it (an e-mail's subject): the title only when the
   * article states none and cleaning finds no headline in it.
   */
  packageTitle?: string;
}
