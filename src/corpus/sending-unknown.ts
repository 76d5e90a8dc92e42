/**
 * The outlet and date of an article whose package names a sender and a sending date no rule
 * reads as them (an e-mail's `From` and `Date`: extraction.ts PackageSending). Where nothing
 * else gives them they are unknown, never "not stated": the file does name someone and a day,
 * which may be the outlet's and the publication's, or a colleague's who forwarded it.
 */
import type { PackageSending } from './extraction.js';
import { METADATA_FILE } from './files.js';
import type { MetadataEntry } from './metadata.js';
import type { ArticleMeta } from './types.js';

/**
 * `meta` with `outletUnconfirmed` where the outlet is null though the package names a sender,
 * and `publishedUnconfirmed` where no date of any kind is known (none read, no yearless day,
 * none stated unreadably) though the package gives a sending date; fields `articles.json` sets
 * (a value or null) are left as it says. Returns `meta` itself when nothing changes.
 */
export function withSendingUnknown(
  meta: ArticleMeta,
  entry: MetadataEntry | undefined,
  sending: PackageSending,
): ArticleMeta {
  const outletUnknown =
    sending.sender === true &&
    meta.outlet === null &&
    entry?.outlet === undefined &&
    meta.outletUnconfirmed !== true;
  const dateUnknown =
    sending.sent === true &&
    meta.published === null &&
    entry?.published === undefined &&
    meta.publishedMonthDay === undefined &&
    meta.publishedUnread === undefined;
  if (!outletUnknown && !dateUnknown) return meta;
  return {
    ...meta,
    ...(outletUnknown ? { outletUnconfirmed: true } : {}),
    ...(dateUnknown ? { publishedUnconfirmed: true } : {}),
  };
}

/**
 * The note `validate --verbose` gives for what {@link withSendingUnknown} made unknown
 * (`before` → `after`), naming the fields to give in `articles.json`; null when nothing was.
 */
export function sendingNote(before: ArticleMeta, after: ArticleMeta): string | null {
  const outlet = after.outletUnconfirmed === true && before.outletUnconfirmed !== true;
  const date = after.publishedUnconfirmed === true;
  if (!outlet && !date) return null;
  const what = outlet && date ? 'outlet and date are' : outlet ? 'outlet is' : 'date is';
  const why = [
    ...(outlet ? ["an e-mail's sender is not its outlet by itself"] : []),
    ...(date
      ? [
          "its sending date is its publication date only for a newsletter's issue: sent to a mailing list, by a publication or signed by its sender",
        ]
      : []),
  ].join(', and ');
  const fields = [...(outlet ? ['"outlet"'] : []), ...(date ? ['"published"'] : [])].join(' and ');
  return `its ${what} unknown: ${why} (give ${fields} in ${METADATA_FILE})`;
}
