/** One line saying which index answers: when it was built and from how many articles. */
import type { IndexInfo } from '../../engine/types.js';
import { counted } from '../../text/plural.js';

/**
 * `2026-11-29T17:40:12.345Z` as `2026-11-29 17:40 UTC`: minutes are enough to tell whether a
 * change has been picked up, and UTC reads the same for every user and in every log.
 */
export function formatBuiltAt(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : 'at an unknown time';
}

/** E.g. "Index built 2026-11-29 17:40 UTC from 233 articles (63064 passages)." */
export function describeIndex(info: IndexInfo): string {
  return `Index built ${formatBuiltAt(info.builtAt)} from ${counted(info.articles, 'article')} (${counted(info.sentences, 'passage')}).`;
}
