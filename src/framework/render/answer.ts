/**
 * Renders the engine's {@link Answer} as Discord replies: one embed per quoted passage, its
 * source, who else reported it, a page of results at a time, and a "Full passage" button for any
 * quote that had to be cut.
 */
import type { Answer, AnswerPassage, Quote } from '../../engine/types.js';
import {
  MAX_BUTTON_LABEL,
  MAX_BUTTONS_PER_ROW,
  MAX_CONTENT,
  MAX_EMBED_DESCRIPTION,
  MAX_EMBED_TITLE,
  MAX_EMBED_TOTAL,
  MAX_EMBEDS,
  MAX_FIELD_VALUE,
} from '../limits.js';
import type { ActionRow, Embed, ReplyPayload } from '../payload.js';
import { button, reply, rows } from '../payload.js';
import { CUT_MARKER, escapeMarkdown, fitEscaped, fitQuote, truncate } from '../text.js';
import { COLOR_ABSTAIN, COLOR_ANSWER, embedTextLength, footer } from './common.js';
import type { PageControls } from './pager.js';
import { clampPage, pageCount, pagerRow } from './pager.js';
import { dateText, linkableUrl, MAX_TITLE_IN_LINE, outletName, sourceLine } from './source.js';

/** Longest question echoed back in a reply, before it is cut. */
export const MAX_QUESTION_SHOWN = 500;
/** Longest excerpt of another outlet's quote in the "Also reported by" field. */
export const MAX_ALSO_EXCERPT = 160;
/** The shortest room given to a quote before other outlets are dropped instead. */
const MIN_QUOTE_BUDGET = 80;
/** Room kept free under the 6,000-character embed total. */
const EMBED_TOTAL_MARGIN = 50;

/** Buttons of an answer reply: its pages, and "Full passage" for each cut quote. */
export interface AnswerControls extends PageControls {
  /** custom_id of the button that shows passage `index` (position in the answer's list) in full. */
  fullPassage(index: number): string;
}

/** How to show an answer: which page, how many passages a page, buttons, who to ping. */
export interface AnswerView {
  page: number;
  perPage: number;
  controls?: AnswerControls;
  /** The `/ask mention` user: named at the top and the only one allowed to be pinged. */
  pingUser?: string;
  ephemeral?: boolean;
}

/** The passages an answer shows: its answer, or when it abstains the closest ones (not an answer). */
export function shownPassages(answer: Answer): AnswerPassage[] {
  return answer.answered ? answer.passages : answer.closest;
}

/** How many pages the answer needs at `perPage` passages a page. */
export function answerPageCount(answer: Answer, perPage: number): number {
  return pageCount(shownPassages(answer).length, perPage);
}

function questionLine(answer: Answer, pingUser: string | undefined): string {
  const mention = pingUser ? `<@${pingUser}> ` : '';
  const line = `${mention}**Question:** ${escapeMarkdown(truncate(answer.question, MAX_QUESTION_SHOWN))}`;
  return line.length <= MAX_CONTENT ? line : `${mention}**Question:** ${CUT_MARKER}`;
}

/** Lines "Outlet · “Title” · date: “excerpt”", as many as fit in a field, then "…and N more". */
function alsoReportedField(quotes: readonly Quote[], max: number): { text: string; cut: boolean } {
  const lines: string[] = [];
  let cut = false;
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i]!;
    const excerpt = fitQuote(q.quote, [], MAX_ALSO_EXCERPT);
    const line = `• ${sourceLine(q.source, 80)}: ${excerpt.text}`;
    const rest = quotes.length - i - 1;
    const tail = rest > 0 ? `\n…and ${rest} more` : '';
    if ([...lines, line].join('\n').length + tail.length > max) {
      const more = `…and ${quotes.length - i} more`;
      if (lines.length === 0)
        return {
          text: truncate(`• ${sourceLine(q.source, 40)}`, max - more.length - 1) + '\n' + more,
          cut: true,
        };
      return { text: `${lines.join('\n')}\n${more}`, cut: true };
    }
    cut ||= excerpt.cut;
    lines.push(line);
  }
  return { text: lines.join('\n'), cut };
}

