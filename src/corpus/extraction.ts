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
  /**
   * A name the page sets where an outlet's name stands that no rule confirms as its outlet (a
   * `<title>`'s site name alone beside the headline, a masthead nothing corroborates, a name
   * beside the publication line): never shown; with no outlet read, it makes the outlet unknown,
   * not unstated, unless the corpus names that outlet elsewhere (load.ts), which confirms it.
   */
  outletCandidate?: string;
  /**
   * With no `published` read, the text of a field naming the publication date that states no
   * date the rules read (`date: around midsummer 2025`, `date: 32/13/2025`), whitespace
   * collapsed, at most {@link MAX_UNREAD_DATE} characters: the date is stated but unreadable,
   * so "date not stated" would be untrue. Shown quoted as not read; never used for dating.
   */
  publishedUnread?: string;
}

/**
 * What a package states of who sent the article and when, read by no rule as its outlet or
 * publication date (an e-mail's `From` and `Date`, RFC 5322 §3.6: who sent it and when, email.ts).
 * Where nothing else gives the outlet or the date, it is unknown, not unstated: the file names a
 * sender and a sending date, which may be the outlet's and the publication's or not.
 */
export interface PackageSending {
  /** The package names a sender (`From`). */
  sender?: true;
  /** The package gives a sending date (`Date`). */
  sent?: true;
}

/** Characters of an unreadable stated date kept (StatedMeta.publishedUnread). */
export const MAX_UNREAD_DATE = 80;

/** A line of the file that did not reach the article text, and why. */
export interface DroppedLine {
  line: string;
  /** The rule that dropped it: "navigation", "photo caption", "byline", … */
  reason: DropReason;
}

/**
 * What the file around an article's text states that cleaning uses to tell the page's
 * furniture from the article's words: never metadata by itself.
 */
export interface PageContext {
  /**
   * The display name of an e-mail's `From` (RFC 5322 §3.4), "Marrow Bay Gazette" in
   * `Marrow Bay Gazette <briefing@…>`: whose newsletter it may be (newsletter-masthead.ts).
   */
  sender?: string;
  /**
   * The e-mail's `Subject` marks it a forward ("Fwd: …", "FW: …"; email.ts): its mail program
   * set the message it forwards under its separator, however long the note above
   * (forwarded-message.ts).
   */
  forwarded?: true;
  /**
   * The text of each item of the page's lists (an `<li>`; Markdown's "- …", "1. …"), whitespace
   * collapsed to single spaces: the page sets each apart, so none is run on into the paragraph
   * above it as a sentence a page break split (read-blocks.ts).
   */
  listItems?: readonly string[];
  /**
   * The title the file's package states ({@link Extraction.packageTitle}: an e-mail's
   * `Subject`): the heading it restates is the headline (package-title-headline.ts).
   */
  packageTitle?: string;
  /**
   * The section names an HTML page's navigation lists (the links of its `<nav>` elements), read
   * before the article body is extracted and the navigation with it is left out.
   */
  sections?: readonly string[];
  /**
   * Names the page states as its site's own (site-evidence.ts): the text of a link to its home
   * page ("[KVCT 9 News](https://kvct.com/)"), its banner's name, its copyright holder. They
   * corroborate a masthead naming the same (masthead.ts), never name the outlet alone.
   */
  siteNames?: readonly string[];
  /**
   * The holders the page's copyright notices name outside the text handed on (a saved page's
   * footer, which Readability leaves out: site-evidence.ts). They state the outlet as a notice
   * in the text's own footer does (clean.ts), where nothing else names one.
   */
  footerHolders?: readonly string[];
  /**
   * The whole text the article's text was taken from, where more than that text (an HTML
   * page's body as blocks, before Readability leaves out what it judges no part of the
   * article): what cleaning finds the gaps of a paragraph against (omissions.ts), so text left
   * out inside a paragraph is marked whichever step left it out. Absent: the article's text.
   */
  source?: string;
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
  /**
   * A publication date the file's package states (a mailing list's message: its `Date`,
   * email.ts), `YYYY-MM-DD`: the date only when the article states none, nor has a dateline,
   * and is no forwarded message (whose own date is when it was sent, not published).
   */
  packageDate?: string;
  /**
   * The day a message not sent to a list was sent (Unpacked.sentDate), `YYYY-MM-DD`: taken as
   * {@link packageDate} only when cleaning shows the message the sender's own mailing.
   */
  packageSentDate?: string;
  /** Who sent the package and when, as it states them (see {@link PackageSending}); absent: neither. */
  packageSending?: PackageSending;
  /** What the file around the text states for cleaning (see {@link PageContext}); absent: nothing. */
  context?: PageContext;
  /**
   * What is wrong with the file though it is read, each a sentence to follow its name (an HTML
   * page cut off, front matter that is no valid YAML): problems `validate` lists, read in the same
   * pass as the text. Absent: none.
   */
  problems?: string[];
}
