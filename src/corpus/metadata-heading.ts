/**
 * Which sentences may be quoted as passages. An article's title (its headline, set as a heading
 * in a .txt or .md file) and its outlet's name (a masthead) are metadata: the reply already
 * shows them with every source, and they are a label of the article, not a statement of it.
 * Quoting "Belarus, Russia sign agreement on security forces’ cooperation" as the answer to
 * "when was the agreement signed" shows a title as if the article said it. Such headings stay
 * in the index (their words still tell which article a question is about) but are never ranked.
 */
import { isOutletName, isOutletNameLast } from './credit-fields.js';
import { siteAndSection, withoutSiteName } from './headline.js';
import { isMastheadName, isMastheadShape } from './masthead.js';
import { nameWords, publicationWords } from './newsletter-masthead.js';
import type { CleanArticle, Sentence } from './types.js';

/** Case, runs of whitespace and curly or straight quotes do not make a heading another text. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * True for an edition's or a newsletter's name set as a masthead: an outlet's name of two words
 * or more followed by a newsletter's or an edition's words ("Coastline Gazette Weekend", "Marrow
 * Bay Gazette Daily Briefing"; newsletter-masthead.ts publicationWords), read as a sender's name
 * is, a product's words aside (mailing-outlet.ts senderPublication). It names the publication,
 * so it is a label of the article, never a statement of it.
 */
function isEditionName(text: string): boolean {
  if (!isMastheadShape(text)) return false;
  const publication = publicationWords(text);
  return (
    publication.length >= 2 &&
    publication.length < nameWords(text).length &&
    isOutletNameLast(publication.join(' '))
  );
}

/**
 * True when a sentence is one of its article's metadata set as a heading: the title, the
 * outlet's name or the headline cleaning read (compared without regard to case, whitespace or
 * the kind of quotation marks, and with a site name beside it left out as cleaning leaves it
 * out of the title), or any outlet's name set as a masthead (masthead.ts: "Velmora Courier"
 * above the headline names the outlet even when nothing corroborates it, so it is no statement),
 * with its edition's or newsletter's words or not ("Coastline Gazette Weekend": {@link
 * isEditionName}), wherever it stands (under the byline too),
 * alone or beside a section's ("Radio Brackwater - News": headline.ts siteAndSection). The headline counts even when `articles.json` gives another
 * title or `"title": null`: null says the title is not stated there, not that the headline
 * is a statement of the article.
 */
export function isMetadataHeading(
  sentence: Sentence,
  text: string,
  article: Pick<CleanArticle, 'meta' | 'headline'>,
): boolean {
  if (sentence.kind !== 'heading') return false;
  const heading = normalise(text);
  if (heading === '') return false;
  if (isMastheadName(text) || isEditionName(text)) return true;
  // A site's header naming the outlet and a section ("Radio Brackwater - News") names the
  // outlet as a masthead does.
  if (siteAndSection(text)?.some(isOutletName)) return true;
  // The headline line as the file sets it may carry the site's name ("Pier repairs finished
  // early | Gull Bay Times"): compared as cleaning read it, without that name (headline.ts).
  const bare = normalise(withoutSiteName(text, { site: article.meta.outlet ?? undefined }));
  return [article.meta.title, article.meta.outlet, article.headline].some(
    (value) => value && (normalise(value) === heading || normalise(value) === bare),
  );
}
