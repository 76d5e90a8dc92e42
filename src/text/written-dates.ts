/**
 * Dates written out as British English writes them, in UTC: "27 August 2020", "August 2020"
 * (`Intl.DateTimeFormat`, locale `en-GB`). Each formatter is made on first use: the first one a
 * process makes loads locale data, about 30 ms of CPU (session 21), which a first answer that
 * writes no date should not wait for.
 */

let dayFormat: Intl.DateTimeFormat | undefined;
let monthFormat: Intl.DateTimeFormat | undefined;
let dayMonthFormat: Intl.DateTimeFormat | undefined;

/** `date`'s UTC day, month's full name and year: "27 August 2020". */
export function writtenDay(date: Date): string {
  dayFormat ??= new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return dayFormat.format(date);
}

/** `date`'s UTC month's full name and year: "August 2020". */
export function writtenMonth(date: Date): string {
  monthFormat ??= new Intl.DateTimeFormat('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return monthFormat.format(date);
}

/** `date`'s UTC day and month's full name, no year: "15 May" (a date stated without its year). */
export function writtenDayMonth(date: Date): string {
  dayMonthFormat ??= new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
  return dayMonthFormat.format(date);
}
