/** Previous / next buttons and page arithmetic shared by every paged reply. */
import { MAX_BUTTONS_PER_ROW } from '../limits.js';
import type { ActionRow, Button } from '../payload.js';
import { button, rows } from '../payload.js';

/** The custom_ids a paged reply's buttons carry; built by the command that owns the state. */
export interface PageControls {
  /** custom_id of the button that shows page `page`. */
  page(page: number): string;
}

/** Number of pages needed for `items` at `perPage` a page (at least 1). */
export function pageCount(items: number, perPage: number): number {
  return Math.max(1, Math.ceil(items / Math.max(1, perPage)));
}

/** Clamps a requested page into range. */
export function clampPage(page: number, count: number): number {
  return Math.min(Math.max(0, Math.trunc(page)), Math.max(0, count - 1));
}

/** The Previous / Next buttons, or none when everything fits on one page. */
export function pageButtons(page: number, count: number, controls: PageControls): Button[] {
  if (count <= 1) return [];
  // Both disabled ids could coincide only with one page, which has no buttons at all.
  return [
    button('◀ Previous', controls.page(Math.max(0, page - 1)), { disabled: page <= 0 }),
    button(`Next ▶`, controls.page(Math.min(count - 1, page + 1)), {
      primary: true,
      disabled: page >= count - 1,
    }),
  ];
}

/** The Previous / Next row, or nothing when everything fits on one page. */
export function pagerRow(
  page: number,
  count: number,
  controls: PageControls | undefined,
): ActionRow[] {
  if (!controls || count <= 1) return [];
  return rows(pageButtons(page, count, controls), MAX_BUTTONS_PER_ROW);
}
