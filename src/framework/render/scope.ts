/**
 * What a `source:` option limited a command to (one article, or every article of one outlet),
 * and the one way replies name it: /ask's refusal ("Only the article “Title” was searched") and
 * /timeline's heading ("Timeline: the articles of DW") say it in the same words.
 */
import type { SourceRef } from '../../engine/types.js';
import { fitEscaped, truncate } from '../text.js';
import { titleText } from './source.js';

/** One article, or every article of one outlet (by the outlet's name as the person gave it). */
export type SourceScope = SourceRef | { outlet: string };

/** Longest title and outlet name shown in a scope's name before they are cut. */
const MAX_SCOPE_TITLE = 150;
const MAX_SCOPE_OUTLET = 100;

/** True when the scope is an outlet's articles (several), not one article. */
export function isOutletScope(scope: SourceScope): scope is { outlet: string } {
  return !('id' in scope);
}

/** The words around the scope's own name, and the name with its longest length. */
function scopeParts(scope: SourceScope) {
  return isOutletScope(scope)
    ? { before: 'the articles of ', name: scope.outlet, max: MAX_SCOPE_OUTLET, after: '' }
    : { before: 'the article “', name: titleText(scope), max: MAX_SCOPE_TITLE, after: '”' };
}

/**
 * The scope as a reply names it, plain text (not escaped): `the article “Title”` (the title as
 * /sources shows it, {@link titleText}) or `the articles of DW`.
 */
export function scopeName(scope: SourceScope): string {
  const { before, name, max, after } = scopeParts(scope);
  return `${before}${truncate(name, max)}${after}`;
}

/** {@link scopeName} for a reply's markdown: the title or outlet escaped, within the same bound. */
export function scopeNameEscaped(scope: SourceScope): string {
  const { before, name, max, after } = scopeParts(scope);
  return `${before}${fitEscaped(name, max)}${after}`;
}
