/**
 * A cheap test that two passages' own clauses (fact-clauses.ts `ownClause`) may be found one
 * fact (fact-clause-relations.ts `inOwnClauses`), read from their content terms alone
 * (fact-content-terms.ts): for the selection's cheap test of candidates (select.ts
 * `mayReportOneFact`), and before the clauses themselves are compared.
 */
import { SEARCH_OPTIONS } from '../options.js';
import { ownClause } from './fact-clauses.js';
import { contentTerms } from './fact-content-terms.js';

/** What {@link ownClausesMeet} reads of a passage: its own clause's content terms. */
export interface OwnClauseTerms {
  /** Content terms of the own clause (fact-clauses.ts `ownClause`), as {@link contentTerms}. */
  terms: ReadonlySet<string>;
  /** True when the own clause sets something aside, so is not the whole passage. */
  setAside: boolean;
}

/** Reads {@link OwnClauseTerms} from a passage's text: one tokenising pass, no analysis. */
export function ownClauseTerms(text: string): OwnClauseTerms {
  const own = ownClause(text);
  return { terms: new Set(contentTerms(own).keys()), setAside: own !== text };
}

/**
 * A cheap test that two passages' own clauses ({@link inOwnClauses}) may be found one fact: at
 * least one sets something aside, and they share `anchorSharedTerms` content terms or more, as
 * the comparison needs them shared: `sameEventOverlap` of the smaller one's, of nearly
 * `minContentTerms`, or nearly all of both (`nearlySameJaccard`). For the selection's cheap test
 * of candidates (select.ts `mayReportOneFact`), whose whole sentences share too few words when
 * each adds its own detail, and before the comparison of the clauses themselves.
 */
export function ownClausesMeet(x: OwnClauseTerms, y: OwnClauseTerms): boolean {
  if (!x.setAside && !y.setAside) return false;
  let shared = 0;
  for (const term of x.terms) if (y.terms.has(term)) shared += 1;
  const smaller = Math.min(x.terms.size, y.terms.size);
  const o = SEARCH_OPTIONS.facts;
  // Only what the comparison could find one event (relateOneWay): most of `minContentTerms`
  // terms, one of which may be a calendar day both state (SHARED_DAY), or nearly the same words.
  const overlapping = smaller + 1 >= o.minContentTerms && shared / smaller >= o.sameEventOverlap;
  const nearlySame =
    smaller >= o.nearlySameMinTerms &&
    shared / (x.terms.size + y.terms.size - shared) >= o.nearlySameJaccard;
  return shared >= o.anchorSharedTerms && (overlapping || nearlySame);
}
