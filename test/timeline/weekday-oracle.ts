/**
 * The hand-written calendar arithmetic the weekday × tense tables check the timeline against
 * (kept apart from the code under test), and the one loop that runs a wording through it.
 */
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

export const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];
/** 2021-03-14 is a Sunday: publication days 2021-03-14 … 2021-03-20 cover every weekday. */
export const SUNDAY_MS = Date.UTC(2021, 2, 14);
export const DAY_MS = 86_400_000;
export const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** How a wording places its weekday against the publication day. */
export type Direction = 'ahead' | 'behind' | 'last' | 'next';

/** Days from publication weekday `p` to the weekday `w` the wording means (0 = Sunday). */
export function offset(direction: Direction, p: number, w: number): number {
  const forward = (w - p + 7) % 7;
  const backward = (p - w + 7) % 7;
  if (direction === 'ahead') return forward; // the same day counts: "will meet on Friday", said on Friday
  if (direction === 'behind') return -backward;
  if (direction === 'last') return -(backward || 7); // never the day of publication itself
  return forward || 7;
}

/**
 * "next {W}" said the day before {W}, and "last {W}" said the day after it, are in doubt: "next
 * Saturday" said on a Friday may mean tomorrow or the Saturday eight days ahead, "last Friday"
 * said on a Saturday yesterday or eight days ago. Returns the two readings' offsets, or null when
 * the wording settles the day.
 */
export function readingsInDoubt(
  direction: Direction,
  p: number,
  w: number,
): [number, number] | null {
  const days = offset(direction, p, w);
  if (direction === 'next' && days === 1) return [1, 8];
  if (direction === 'last' && days === -1) return [-1, -8];
  return null;
}

/**
 * Runs `template` ("… on {W} …") for every weekday against every publication weekday of one
 * week and returns each case where the timeline's entries differ from what the oracle expects:
 * one entry on the day `direction` counts to (flagged future when `future`), or none when
 * `direction` is null; for a day in doubt ({@link readingsInDoubt}), the month both readings lie
 * in, or none when they lie in two. Empty when every case agrees.
 */
export function weekdayTableMismatches(
  template: string,
  direction: Direction | null,
  future: boolean,
): string[] {
  const wrong: string[] = [];
  for (let p = 0; p < 7; p++) {
    const published = SUNDAY_MS + p * DAY_MS;
    for (let w = 0; w < 7; w++) {
      const sentence = template.replace('{W}', WEEKDAYS[w] as string);
      const events = buildTimeline(articleOf(iso(published), sentence));
      const got = events.map((e) => `${e.date}${e.future ? ' future' : ''}`).join(', ');
      const flag = future ? ' future' : '';
      const doubt = direction === null ? null : readingsInDoubt(direction, p, w);
      // Both readings in one month: that month; in two months: no entry.
      const months = doubt?.map((d) => iso(published + d * DAY_MS).slice(0, 7));
      const want =
        direction === null
          ? ''
          : months
            ? months[0] === months[1]
              ? `${months[0]}${flag}`
              : ''
            : `${iso(published + offset(direction, p, w) * DAY_MS)}${flag}`;
      if (got !== want)
        wrong.push(
          `published ${WEEKDAYS[p]}, ${WEEKDAYS[w]}: ${sentence} → "${got}", want "${want}"`,
        );
    }
  }
  return wrong;
}
