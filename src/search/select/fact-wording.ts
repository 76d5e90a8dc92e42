/**
 * How much of their wording two analysed passages share (fact-one-way.ts): acts and other words
 * told with WordNet synonyms (fact-acts.ts, fact-shared-terms.ts), a day and figures both state,
 * overlap and a Jaccard index of their terms with one-sided modifiers and second references set
 * aside (fact-premodifiers.ts, fact-second-reference.ts), a dated anchor, and values in one place
 * of shared wording (fact-value-slots.ts). A stance before an act told in other words sets the
 * two apart as one before a shared word does.
 */
import { withProgressiveAsPlan } from './fact-progressive.js';
import { SEARCH_OPTIONS } from '../options.js';
import { compatibleDates } from './fact-values.js';
import { governingStances, STANCE_REASON, stanceDifference } from './fact-stance.js';
import { overlapCoefficient } from './widen.js';
import { actInOtherWords } from './fact-acts.js';
import { oneSidedModifiers } from './fact-premodifiers.js';
import { secondReferenceNames } from './fact-second-reference.js';
import { sharedFigureTerms } from './fact-shared-figures.js';
import type { Aspect, FactRelation } from './fact-relation-types.js';
import {
  jaccardIndex,
  toldAsShared,
  toldInOtherWords,
  unitOverlap,
  without,
} from './fact-shared-terms.js';
import { datesWithYear } from './fact-value-conflicts.js';
import { type SlotConflict, slotConflicts } from './fact-value-slots.js';
import { namesShared, sameSetting } from './fact-setting.js';
import { sameDayOfOneEvent, SHARED_DAY } from './fact-same-time.js';
import {
  withCausatives,
  withCompactVerbs,
  withGeneralNouns,
  withPhaseVerbs,
  withPriceVerbs,
} from './fact-one-word.js';
import type { OneWayPair, Wording } from './fact-one-way-types.js';

/** The pair's {@link Wording}, or the relation a stance on an act told in other words sets. */
export function readWording(pair: OneWayPair): Wording | FactRelation {
  const { a, b, context, synonym, sharedList } = pair;
  const o = SEARCH_OPTIONS.facts;
  const same = withCausatives(
    a,
    b,
    withGeneralNouns(
      a,
      b,
      withPhaseVerbs(a, b, withCompactVerbs(a, b, withPriceVerbs(a, b, synonym))),
    ),
  );
  // One act told with a WordNet synonym or as its noun ("were arrested" / "were apprehended",
  // fact-acts.ts `actInOtherWords`) is a word both share, as the same verb would be.
  const act = actInOtherWords(a, b, same);
  // A stance before that act governs it as it would the same word ("agreed on 4 December" / "did
  // not reach an agreement on 4 December"): the stances are read again with it shared.
  if (act !== null) {
    const stanceOfAct = stanceDifference(
      ...withProgressiveAsPlan(
        a,
        governingStances(a.stances, [...sharedList, act[0]], a.terms),
        b,
        governingStances(b.stances, [...sharedList, act[1]], b.terms),
        sharedList,
      ),
    );
    if (stanceOfAct !== null) return { kind: 'different-fact', reason: STANCE_REASON[stanceOfAct] };
  }
  // So is any other word told with a WordNet synonym ("injured" / "hurt", "fell" / "collapsed").
  const told = toldInOtherWords(a, b, act, synonym);
  // A calendar day both state after the same event word is one more thing they share.
  const day = sameDayOfOneEvent(a, b, context.published ?? [null, null], act) ? [SHARED_DAY] : [];
  // So is a figure both state alike ("more than 200" / "over 200": fact-shared-figures.ts), of
  // one setting and one named thing where both name one, as counts found alike are read.
  const figures =
    namesShared(a, b) && sameSetting(a, b) ? sharedFigureTerms(a.values, b.values) : [];
  const ta = new Set([...a.terms.keys(), ...day, ...figures]);
  const tb = new Set([...toldAsShared(b.terms.keys(), told), ...day, ...figures]);
  const shared = Math.min(overlapCoefficient(ta, tb), unitOverlap(a, b, told));
  const smaller = Math.min(ta.size, tb.size);
  const overlapping = smaller >= o.minContentTerms && shared >= o.sameEventOverlap;
  // Nearly the same words: most of the larger one's terms too (a Jaccard index), or most of
  // the smaller one's in long enough sentences. Modifiers one side alone writes before a noun
  // the other names bare ("an extraordinary general meeting" / "met") say which thing, not
  // another one (fact-premodifiers.ts): they do not count against the wording shared. Nor do
  // a name's words before the noun the other writes after "the" ("Cobb Mill Bridge" / "the
  // bridge": fact-second-reference.ts).
  const jaccard = jaccardIndex(
    without(without(ta, oneSidedModifiers(a, b)), secondReferenceNames(a, b)),
    without(without(tb, oneSidedModifiers(b, a)), secondReferenceNames(b, a)),
  );
  const nearlySame = smaller >= o.nearlySameMinTerms && jaccard >= o.nearlySameJaccard;
  const closelyOverlapping =
    nearlySame || (smaller >= o.disagreeMinContentTerms && shared >= o.disagreeOverlap);
  const va = a.values;
  const vb = b.values;
  const da = datesWithYear(va);
  const db = datesWithYear(vb);
  const sharedTerms = sharedList.length;
  // A shared date anchors one event only with words of the event shared too: a question's
  // words alone do not make two reports of the same month one event.
  const anchored =
    sharedTerms >= o.anchorSharedTerms &&
    da.length > 0 &&
    db.length > 0 &&
    da.some((x) => db.some((y) => compatibleDates(x, y)));
  // Values in the same place of shared wording, in passages that share most of the smaller
  // one's words, are two reports of one thing.
  const slotted =
    sharedTerms >= o.slotSharedTerms && shared >= o.sameEventOverlap
      ? slotConflicts(a, b, new Set(sharedList))
      : Object.assign(new Map<Aspect, SlotConflict>(), { anyDiffer: false });
  return { same, act, told, overlapping, nearlySame, closelyOverlapping, anchored, slotted };
}
