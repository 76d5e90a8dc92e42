/**
 * The hard gates of abstention (abstain.ts), read together: each says whether the candidates
 * hold what one kind of question asks for (one gate a file, abstain-*.ts), or nothing when the
 * question is not of its kind. A question a gate refuses is refused whatever the classifier
 * says. The search reads them for its reply, and the abstention fit (test/fit/fit-abstention.ts)
 * for its cross-validated figures, which are then the reply's.
 */
import type { AbstentionEvidence } from './abstain.js';
import type { AbstentionInput } from './abstain-features.js';
import { adviceRequestHeld } from './abstain-advice-request.js';
import { askedAgeHeld } from './abstain-asked-age.js';
import { askedAttributeHeld } from './abstain-asked-attribute.js';
import { askedDoerHeld } from './abstain-asked-doer.js';
import { askedDurationHeld } from './abstain-asked-duration.js';
import { askedNameHeld } from './abstain-asked-name.js';
import { askedPeriodHeld } from './abstain-asked-period.js';
import { askedRelationHeld } from './abstain-asked-relation.js';
import { askedSumHeld } from './abstain-asked-sum.js';
import { askedThingHeld } from './abstain-asked-thing.js';
import { askedTimeHeld } from './abstain-asked-time.js';
import { compositionRequestHeld } from './abstain-composition-request.js';
import { countedActHeld } from './abstain-counted-act.js';
import { describedOwnerHeld } from './abstain-described-owner.js';
import { countedThingHeld } from './abstain-counted-thing.js';
import { excludedThingHeld } from './abstain-excluded-thing.js';
import { askedRoleHeld } from './abstain-inverted-role.js';
import { actingForHeld } from './abstain-acting-for.js';
import { afterEventHeld } from './abstain-after-event.js';
import { namedSourceContentHeld } from './abstain-named-source.js';
import { askedHolderHeld } from './abstain-other-holder.js';
import { askedMeasureHeld } from './abstain-other-measure.js';
import { askedPlaceHeld } from './abstain-other-place.js';
import { askedQualifierHeld } from './abstain-other-qualifier.js';
import { outcomeReported } from './abstain-pending-outcome.js';
import { eventToldHeld } from './abstain-event-told.js';
import { ownWordsHeld } from './abstain-own-words.js';
import { programTextHeld } from './abstain-program-text.js';
import { relativeActHeld } from './abstain-relative-act.js';
import { saidSpeakerHeld } from './abstain-said-speaker.js';
import { saidThingHeld } from './abstain-said-thing.js';
import { saidTopicHeld } from './abstain-said-topic.js';
import { askedBeyondSettingHeld } from './abstain-setting-only.js';
import { knownTopicHeld } from './abstain-unknown-topic.js';

/** What the gates tell of one question: {@link AbstentionEvidence} but the classifier's inputs. */
export type GateEvidence = Omit<AbstentionEvidence, 'features' | 'widestCoverage'>;

/** Each gate by the name of its verdict (each documented in its own file): the one list of them. */
const GATES: { [name in keyof GateEvidence]-?: (input: AbstentionInput) => boolean | undefined } = {
  askedThingHeld,
  countedThingHeld,
  countedActHeld,
  askedNameHeld,
  relativeActHeld,
  excludedThingHeld,
  askedRoleHeld,
  askedDoerHeld,
  actingForHeld,
  afterEventHeld,
  outcomeReported,
  eventToldHeld,
  askedHolderHeld,
  describedOwnerHeld,
  askedRelationHeld,
  askedAttributeHeld,
  askedQualifierHeld,
  askedPeriodHeld,
  askedPlaceHeld,
  askedMeasureHeld,
  askedSumHeld,
  namedSourceContentHeld,
  askedTimeHeld,
  askedDurationHeld,
  saidTopicHeld,
  saidSpeakerHeld,
  saidThingHeld,
  askedAgeHeld,
  ownWordsHeld,
  askedBeyondSettingHeld,
  knownTopicHeld,
  compositionRequestHeld,
  adviceRequestHeld,
  programTextHeld,
};

const GATE_NAMES = Object.keys(GATES) as Array<keyof GateEvidence>;

/** Every gate's verdict on one question's ranking. */
export function gateEvidence(input: AbstentionInput): GateEvidence {
  const evidence: GateEvidence = {};
  for (const name of GATE_NAMES) evidence[name] = GATES[name](input);
  return evidence;
}

/**
 * True when a gate refuses the question: one says the candidates lack what it asks for. Only
 * the gates' own verdicts are read, not any other field the object carries (a caller's
 * evidence may hold more: the fit's examples have "answerable" and "gated").
 */
export function gateRefuses(gates: GateEvidence): boolean {
  return GATE_NAMES.some((name) => gates[name] === false);
}

/**
 * {@link gateRefuses} of {@link gateEvidence}`(input)`, with the gates run in the same order
 * only until one refuses: the gates are pure functions of the ranking (they keep nothing but
 * memos of values), so the ones after a refusal cannot change the verdict.
 */
export function someGateRefuses(input: AbstentionInput): boolean {
  for (const name of GATE_NAMES) if (GATES[name](input) === false) return true;
  return false;
}
