/**
 * What a corpus's articles do not state of their metadata, for `npm run validate`: an
 * administrator learns which articles `/sources` will show as untitled, of no outlet, author or
 * date, and which will date nothing on `/timeline`, before the bot is asked, and can fill the
 * gaps in `articles.json` (docs/corpus-folder.md). Never a problem: the bot shows what an article
 * states, and says when it states nothing, rather than guessing.
 */
import type { ArticleMeta } from './types.js';
import { counted } from '../text/plural.js';

/** A kind of gap, in the order the report lists them. */
export type MetadataGap =
  'title' | 'outlet' | 'outletUnconfirmed' | 'author' | 'date' | 'dateUnconfirmed' | 'year';

/** The articles (their files) lacking each kind of metadata, for kinds some article lacks. */
export type MetadataGaps = Partial<Record<MetadataGap, string[]>>;

/** What each gap means for the bot's replies. */
const GAP_MESSAGES: Record<MetadataGap, string> = {
  title: 'no headline stated (shown as untitled)',
  outlet: 'no outlet stated (shown as not given)',
  outletUnconfirmed:
    'a name set where an outlet\'s stands that nothing on the page confirms (shown as unknown; give "outlet" in articles.json)',
  author: 'no author stated',
  date: 'no publication date stated (shown as not stated; their relative dates, "yesterday", "next month", a weekday, date nothing on /timeline)',
  dateUnconfirmed:
    'a sending date that no rule reads as the publication date (shown as unknown; give "published" in articles.json)',
  year: 'a publication date without its year (shown as stated; their relative dates, "yesterday", "next month", a weekday, date nothing on /timeline)',
};

/**
 * The gaps in `articles`' metadata: a field an article does not state, not one its
 * `articles.json` entry sets to null (the administrator's own "unknown"); an outlet or date the
 * file names where one stands but no rule confirms (`outletUnconfirmed`, `publishedUnconfirmed`)
 * is a gap of its own kind, unknown rather than unstated.
 */
export function metadataGaps(articles: readonly ArticleMeta[]): MetadataGaps {
  const gaps: MetadataGaps = {};
  const add = (gap: MetadataGap, file: string) => (gaps[gap] ??= []).push(file);
  for (const meta of articles) {
    const nulled = new Set(meta.nullInArticlesJson ?? []);
    if (meta.title.trim() === '' && !nulled.has('title')) add('title', meta.file);
    // A name the page sets where an outlet's stands, unconfirmed, is unknown, not unstated.
    if (meta.outlet === null && !nulled.has('outlet'))
      add(meta.outletUnconfirmed === true ? 'outletUnconfirmed' : 'outlet', meta.file);
    if (meta.author === null && !nulled.has('author')) add('author', meta.file);
    // A date stated in a form no rule reads has a warning of its own (validate.ts).
    if (meta.published === null && !nulled.has('published') && meta.publishedUnread === undefined)
      add(
        meta.publishedMonthDay !== undefined
          ? 'year'
          : meta.publishedUnconfirmed === true
            ? 'dateUnconfirmed'
            : 'date',
        meta.file,
      );
  }
  return gaps;
}

/**
 * The gaps as lines for a person, one per kind: "note: no author stated in 2 articles (--verbose
 * lists them)"; with `verbose`, the files after a colon ("…in 2 articles: a.txt, b.md"). A corpus
 * of thousands of articles gets a few lines, not one per file.
 */
export function formatMetadataGaps(gaps: MetadataGaps, verbose: boolean): string[] {
  return (Object.keys(GAP_MESSAGES) as MetadataGap[]).flatMap((gap) => {
    const files = gaps[gap];
    if (files === undefined) return [];
    const where = `${GAP_MESSAGES[gap]} in ${counted(files.length, 'article')}`;
    return [
      verbose ? `note: ${where}: ${files.join(', ')}` : `note: ${where} (--verbose lists them)`,
    ];
  });
}
