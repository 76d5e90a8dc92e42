/**
 * What the one-way comparison of two analysed passages (fact-one-way.ts `relateOneWay`) reads
 * of the pair before its stages, and what it reads of their wording (fact-wording.ts) for the
 * stages after.
 */
import type { AnalysedFact } from './fact-analysis.js';
import type { Duration } from './fact-durations.js';
import type { RelationContext, Aspect } from './fact-relation-types.js';
import type { SlotConflict } from './fact-value-slots.js';
import type { SynonymousTerms } from './fact-synonym-terms.js';

/** Two analysed passages compared one way round, `a` against `b`. */
export interface OneWayPair {
  a: AnalysedFact;
  b: AnalysedFact;
  context: RelationContext;
  /**
   * True when two terms are one word for this pair: WordNet synonyms of the corpus
   * (fact-synonym-terms.ts), or "spent" / "lasted" before one span of one activity.
   */
  synonym: SynonymousTerms;
  /** The content terms both write, in `a`'s order. */
  sharedList: readonly string[];
  /** {@link sharedList} as a set. */
  sharedSet: ReadonlySet<string>;
  /** "Spent" and "lasted" before one span of one activity, `a`'s first (fact-durations.ts); null when not. */
  durations: readonly [Duration, Duration] | null;
}

/** How much of their wording two passages share, as fact-wording.ts `readWording` reads it. */
export interface Wording {
  /** {@link OneWayPair.synonym}, with the causative, general-noun, phase, compact and price verbs read as one word. */
  same: SynonymousTerms;
  /** One act told in other words, `a`'s term first (fact-acts.ts `actInOtherWords`); null when none. */
  act: readonly [string, string] | null;
  /** `b`'s terms told in other words by `a`, each with `a`'s term (fact-shared-terms.ts `toldInOtherWords`). */
  told: ReadonlyMap<string, string>;
  /** Enough content terms shared to be one event (`sameEventOverlap`). */
  overlapping: boolean;
  /** Nearly the same words (a Jaccard index over `nearlySameJaccard`). */
  nearlySame: boolean;
  /** Nearly the same, or sharing enough to claim a disagreement (`disagreeOverlap`). */
  closelyOverlapping: boolean;
  /** A date both state with its year, with enough event words shared. */
  anchored: boolean;
  /** Values in the same place of shared wording (fact-value-slots.ts `slotConflicts`). */
  slotted: Map<Aspect, SlotConflict> & { anyDiffer: boolean };
}
