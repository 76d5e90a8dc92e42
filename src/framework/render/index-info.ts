/** One line saying which index answers: when it was built and from how many articles. */
import type { IndexInfo } from '../../engine/types.js';
import { counted, pick } from '../../text/plural.js';

/**
 * `2026-11-29T17:40:12.345Z` as `2026-11-29 17:40 UTC`: minutes are enough to tell whether a
 * change has been picked up, and UTC reads the same for every user and in every log.
 */
export function formatBuiltAt(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : 'at an unknown time';
}

/**
 * E.g. "Index built 2026-11-29 17:40 UTC from 233 articles (63064 passages).", every figure the
 * one index's; with articles withheld until a rebuild, a second sentence says how many ("1
 * article is held back until the rebuild: its file was deleted or changed.").
 */
export function describeIndex(info: IndexInfo): string {
  const built = `Index built ${formatBuiltAt(info.builtAt)} from ${counted(info.articles, 'article')} (${counted(info.sentences, 'passage')}).`;
  const withheld = info.withheld ?? 0;
  if (withheld === 0) return built;
  return `${built} ${counted(withheld, 'article')} ${pick(withheld, 'is', 'are')} held back until the rebuild: ${pick(withheld, 'its file was', 'their files were')} deleted or changed.`;
}
