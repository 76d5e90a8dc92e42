/** Renders `/sources`: every article with outlet, date, title, byline, link and passage count, a page at a time. */
import type { IndexInfo, SourceSummary } from '../../engine/types.js';
import { MAX_EMBED_TITLE, MAX_EMBED_TOTAL, MAX_FIELD_NAME, MAX_FIELD_VALUE } from '../limits.js';
import type { ReplyPayload } from '../payload.js';
import { reply } from '../payload.js';
import { fitEscaped, truncate } from '../text.js';
import { COLOR_LIST, footer } from './common.js';
import { describeIndex } from './index-info.js';
import type { PageControls } from './pager.js';
import { clampPage, pageCount, pagerRow } from './pager.js';
import { authorText, linkableUrl, outletAndDate, titleText } from './source.js';
import { counted } from '../../text/plural.js';

/** Articles listed on one page of `/sources` (each is one embed field; 25 is Discord's maximum). */
export const SOURCES_PER_PAGE = 10;

/** One article as a field within about `budget` characters; the link is the first thing dropped when it does not fit. */
function sourceField(source: SourceSummary, budget: number): { name: string; value: string } {
  const name = fitEscaped(
    titleText(source),
    Math.min(MAX_FIELD_NAME, Math.max(40, Math.floor(budget / 3))),
  );
  const room = Math.min(MAX_FIELD_VALUE, budget - name.length);
  const url = linkableUrl(source.url);
  // The byline as the command line's `sources` shows it, an unstated one said so (authorText).
  const text = [
    fitEscaped(outletAndDate(source), 200),
    fitEscaped(authorText(source), 100),
    counted(source.passages, 'passage'),
  ].join(' · ');
  const id = ` · id: ${fitEscaped(source.id, 100)}`;
  const link = url ? ` · [link](${url})` : ' · no link';
  const full = text + link + id;
  if (full.length <= room) return { name, value: full };
  const withoutLink = text + id;
  return { name, value: withoutLink.length <= room ? withoutLink : truncate(withoutLink, room) };
}

/** Renders page `page` of the source list; `info`, when given, says when the index was built. */
export function renderSources(
  sources: readonly SourceSummary[],
  page: number,
  controls?: PageControls,
  info?: IndexInfo,
): ReplyPayload {
  const count = pageCount(sources.length, SOURCES_PER_PAGE);
  const at = clampPage(page, count);
  const onPage = sources.slice(at * SOURCES_PER_PAGE, (at + 1) * SOURCES_PER_PAGE);
  const title = truncate(`Sources: ${counted(sources.length, 'article')}`, MAX_EMBED_TITLE);
  const perField = Math.floor((MAX_EMBED_TOTAL - 400) / Math.max(1, onPage.length));
  const payload = reply({
    embeds: [
      {
        title,
        description: [
          sources.length === 0
            ? 'The corpus has no articles.'
            : 'Every article the bot quotes from. Metadata an article does not state shows as “not stated”. `/ask source:` takes an id, an outlet (all its articles), or a word or the start of a title.',
          ...(info ? [describeIndex(info)] : []),
        ].join('\n'),
        color: COLOR_LIST,
        fields: onPage.map((source) => sourceField(source, perField)),
        footer: footer({ index: at, count }),
      },
    ],
  });
  const components = pagerRow(at, count, controls);
  if (components.length > 0) payload.components = components;
  return payload;
}
