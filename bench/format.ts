/** Number formatting and plain-text tables for the benchmark report. */

/** Milliseconds, with precision that suits the size. `—` when missing. */
export function formatMs(ms: number | null | undefined): string {
  if (ms == null) return '—';
  if (ms < 1) return ms.toFixed(3);
  if (ms < 10) return ms.toFixed(2);
  if (ms < 100) return ms.toFixed(1);
  return ms.toFixed(0);
}

/** Milliseconds shown as seconds. */
export function formatSeconds(ms: number | null | undefined): string {
  return ms == null ? '—' : (ms / 1000).toFixed(2);
}

/** Bytes shown as MB (10^6). */
export function formatMegabytes(bytes: number | null | undefined): string {
  return bytes == null ? '—' : (bytes / 1e6).toFixed(1);
}

/** A ratio such as `0.42×`. */
export function formatRatio(value: number | null | undefined): string {
  return value == null ? '—' : `${value.toFixed(2)}×`;
}

/** A count with thousands separators. */
export function formatCount(value: number | null | undefined): string {
  return value == null ? '—' : value.toLocaleString('en-US');
}

/**
 * Lays out rows as a text table: the first column left-aligned, the others right-aligned,
 * the first row as the heading with a rule under it.
 */
export function renderTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const [heading, ...body] = rows;
  if (!heading) return '';
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(heading), rule, ...body.map(line)].join('\n');
}
