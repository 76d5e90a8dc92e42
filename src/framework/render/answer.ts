/**
 * Renders the engine's {@link Answer} as Discord replies. Each passage is one embed that leads
 * with the article's title (linked when its URL is known) and the verbatim quote; outlet, date
 * and id follow once, small, in the embed's footer. Where the articles give different values
 * for the same thing, a "Sources differ" embed shows their words side by side, with no verdict.
 * Buttons: pages, "Full passage" for a cut quote, "Share to channel" (hidden answers) or
 * "Delete" (public ones), and "Report a passage".
 */
import { embedLength } from 'discord.js';
import type {
  Answer,
  AnswerPassage,
  NotFromNamed,
  Quote,
  SourceRef,
  SourcesDiffer,
} from '../../engine/types.js';
import type { NotOnDate } from '../../engine/types.js';
import { isOutletScope, scopeNameEscaped, type SourceScope } from './scope.js';
import {
  MAX_BUTTON_LABEL,
  MAX_BUTTONS_PER_ROW,
  MAX_CONTENT,
  MAX_EMBED_DESCRIPTION,
  MAX_EMBED_FOOTER,
  MAX_EMBED_TITLE,
  MAX_EMBED_TOTAL,
  MAX_EMBEDS,
  MAX_FIELD_NAME,
  MAX_FIELD_VALUE,
} from '../limits.js';
import type { ActionRow, Button, Embed, ReplyPayload } from '../payload.js';
import { button, reply, rows } from '../payload.js';
import { CUT_MARKER, escapeMarkdown, fitEscaped, fitQuote, truncate } from '../text.js';
import { COLOR_ABSTAIN, COLOR_ANSWER, COLOR_DIFFER, footer } from './common.js';
import { helpfulHighlights } from './highlight.js';
import type { PageControls } from './pager.js';
import { clampPage, pageButtons, pageCount } from './pager.js';
import { linkableUrl, outletAndDate, sourceLine, titleText } from './source.js';
import { shrinkToFit } from '../shrink.js';
import { labelPageLine, notStatedEmbed } from './page-line.js';
import { differNote } from './differ-note.js';
import { notFromNamedNote, type ShownBeside } from './named-source.js';
import { refusalKind, refusalNote, type RefusalKind } from './refusal.js';
import { notOnDateNote, passageDateLabel } from './not-on-date.js';

/** Longest question echoed back in a reply, before it is cut. */
export const MAX_QUESTION_SHOWN = 500;
/** Longest excerpt of another outlet's quote in the "Also reported by" field. */
export const MAX_ALSO_EXCERPT = 160;
/** Longest quote of one article under "Sources differ". */
export const MAX_DIFFER_QUOTE = 400;
/** Most disagreements shown (each is one embed), and most articles shown for one. */
export const MAX_DIFFERENCES = 2;
export const MAX_DIFFER_QUOTES = 4;
/** The shortest room given to a quote before other outlets are dropped instead. */
const MIN_QUOTE_BUDGET = 80;
/** Room kept free under the 6,000-character embed total. */
const EMBED_TOTAL_MARGIN = 50;
/** Longest passage title ("1. " and the article's title). */
const MAX_PASSAGE_TITLE = 200;
/** The least room a quote gets, however little is left. */
const MIN_QUOTE_ROOM = 40;

/** The text length of several embeds, as Discord counts it toward the 6,000-character total. */
function totalLength(embeds: readonly Embed[]): number {
  return embeds.reduce((sum, e) => sum + embedLength(e), 0);
}

/** Buttons of an answer reply. Each returns or is the custom_id of its button. */
export interface AnswerControls extends PageControls {
  /** custom_id of the button that shows passage `index` (position in the answer's list) in full. */
  fullPassage(index: number): string;
  /** "Share to channel", shown on a hidden answer. */
  share?: string;
  /** "Delete", shown on a public answer; only the asker may press it. */
  delete?: string;
  /** "Report a passage", which opens the feedback buttons. */
  report?: string;
}

/** How to show an answer: which page, how many passages a page, buttons, who to ping. */
export interface AnswerView {
  page: number;
  perPage: number;
  controls?: AnswerControls;
  /** The `/ask mention` user: named at the top and the only one allowed to be pinged. */
  pingUser?: string;
  ephemeral?: boolean;
  /** The article, or the outlet's articles, the question was limited to: a refusal names it. */
  scope?: SourceScope;
  /** Shown instead of "Question:" before the question (e.g. for a message searched). */
  questionLabel?: string;
}

