/**
 * The relation of two passages as the fact comparison reports it (fact-relation.ts
 * `relateFacts`): the same fact, a different fact, or a disagreement on one aspect; and what a
 * question tells the comparison about the pair: the aspect asked, the articles' publication
 * dates, the corpus's WordNet synonyms, whether only a disagreement is sought.
 */

/**
 * What the values of two reports can differ on. The engine's `SourcesDiffer.aspect` takes these
 * values (engine.ts assigns one to the other, so the compiler keeps them in step).
 */
export type Aspect = 'place' | 'date' | 'number' | 'actor';

/** How two passages relate. */
export type FactRelation =
  | { kind: 'same-fact' }
  | { kind: 'different-fact'; reason: string }
  | {
      kind: 'disagree';
      aspect: Aspect;
      /**
       * The shared content terms (as compared: stems cut to `namePrefix` letters) right before
       * the differing values, when they stand in the same place of shared wording.
       */
      anchor?: readonly string[];
    };

/** What the question tells about the pair, when they answer one. */
export interface RelationContext {
  /** The aspect the question asks about ("where" → place); a disagreement is reported on it only. */
  asked?: Aspect | null;
  /**
   * The publication dates of the two passages' articles (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`; null
   * when not stated), which time stated relative to publication counts from (fact-time.ts).
   * Absent: not known, so passages stating such a time are never the same fact.
   */
  published?: readonly [string | null, string | null];
  /**
   * WordNet synonyms of a word's stem as the corpus's terms (the index's synonym table,
   * synonyms.ts), so two words in one place of otherwise shared wording that are synonyms
   * ("began" / "started", "closed" / "shut") are one word, not two things reported
   * (fact-slots.ts). Absent: none.
   */
  synonyms?: (stem: string) => readonly string[];
  /**
   * True when only a disagreement is sought (select.ts `findDisagreements`): a pair that is not
   * one fact as written is then returned as it is ('different-fact'), not read again by its
   * clauses and claims ({@link relateFacts}), which can find it one fact but never a
   * disagreement. Absent: false.
   */
  disputeOnly?: boolean;
  /**
   * Whether the sentences right before the two passages in their articles report one fact (the
   * same-fact relation), asked only when a passage leaves what it reports of to its context (an
   * object understood: "The club said 25,912 supporters attended,", fact-attendance.ts). Absent:
   * not known, so such a passage is of no known event.
   */
  leanedOnAlike?: () => boolean;
  /**
   * Whether the sentences right before the two passages in their articles identify different
   * things (fact-context-referents.ts `contextsApart`), asked only of a disagreement between two
   * passages that leave what they are about to their context ("A crowd of 24,118 watched the
   * match."). Absent: not known, so nothing is set apart by context.
   */
  contextsApart?: () => boolean;
  /**
   * Whether the two passages name, or stand by a definite description for, differently named
   * things of one head, read in their articles ("the pier" of an article about Tolver Pier
   * against one about Kelby Pier: fact-described-place.ts `describedPlacesApart`). Asked only of a
   * pair found one fact or a disagreement. Absent: not known, so nothing is set apart so.
   */
  describedApart?: () => boolean;
}
