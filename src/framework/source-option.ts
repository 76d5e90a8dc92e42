/**
 * The `source` option shared by /ask and /timeline: autocomplete from the corpus with labels
 * that stay distinct, and resolving what a person typed (an id, an outlet, a title or a
 * distinctive start of one) to exactly one article, or saying which ones it could be.
 */
import { fileOnDisk } from '../corpus/feed-item-file.js';
import { outletGroupKey, outletGroupName } from '../corpus/outlet-names.js';
import type { Engine, SourceSummary } from '../engine/types.js';
import type { Choice } from './command.js';
import { MAX_AUTOCOMPLETE_CHOICES, MAX_CHOICE_NAME, MAX_CHOICE_VALUE } from './limits.js';
import { outletAndDate, titleText } from './render/source.js';
import { CUT_MARKER, escapeMarkdown, fitEscaped, truncate } from './text.js';

/** The shortest typed start of a title taken as naming it (shorter starts match too much). */
export const MIN_TITLE_START = 4;
/** Articles named in a "which one?" reply before "…and N more". */
export const MAX_CANDIDATES_SHOWN = 5;

const fold = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
/** A file's path without its extension ("standard/settlement.md" → "standard/settlement"). */
const withoutExtension = (file: string) => file.replace(/\.[^./]+$/u, '');

/**
 * `text` cut to `max` characters by removing its middle, so both its start and its end (where
 * titles of a series differ: "…, update 12") stay readable.
 *
 * @example middleCut('abcdefghij', 7) === 'abc…hij'
 */
export function middleCut(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= CUT_MARKER.length) return CUT_MARKER.slice(0, Math.max(0, max));
  const keep = max - CUT_MARKER.length;
  const tail = Math.floor(keep / 2);
  return `${text.slice(0, keep - tail).trimEnd()}${CUT_MARKER}${text.slice(text.length - tail).trimStart()}`;
}

/**
 * The autocomplete label of each source: "Title — Outlet · date", the title's middle cut when
 * it must be, and the id added wherever two labels would otherwise read the same.
 */
export function sourceLabels(sources: readonly SourceSummary[]): string[] {
  const label = (s: SourceSummary, withId: boolean) => {
    const meta = ` — ${outletAndDate(s)}${withId ? ` · ${s.id}` : ''}`;
    const room = Math.max(20, MAX_CHOICE_NAME - meta.length);
    return truncate(middleCut(titleText(s), room) + meta, MAX_CHOICE_NAME);
  };
  const first = sources.map((s) => label(s, false));
  const counts = new Map<string, number>();
  for (const l of first) counts.set(l, (counts.get(l) ?? 0) + 1);
  return sources.map((s, i) => (counts.get(first[i]!)! > 1 ? label(s, true) : first[i]!));
}

/** Up to 25 articles whose id, title or outlet contains what the user typed, named distinctly, valued by id. */
export function sourceChoices(engine: Engine, typed: string): Choice[] {
  const needle = fold(typed);
  const matching = engine
    .sources()
    .filter((s) => s.id.length <= MAX_CHOICE_VALUE)
    .filter((s) => !needle || [s.id, s.title, s.outlet ?? ''].some((t) => fold(t).includes(needle)))
    .slice(0, MAX_AUTOCOMPLETE_CHOICES);
  const labels = sourceLabels(matching);
  return matching.map((s, i) => ({ name: labels[i]!, value: s.id }));
}

/**
 * What a typed `source` value names: one article, every article of one outlet, several (say
 * which), or none.
 */
export type SourceMatch =
  | { kind: 'one'; source: SourceSummary }
  | { kind: 'outlet'; outlet: string; sources: SourceSummary[] }
  | { kind: 'several'; sources: SourceSummary[] }
  | { kind: 'none' };

/**
 * `found` as an outlet's articles when `wanted` (folded) is that outlet's name (under any of the
 * names corpus/outlet-names.ts joins: "Radio Northvale" and "Radio Northvale News") or whole
 * words of one, and `found` is exactly the articles of that one outlet (two or more), else null:
 * a person who names an outlet means all of it. A title word that happens to pick out one
 * outlet's articles does not name the outlet.
 */
