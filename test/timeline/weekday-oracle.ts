/**
 * The hand-written calendar arithmetic the weekday × tense tables check the timeline against:
 * kept apart from the code under test, and defined once for every table that uses it.
 */

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
