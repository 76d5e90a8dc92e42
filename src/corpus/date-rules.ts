/**
 * The line rules that read when an article was published (read-blocks.ts tries them in its
 * order): a correction notice's label and date, a time stamp ("Published March 5, 2021 |
 * Updated …"), a date on its own line, and a wire dateline opening the story ("LONDON, March 3
 * (Reuters) - The …"). The first date near the top is the publication's; a correction's date
 * never is.
 */
import { parseDateline } from './dates.js';
import { correctionLabel, parseTimestamp } from './furniture.js';
import {
  drop,
  stateOutlet,
  takeDate,
  type Block,
  type LineRule,
  type ReadState,
} from './read-state.js';
import { paragraphKind } from './paragraph-kind.js';
import { parseWireDateline, type WireDateline } from './wire-dateline.js';

/** A correction's label and date before metadata: its date is not the publication's. */
export const readCorrection: LineRule = (state, _block, line) => {
  const label = correctionLabel(line);
  if (label === null || (label !== '' && parseDateline(label) === null)) return false;
  state.correctionPending = label === '';
  drop(state, line, label === '' ? 'correction notice label' : 'correction date');
  return true;
};

/** A time stamp ("Published March 5, 2021 | Updated …", furniture.ts): its publication date counts. */
export const readTimestamp: LineRule = (state, block, line) => {
  const timestamp = parseTimestamp(line);
  if (timestamp === null) return false;
  takeDate(state, block, timestamp.published);
  drop(state, line, 'time stamp');
  return true;
};

/** A date on its own line: a correction's, else the dateline near the top, else a date line. */
export const readDateLine: LineRule = (state, block, line) => {
  const date = parseDateline(line);
  if (date === null) return false;
  if (state.correctionPending) {
    state.correctionPending = false;
    drop(state, line, 'correction date');
  } else {
    const isDateline = state.dateline === null && block.nearTop;
    takeDate(state, block, date);
    drop(state, line, isDateline ? 'dateline' : 'date line');
  }
  return true;
};

/**
 * A wire dateline opening the story ("LONDON, March 3 (Reuters) - The …") states the date and
 * outlet; the sentence after its dash is the article's own wording, kept as the block's first
 * words. The story may open in the block of its headline and byline, with no blank line
 * between ("Stand opening delayed" / "By Jan Orre" / "HARROWMERE, 4 September —"): the
 * dateline opens the story whatever heading stands above it (AP Stylebook, "datelines"), so
 * it is read there too ({@link opensStoryUnderHeading}).
 */
export const readWireDateline: LineRule = (state, block, line, lineIndex) => {
  if (!block.atTop) return false;
  if (block.words.length <= 1 && readWrappedDateline(state, block, line, lineIndex)) return true;
  const wire = parseWireDateline(line, state.articleText());
  if (wire === null) return false;
  if (block.words.length > 0 && !opensStoryUnderHeading(state, block, lineIndex, wire)) {
    return false;
  }
  stateOutlet(state, wire.outlet);
  if (!state.correctionPending) {
    takeDate(state, block, wire.published);
    if (block.nearTop) state.datelineMonthDay ??= wire.monthDay;
    if (block.nearTop) state.datelineWeekday ??= wire.weekday;
  }
  drop(state, wire.dateline, 'wire dateline');
  // "TOLLMERE, February 10, 2025 (Orlan Herald) —" alone on its line: the story starts below.
  const rest = line.slice(wire.end);
  if (rest.trim().length > 0) block.words.push(rest);
  return true;
};

/**
 * True when a wire dateline read at `lineIndex`, below lines the block kept, opens the story
 * under its heading: what the block kept above is a heading (the headline, not a sentence the
 * line would go on), and either a line was dropped between them (the byline, a credit), or the
 * dateline states a date or an outlet, which no line of a headline does ("KELBRIDGE, 3 March
 * —"). A place in capitals alone ("MARROWICK —") right under a heading may be the heading's.
 */
function opensStoryUnderHeading(
  state: ReadState,
  block: Block,
  lineIndex: number,
  wire: WireDateline,
): boolean {
  if (paragraphKind(block.words.join(' ')) !== 'heading') return false;
  const above = block.lines[lineIndex - 1];
  const afterDropped = above !== undefined && state.dropped.at(-1)?.line === above;
  const states = [wire.published, wire.monthDay, wire.weekday, wire.outlet].some(
    (value) => value !== null,
  );
  return afterDropped || states;
}

/**
 * A wire dateline wrapped over two lines: "TOLLMERE, February 10, 2025", then "(Orlan Herald) —
 * Council leaders …" (the first line read as a dateline on its own, {@link readDateLine}), or
 * "TOLLMERE, February 10, 2025 (Orlan", then "Herald) — Council …" (the first line kept, as
 * no rule reads it alone). Read together, the second line ends the dateline: its date and
 * outlet are stated, and what follows its dash is the story's first sentence.
 */
function readWrappedDateline(
  state: ReadState,
  block: Block,
  line: string,
  lineIndex: number,
): boolean {
  const above = lineIndex > 0 ? block.lines[lineIndex - 1] : undefined;
  if (above === undefined) return false;
  const last = state.dropped.at(-1);
  const aboveDropped = last?.line === above && last.reason === 'dateline';
  const aboveKept = block.words.length === 1 && block.words[0] === above;
  if (!(aboveDropped && line.startsWith('(')) && !(aboveKept && above.includes('('))) return false;
  const joined = `${above} ${line}`;
  const text = state.articleText().replace(`${above}\n${line}`, joined);
  const wire = parseWireDateline(joined, text);
  if (wire === null || wire.end <= above.length + 1) return false;
  if (aboveKept) {
    if (wire.published === null && wire.outlet === null) return false;
    block.words.pop();
    if (!state.correctionPending) {
      takeDate(state, block, wire.published);
      if (block.nearTop) state.datelineMonthDay ??= wire.monthDay;
      if (block.nearTop) state.datelineWeekday ??= wire.weekday;
    }
  }
  stateOutlet(state, wire.outlet);
  drop(state, aboveKept ? wire.dateline : wire.dateline.slice(above.length + 1), 'wire dateline');
  const rest = joined.slice(wire.end);
  if (rest.trim().length > 0) block.words.push(rest);
  return true;
}