function wholeOutlet(
  found: readonly SourceSummary[],
  sources: readonly SourceSummary[],
  wanted: string,
): SourceMatch | null {
  const first = found[0]?.outlet;
  if (found.length < 2 || first === null || first === undefined) return null;
  const group = outletGroupKey(first);
  const ofGroup = (s: SourceSummary) => s.outlet !== null && outletGroupKey(s.outlet) === group;
  if (!found.every(ofGroup)) return null;
  const named =
    outletGroupKey(wanted) === group || found.some((s) => hasWholeWords(fold(s.outlet!), wanted));
  if (!named || sources.filter(ofGroup).length !== found.length) return null;
  const outlet = outletGroupName(found.map((s) => s.outlet!)) ?? first;
  return { kind: 'outlet', outlet, sources: [...found] };
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Whether `text` (folded) holds `wanted` (folded) as whole words: at a word start and ending at
 * a word end, so "russia" is in "talks with russia stall" but not in "a russian envoy".
 */
const hasWholeWords = (text: string, wanted: string) => {
  for (let i = text.indexOf(wanted); i >= 0; i = text.indexOf(wanted, i + 1)) {
    const before = text[i - 1];
    const after = text[i + wanted.length];
    if (
      (before === undefined || !WORD_CHARACTER.test(before)) &&
      (after === undefined || !WORD_CHARACTER.test(after))
    )
      return true;
  }
  return false;
};

/**
 * Resolves a typed `source` value, the one resolver for the bot, the console and the command
 * line. An id, the article's file (its path under `articles/`, with or without the extension;
 * a feed's file names its items, feed-item-file.ts), a whole title or a whole outlet (by any of its names: corpus/outlet-names.ts) names its
 * article first. Otherwise every
 * article matches whose title or outlet starts with the value, or holds it as a whole word (or
 * words) anywhere; this needs at least {@link MIN_TITLE_START} characters. Start and word are
 * one rule, so a word that opens one title and sits inside another matches both. An id start
 * counts only when no title or outlet matches: ids are made from file names ("herald_opinion")
 * and do not say who published an article. When the articles matched are exactly the articles
 * of one stated outlet (its whole name, or whole words of it no other article's title or
 * outlet matches), the answer is that outlet, all of its articles; when a rule matches other
 * sets of several articles the answer is "several" (to be listed), never a silent pick. Case,
 * Unicode form and runs of spaces do not matter.
 */
export function matchSource(engine: Pick<Engine, 'sources'>, value: string): SourceMatch {
  const wanted = fold(value);
  if (!wanted) return { kind: 'none' };
  const sources = engine.sources();
  const long = wanted.length >= MIN_TITLE_START;
  const rules: Array<(s: SourceSummary) => boolean> = [
    (s) => fold(s.id) === wanted,
    // "standard/settlement.md" or "standard/settlement": the file an administrator saved,
    // whose default id writes each "/" as "_" (corpus-folder.md); a feed's file names its items.
    (s) => s.file !== undefined && fold(s.file) === wanted,
    (s) => {
      if (s.file === undefined) return false;
      const saved = fileOnDisk(s.file);
      return fold(saved) === wanted || fold(withoutExtension(saved)) === wanted;
    },
    (s) => fold(s.title) === wanted,
    (s) => s.outlet !== null && outletGroupKey(s.outlet) === outletGroupKey(wanted),
    (s) => {
      if (!long) return false;
      const title = fold(s.title);
      const outlet = fold(s.outlet ?? '');
      return (
        title.startsWith(wanted) ||
        outlet.startsWith(wanted) ||
        hasWholeWords(title, wanted) ||
        hasWholeWords(outlet, wanted)
      );
    },
    (s) => long && fold(s.id).startsWith(wanted),
  ];
  for (const rule of rules) {
    const found = sources.filter(rule);
    if (found.length === 1) return { kind: 'one', source: found[0]! };
    if (found.length > 1)
      return wholeOutlet(found, sources, wanted) ?? { kind: 'several', sources: found };
  }
  return { kind: 'none' };
}

/**
 * True when a typed source value is shorter than a title start or word must be
 * ({@link MIN_TITLE_START}): it can name an article only as its whole id, title or outlet.
 */
export function tooShortToStart(value: string): boolean {
  return fold(value).length < MIN_TITLE_START;
}

/**
 * What a reply says of a value {@link tooShortToStart}, `typed` as the reply shows it (quoted).
 *
 * @example tooShortNote('“Bel”') // '“Bel” is shorter than a title start or word may be (4 characters)'
 */
export function tooShortNote(typed: string): string {
  return `${typed} is shorter than a title start or word may be (${MIN_TITLE_START} characters)`;
}

/** The hidden reply text for a source value that names no article, or several. */
export function sourceProblem(
  value: string,
  match: Exclude<SourceMatch, { kind: 'one' } | { kind: 'outlet' }>,
): string {
  const typed = `“${fitEscaped(value.trim(), 80)}”`;
  if (match.kind === 'none') {
    const short = tooShortToStart(value) ? `: ${tooShortNote(typed)}` : '';
    return `No article matches source ${typed}${short}. Give an id, an outlet, or a word or the start of a title (${MIN_TITLE_START} characters or more); /sources lists them.`;
  }
  const shown = match.sources
    .slice(0, MAX_CANDIDATES_SHOWN)
    .map(
      (s) =>
        `• ${escapeMarkdown(s.id)} — ${fitEscaped(titleText(s), 90)} (${escapeMarkdown(outletAndDate(s))})`,
    );
  const more = match.sources.length - shown.length;
  return truncate(
    [
      `Source ${typed} matches ${match.sources.length} articles. Which one? Give its id as source:`,
      ...shown,
      ...(more > 0 ? [`…and ${more} more; /sources lists them all.`] : []),
    ].join('\n'),
    1_900,
  );
}