interface RenderedPassage {
  embed: Embed;
  cut: boolean;
}

/** Longest embed title of a passage ("1. Outlet, date"). */
const MAX_PASSAGE_TITLE = 120;
/** The least room a quote gets, however little is left. */
const MIN_QUOTE_ROOM = 40;

/**
 * One passage as an embed using at most about `budget` characters of embed text: title, source
 * and "also reported by" first (each bounded), the quote gets the rest.
 */
function passageEmbed(
  passage: AnswerPassage,
  index: number,
  answered: boolean,
  budget: number,
): RenderedPassage {
  const label = answered ? `${index + 1}.` : `Closest passage ${index + 1} (not an answer):`;
  const title = `${label} ${fitEscaped(`${outletName(passage.source)}, ${dateText(passage.source)}`, MAX_PASSAGE_TITLE - label.length - 1)}`;
  const fields = [
    {
      name: 'Source',
      value: truncate(
        sourceLine(passage.source, budget < 1500 ? 60 : MAX_TITLE_IN_LINE),
        MAX_FIELD_VALUE,
      ),
    },
  ];
  let alsoCut = false;
  if (passage.alsoReportedBy.length > 0) {
    const also = alsoReportedField(
      passage.alsoReportedBy,
      Math.min(MAX_FIELD_VALUE, Math.max(120, Math.floor(budget * 0.3))),
    );
    fields.push({ name: 'Also reported by', value: also.text });
    alsoCut = also.cut;
  }
  const used = title.length + fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
  const quote = fitQuote(
    passage.quote,
    passage.highlights,
    Math.min(MAX_EMBED_DESCRIPTION, Math.max(MIN_QUOTE_ROOM, budget - used)),
  );
  const embed: Embed = {
    title,
    description: quote.text,
    color: answered ? COLOR_ANSWER : COLOR_ABSTAIN,
    fields,
  };
  const url = linkableUrl(passage.source.url);
  if (url) embed.url = url;
  return { embed, cut: quote.cut || alsoCut };
}

function abstentionEmbed(hasClosest: boolean): Embed {
  const closest = hasClosest
    ? ' The passages below are the closest the articles come. **They are not an answer**, only shown so you can judge for yourself.'
    : '';
  return {
    title: 'The coverage does not answer this question',
    description:
      `None of the articles answers it.${closest}\n` +
      'See `/sources` for the articles the bot knows, and `/timeline` to browse events by date.',
    color: COLOR_ABSTAIN,
  };
}

/** Renders page `view.page` of an answer (or an abstention) as a reply payload within Discord's limits. */
export function renderAnswer(answer: Answer, view: AnswerView): ReplyPayload {
  const all = shownPassages(answer);
  const count = answerPageCount(answer, view.perPage);
  const page = clampPage(view.page, count);
  const first = page * view.perPage;
  const onPage = all.slice(first, first + view.perPage);
  const head: Embed[] = answer.answered ? [] : [abstentionEmbed(all.length > 0)];

  const build = (budget: number): { embeds: Embed[]; cut: number[] } => {
    const rendered = onPage.map((p, i) => passageEmbed(p, first + i, answer.answered, budget));
    const embeds = [...head, ...rendered.map((r) => r.embed)];
    embeds[embeds.length - 1]!.footer = footer({ index: page, count });
    return { embeds, cut: rendered.flatMap((r, i) => (r.cut ? [first + i] : [])) };
  };
  const limit = MAX_EMBED_TOTAL - EMBED_TOTAL_MARGIN;
  const headLength =
    head.reduce((sum, e) => sum + embedTextLength(e), 0) +
    footer({ index: page, count }).text.length;
  let budget = Math.floor((limit - headLength) / Math.max(1, onPage.length));
  let built = build(budget);
  for (;;) {
    const total = built.embeds.reduce((sum, e) => sum + embedTextLength(e), 0);
    if (total <= limit || budget <= MIN_QUOTE_ROOM) break;
    budget -= Math.max(1, Math.ceil((total - limit) / Math.max(1, onPage.length)));
    built = build(Math.max(MIN_QUOTE_ROOM, budget));
  }

  const components: ActionRow[] = pagerRow(page, count, view.controls);
  if (view.controls && built.cut.length > 0) {
    const controls = view.controls;
    const full = built.cut.map((i) =>
      button(truncate(`Full passage ${i + 1}`, MAX_BUTTON_LABEL), controls.fullPassage(i)),
    );
    components.push(...rows(full, MAX_BUTTONS_PER_ROW));
  }
  const body: Omit<ReplyPayload, 'allowedMentions'> = {
    content: questionLine(answer, view.pingUser),
    embeds: built.embeds,
  };
  if (components.length > 0) body.components = components;
  return reply(body, { ephemeral: view.ephemeral, pingUser: view.pingUser });
}