/** The passages an answer shows: its answer, or when it abstains the closest ones (not an answer). */
export function shownPassages(answer: Answer): AnswerPassage[] {
  return answer.answered ? answer.passages : answer.closest;
}

/** How many pages the answer needs at `perPage` passages a page. */
export function answerPageCount(answer: Answer, perPage: number): number {
  return pageCount(shownPassages(answer).length, perPage);
}

function questionLine(answer: Answer, view: AnswerView): string {
  const mention = view.pingUser ? `<@${view.pingUser}> ` : '';
  const label = `**${view.questionLabel ?? 'Question'}:**`;
  const line = `${mention}${label} ${escapeMarkdown(truncate(answer.question, MAX_QUESTION_SHOWN))}`;
  return line.length <= MAX_CONTENT ? line : `${mention}${label} ${CUT_MARKER}`;
}

/** "Title — Outlet · date" and the id, for an embed's footer (plain text: footers show no markdown). */
function metaLine(source: SourceRef): string {
  return `${outletAndDate(source)} · id ${source.id}`;
}

/** Lines "• “Title” — Outlet · date: “excerpt”", as many as fit in a field, then "…and N more". */
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

/** The embed title of a passage: its number and the article's title. */
function passageTitle(passage: AnswerPassage, index: number): string {
  const label = `${index + 1}.`;
  return `${label} ${fitEscaped(titleText(passage.source), MAX_PASSAGE_TITLE - label.length - 1)}`;
}

/**
 * One passage as an embed using at most about `budget` characters of embed text: title,
 * footer and "also reported by" first (each bounded), the quote gets the rest.
 */
function passageEmbed(
  passage: AnswerPassage,
  index: number,
  answered: boolean,
  budget: number,
): RenderedPassage {
  const embed: Embed = {
    title: passageTitle(passage, index),
    color: answered ? COLOR_ANSWER : COLOR_ABSTAIN,
    footer: { text: truncate(metaLine(passage.source), MAX_EMBED_FOOTER) },
  };
  // Above the title, in small type, so an abstention's passages cannot be read as an answer.
  // An event of another date than the one asked says which; an answer giving the year asked
  // only approximately says so.
  const dated = passage.dated && passageDateLabel(passage.dated);
  const datedName = dated && `${dated[0]!.toUpperCase()}${dated.slice(1)}`;
  if (!answered)
    embed.author = {
      name: datedName ? `${datedName} · not an answer` : 'Closest passage · not an answer',
    };
  else if (datedName) embed.author = { name: datedName };
  labelPageLine(embed, passage);
  const url = linkableUrl(passage.source.url);
  if (url) embed.url = url;
  let alsoCut = false;
  if (passage.alsoReportedBy.length > 0) {
    const also = alsoReportedField(
      passage.alsoReportedBy,
      Math.min(MAX_FIELD_VALUE, Math.max(120, Math.floor(budget * 0.3))),
    );
    embed.fields = [{ name: 'Also reported by', value: also.text }];
    alsoCut = also.cut;
  }
  const quote = fitQuote(
    passage.quote,
    helpfulHighlights(passage.quote, passage.highlights),
    Math.min(MAX_EMBED_DESCRIPTION, Math.max(MIN_QUOTE_ROOM, budget - embedLength(embed))),
  );
  embed.description = quote.text;
  return { embed, cut: quote.cut || alsoCut };
}

/**
 * The notice of a refusal, in the words of refusal.ts, which claim only what each rule knows:
 * with closest passages, that no passage clearly answers; without, that no passage uses the
 * question's words. `besideNamed`: the note that the sources the question names do not answer
 * is shown too, and says where was looked.
 */
function abstentionEmbed(
  kind: RefusalKind,
  scope: SourceScope | undefined,
  besideNamed: boolean,
): Embed {
  const hasClosest = kind === 'closest';
  const several = scope !== undefined && isOutletScope(scope);
  const named = scope === undefined ? undefined : { name: scopeNameEscaped(scope), several };
  const note = refusalNote(kind, named, besideNamed);
  const closest = hasClosest
    ? ` The passages below are the closest ${scope && !several ? 'it comes' : 'the articles come'}. **They are not an answer**, only shown so you can judge for yourself.`
    : '';
  return {
    title: note.title,
    description:
      `${`${note.text}${closest}`.trim()}\n` +
      'See `/sources` for the articles the bot knows, and `/timeline` to browse events by date.',
    color: COLOR_ABSTAIN,
  };
}

