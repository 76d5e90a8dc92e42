/** Renders `/sources`: every article with outlet, date, title, link and passage count, a page at a time. */
import type { SourceSummary } from '../../engine/types.js';
import { MAX_EMBED_TITLE, MAX_FIELD_NAME, MAX_FIELD_VALUE } from '../limits.js';
import type { ReplyPayload } from '../payload.js';
import { reply } from '../payload.js';
import { escapeMarkdown, fitEscaped, truncate } from '../text.js';
import { COLOR_LIST, footer } from './common.js';
import type { PageControls } from './pager.js';
import { clampPage, pageCount, pagerRow } from './pager.js';
import { dateText, linkableUrl, outletName } from './source.js';

/** Articles listed on one page of `/sources` (each is one embed field; 25 is Discord's maximum). */
export const SOURCES_PER_PAGE = 10;

function sourceField(source: SourceSummary): { name: string; value: string } {
  const url = linkableUrl(source.url);
  const parts = [
    escapeMarkdown(outletName(source)),
    escapeMarkdown(dateText(source)),
    `${source.passages} passage${source.passages === 1 ? '' : 's'}`,
    url ? `[link](${url})` : 'no link',
    `id: ${escapeMarkdown(source.id)}`,
  ];
  return {
    name: fitEscaped(source.title.trim() || 'untitled', MAX_FIELD_NAME),
    value: truncate(parts.join(' · '), MAX_FIELD_VALUE),
  };
}

/** Renders page `page` of the source list. */
export function renderSources(sources: readonly SourceSummary[], page: number, controls?: PageControls): ReplyPayload {
  const count = pageCount(sources.length, SOURCES_PER_PAGE);
  const at = clampPage(page, count);
  const onPage = sources.slice(at * SOURCES_PER_PAGE, (at + 1) * SOURCES_PER_PAGE);
  const title = truncate(`Sources: ${sources.length} article${sources.length === 1 ? '' : 's'}`, MAX_EMBED_TITLE);
  const payload = reply({
    embeds: [
      {
        title,
        description:
          sources.length === 0
            ? 'The corpus has no articles.'
            : 'Every article the bot quotes from. Metadata an article does not state shows as unknown. Use an id with `/ask source:`.',
        color: COLOR_LIST,
        fields: onPage.map(sourceField),
        footer: footer({ index: at, count }),
      },
    ],
  });
  const components = pagerRow(at, count, controls);
  if (components.length > 0) payload.components = components;
  return payload;
}