/**
 * A hidden reply with one passage in full, as far as Discord allows, and the quotes of the other
 * outlets that reported it, each with its source.
 */
export function renderFullPassage(
  passage: AnswerPassage,
  index: number,
  answered: boolean,
): ReplyPayload {
  const build = (others: readonly Quote[], budget: number): { embeds: Embed[]; cut: boolean } => {
    const main = fitQuote(
      passage.quote,
      passage.highlights,
      Math.min(MAX_EMBED_DESCRIPTION, budget * 2),
    );
    const label = answered ? `${index + 1}.` : `Closest passage ${index + 1} (not an answer):`;
    const embeds: Embed[] = [
      {
        title: `${label} ${fitEscaped(`${outletName(passage.source)}, ${dateText(passage.source)}`, MAX_EMBED_TITLE - label.length - 1)}`,
        description: main.text,
        color: answered ? COLOR_ANSWER : COLOR_ABSTAIN,
        fields: [{ name: 'Source', value: truncate(sourceLine(passage.source), MAX_FIELD_VALUE) }],
      },
    ];
    let cut = main.cut;
    for (const q of others) {
      const quote = fitQuote(q.quote, [], Math.min(MAX_EMBED_DESCRIPTION, budget));
      cut ||= quote.cut;
      embeds.push({
        title: `Also reported by ${fitEscaped(`${outletName(q.source)}, ${dateText(q.source)}`, MAX_EMBED_TITLE - 17)}`,
        description: quote.text,
        fields: [{ name: 'Source', value: truncate(sourceLine(q.source), MAX_FIELD_VALUE) }],
      });
    }
    return { embeds, cut };
  };
  // Room for the notes added below the last embed.
  const limit = MAX_EMBED_TOTAL - EMBED_TOTAL_MARGIN - 250;
  const total = (embeds: Embed[]) => embeds.reduce((sum, e) => sum + embedTextLength(e), 0);
  let others = passage.alsoReportedBy.slice(0, MAX_EMBEDS - 1);
  let built = build(others, MIN_QUOTE_BUDGET);
  // Show as many other outlets as fit with at least a short quote each.
  while (others.length > 0 && total(built.embeds) > limit) {
    others = others.slice(0, -1);
    built = build(others, MIN_QUOTE_BUDGET);
  }
  let budget = Math.floor(limit / (others.length + 2));
  built = build(others, budget);
  while (total(built.embeds) > limit && budget > MIN_QUOTE_BUDGET) {
    budget = Math.max(
      MIN_QUOTE_BUDGET,
      budget - Math.max(1, Math.ceil((total(built.embeds) - limit) / (others.length + 2))),
    );
    built = build(others, budget);
  }
  const last = built.embeds[built.embeds.length - 1]!;
  const url = linkableUrl(passage.source.url);
  if (built.cut) {
    last.fields!.push({
      name: 'Longer than Discord allows',
      value: url ? `Read the rest in the [article](${url}).` : 'The rest is in the article itself.',
    });
  }
  if (passage.alsoReportedBy.length > others.length) {
    last.fields!.push({
      name: 'More outlets',
      value: `…and ${passage.alsoReportedBy.length - others.length} more.`,
    });
  }
  last.footer = footer();
  return reply({ embeds: built.embeds }, { ephemeral: true });
}