/** The note that the timeline dates nothing to the date asked (not-on-date.ts), as an embed. */
function notOnDateEmbed(note: NotOnDate): Embed {
  const { title, text } = notOnDateNote(note);
  return {
    title: fitEscaped(title, MAX_EMBED_TITLE),
    description: fitEscaped(
      `${text}\nSee \`/timeline\` to browse events by date.`,
      MAX_EMBED_DESCRIPTION,
    ),
    color: COLOR_ABSTAIN,
  };
}

/** The note that the sources the question names do not answer it, as an embed. */
function notFromNamedEmbed(note: NotFromNamed, shown: ShownBeside): Embed {
  const { title, text } = notFromNamedNote(note, shown);
  return {
    title: fitEscaped(title, MAX_EMBED_TITLE),
    description: fitEscaped(text, MAX_EMBED_DESCRIPTION),
    color: COLOR_ABSTAIN,
  };
}

/** Share of the 6,000 embed characters all "Sources differ" embeds together may take. */
const DIFFER_SHARE = 0.4;

/**
 * One disagreement as an embed of about `budget` characters at most: each article's quote
 * verbatim, side by side, no verdict.
 */
export function differEmbed(difference: SourcesDiffer, budget: number): Embed {
  const quotes = difference.quotes.slice(0, MAX_DIFFER_QUOTES);
  const perQuote = Math.floor((budget - 220) / Math.max(1, quotes.length));
  const more = difference.quotes.length - quotes.length;
  return {
    title: 'Sources differ',
    description: `${differNote(difference.aspect)}${more > 0 ? ` (${more} more not shown.)` : ''}`,
    color: COLOR_DIFFER,
    fields: quotes.map((q) => {
      const name = fitEscaped(titleText(q.source), Math.min(60, MAX_FIELD_NAME));
      // No link here: a URL can be 300 characters, and the passages above carry the links.
      const source = `— ${fitEscaped(outletAndDate(q.source), 130)}`;
      const room = Math.max(
        MIN_QUOTE_ROOM,
        Math.min(MAX_DIFFER_QUOTE, MAX_FIELD_VALUE, perQuote - name.length) - source.length - 1,
      );
      return { name, value: `${fitQuote(q.quote, [], room).text}\n${source}`, inline: true };
    }),
  };
}

/** The answer's action buttons: pages, then share or delete, then report. */
function actionRows(
  page: number,
  count: number,
  controls: AnswerControls | undefined,
): ActionRow[] {
  if (!controls) return [];
  const buttons: Button[] = pageButtons(page, count, controls);
  if (controls.share) buttons.push(button('Share to channel', controls.share, { primary: true }));
  if (controls.delete) buttons.push(button('Delete', controls.delete));
  if (controls.report) buttons.push(button('Report a passage', controls.report));
  return buttons.length > 0 ? rows(buttons, MAX_BUTTONS_PER_ROW) : [];
}

/** Renders page `view.page` of an answer (or an abstention) as a reply payload within Discord's limits. */
export function renderAnswer(answer: Answer, view: AnswerView): ReplyPayload {
  const all = shownPassages(answer);
  const count = answerPageCount(answer, view.perPage);
  const page = clampPage(view.page, count);
  const first = page * view.perPage;
  const onPage = all.slice(first, first + view.perPage);
  // A named source's note with no passage says all there is to say: no other refusal beside it.
  const head: Embed[] =
    answer.answered || (answer.notFromNamed && all.length === 0)
      ? []
      : [
          answer.notStated?.length
            ? notStatedEmbed(answer.notStated)
            : answer.notOnDate && all.length > 0
              ? notOnDateEmbed(answer.notOnDate)
              : abstentionEmbed(
                  refusalKind(answer, all.length),
                  view.scope,
                  answer.notFromNamed !== undefined,
                ),
        ];
  // Said on every page: each page's passages are from other articles than the question names.
  if (answer.notFromNamed)
    head.push(
      notFromNamedEmbed(
        answer.notFromNamed,
        answer.answered ? 'answer' : all.length > 0 ? 'closest' : 'none',
      ),
    );
  // Disagreements are about the best passages, so they are shown once, on the first page.
  const differences =
    page === 0
      ? answer.sourcesDiffer.slice(
          0,
          Math.min(MAX_DIFFERENCES, MAX_EMBEDS - head.length - onPage.length),
        )
      : [];
  const differ = differences.map((d) =>
    differEmbed(d, Math.floor((MAX_EMBED_TOTAL * DIFFER_SHARE) / differences.length)),
  );
  const pageFooter = footer({ index: page, count }).text;

  const build = (budget: number): { embeds: Embed[]; cut: number[] } => {
    const rendered = onPage.map((p, i) => passageEmbed(p, first + i, answer.answered, budget));
    const embeds = [...head, ...rendered.map((r) => r.embed), ...differ.map((e) => ({ ...e }))];
    const last = embeds[embeds.length - 1]!;
    last.footer = {
      text: truncate(
        last.footer ? `${last.footer.text}\n${pageFooter}` : pageFooter,
        MAX_EMBED_FOOTER,
      ),
    };
    return { embeds, cut: rendered.flatMap((r, i) => (r.cut ? [first + i] : [])) };
  };
  const limit = MAX_EMBED_TOTAL - EMBED_TOTAL_MARGIN;
  const fixed = totalLength([...head, ...differ]) + pageFooter.length + 1;
  const built = shrinkToFit({
    start: Math.floor((limit - fixed) / Math.max(1, onPage.length)),
    floor: MIN_QUOTE_ROOM,
    limit,
    shares: onPage.length,
    build,
    size: (b) => totalLength(b.embeds),
  }).value;

  // Nothing to report on a refusal with no passages.
  const controls =
    view.controls && all.length === 0 ? { ...view.controls, report: undefined } : view.controls;
  const components: ActionRow[] = actionRows(page, count, controls);
  if (view.controls && built.cut.length > 0) {
    const controls = view.controls;
    const full = built.cut.map((i) =>
      button(truncate(`Full passage ${i + 1}`, MAX_BUTTON_LABEL), controls.fullPassage(i)),
    );
    components.push(...rows(full, MAX_BUTTONS_PER_ROW));
  }
  const body: Omit<ReplyPayload, 'allowedMentions'> = {
    content: questionLine(answer, view),
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
      helpfulHighlights(passage.quote, passage.highlights),
      Math.min(MAX_EMBED_DESCRIPTION, budget * 2),
    );
    const first: Embed = {
      title: passageTitle(passage, index),
      description: main.text,
      color: answered ? COLOR_ANSWER : COLOR_ABSTAIN,
      footer: { text: truncate(metaLine(passage.source), MAX_EMBED_FOOTER) },
    };
    if (!answered) first.author = { name: 'Closest passage · not an answer' };
    labelPageLine(first, passage);
    const url = linkableUrl(passage.source.url);
    if (url) first.url = url;
    const embeds: Embed[] = [first];
    let cut = main.cut;
    for (const q of others) {
      const quote = fitQuote(q.quote, [], Math.min(MAX_EMBED_DESCRIPTION, budget));
      cut ||= quote.cut;
      const also: Embed = {
        author: { name: 'Also reported by' },
        title: fitEscaped(titleText(q.source), MAX_PASSAGE_TITLE),
        description: quote.text,
        footer: { text: truncate(metaLine(q.source), MAX_EMBED_FOOTER) },
      };
      const alsoUrl = linkableUrl(q.source.url);
      if (alsoUrl) also.url = alsoUrl;
      embeds.push(also);
    }
    return { embeds, cut };
  };
  // Room for the notes added below the last embed.
  const limit = MAX_EMBED_TOTAL - EMBED_TOTAL_MARGIN - 250;
  let others = passage.alsoReportedBy.slice(0, MAX_EMBEDS - 1);
  // Show as many other outlets as fit with at least a short quote each.
  while (others.length > 0 && totalLength(build(others, MIN_QUOTE_BUDGET).embeds) > limit) {
    others = others.slice(0, -1);
  }
  // The main quote gets twice the budget of each other one.
  const shares = others.length + 2;
  const built = shrinkToFit({
    start: Math.floor(limit / shares),
    floor: MIN_QUOTE_BUDGET,
    limit,
    shares,
    build: (budget) => build(others, budget),
    size: (b) => totalLength(b.embeds),
  }).value;
  const last = built.embeds[built.embeds.length - 1]!;
  const url = linkableUrl(passage.source.url);
  const notes: Array<{ name: string; value: string }> = [];
  if (built.cut) {
    notes.push({
      name: 'Longer than Discord allows',
      value: url ? `Read the rest in the [article](${url}).` : 'The rest is in the article itself.',
    });
  }
  if (passage.alsoReportedBy.length > others.length) {
    notes.push({
      name: 'More outlets',
      value: `…and ${passage.alsoReportedBy.length - others.length} more.`,
    });
  }
  if (notes.length > 0) last.fields = [...(last.fields ?? []), ...notes];
  last.footer = {
    text: truncate(`${last.footer?.text ?? ''}\n${footer().text}`.trim(), MAX_EMBED_FOOTER),
  };
  return reply({ embeds: built.embeds }, { ephemeral: true });
}
