/**
 * Stage 6, abstain: what the reply may honestly claim. Three outcomes: the best passage
 * answers; no passage clearly answers, so the closest are shown as such; or nothing in the
 * coverage is about the question. A logistic classifier over the question-level evidence
 * (abstain-features.ts) gives P(the coverage answers the question); it and both cut-offs are
 * fitted on the development questions by `npm run fit -- --abstention` (abstain-model.json).
 * Before it, two hard gates: a question whose asked thing ("deep" in "how deep is the lido") no
 * candidate holds is never answered (abstain-asked-thing.ts), nor a "how many NOUN" question
 * whose candidates hold no count of the noun (abstain-counted-thing.ts), nor a "how many people
 * VERB" (or "how many NOUN were VERBed") question whose candidates tell the act with no number
 * (abstain-counted-act.ts), nor a
 * question for a name (of a person, a thing, an office's holder) whose candidates name it nowhere
 * beside the noun that describes it (abstain-asked-name.ts), nor one
 * whose candidates say only that their figure is not the asked thing's (abstain-excluded-thing.ts)
 * or make the asked object the doer of the asked verb (abstain-inverted-role.ts), nor one for
 * the outcome of a process its candidates tell only as still ahead (abstain-pending-outcome.ts),
 * nor one naming the holder of the attribute it asks when the leading candidates give it only to
 * another name (abstain-other-holder.ts), nor one qualifying a noun by a proper word ("the
 * Spanish minister") when the leading candidates give the noun only another ("the Portuguese
 * minister": abstain-other-qualifier.ts), nor one placing what it asks at a proper name ("how
 * many homes flooded in Lowmere") when the leading candidates place it only at another ("37 homes
 * in Saltgate": abstain-other-place.ts), nor one asking a measure of money (a profit) whose
 * leading candidates name their sum as another (a revenue: abstain-other-measure.ts), nor one
 * for a sum of money whose candidates state no sum of what it asks (abstain-asked-sum.ts), nor
 * one naming its source whose best passage, from that source, lacks most of its content words
 * (abstain-named-source.ts), nor one for a time ("what time", "when was X founded") whose
 * candidates give no clock time, or no date beside the act asked in a sentence naming X
 * (abstain-asked-time.ts), nor
 * one for what someone said about a topic whose rarest word no candidate holds
 * (abstain-said-topic.ts), or whose leading candidates name not the one whose words it asks
 * (abstain-said-speaker.ts), nor "how old is X" when no candidate gives an age or a year of
 * X's beginning said of X (abstain-asked-age.ts), nor one whose best passage shares none of its
 * content words in its own or a derived form, only WordNet synonyms of them (abstain-own-words.ts),
 * nor one sharing only proper names with the coverage while it lacks a common word of it
 * ("the weather in Minsk": abstain-setting-only.ts), nor one most of whose topic nouns the
 * coverage never uses in their own words ("the weather forecast for the weekend":
 * abstain-unknown-topic.ts).
 */
import type { AbstainModel, AbstentionFeatures } from './abstain-model.js';
import { ABSTENTION_FEATURES } from './abstain-model.js';
import { gateRefuses } from './abstain-gates.js';
import { SEARCH_OPTIONS } from './options.js';

/** What the reply may claim. */
export type Outcome = 'answer' | 'closest' | 'nothing';

/** What {@link decide} reads of one question. */
export interface AbstentionEvidence {
  /**
   * The classifier's inputs (abstain-features.ts), one per passage an answer may show, the
   * ranking's best first (abstain-features.ts `passageFeatures`); at least one.
   */
  features: readonly AbstentionFeatures[];
  /** The most of the question any candidate covers, 0–1 ({@link widestCoverage}). */
  widestCoverage: number;
  /**
   * Whether the leading candidates hold the thing the question asks for
   * (abstain-asked-thing.ts `askedThingHeld`); absent when it asks for no such thing.
   */
  askedThingHeld?: boolean;
  /**
   * Whether the candidates hold a count of what a "how many" question counts
   * (abstain-counted-thing.ts `countedThingHeld`); absent when it counts nothing to require.
   */
  countedThingHeld?: boolean;
  /**
   * Whether the candidates tell, with a number, the act a count of people is asked by
   * (abstain-counted-act.ts `countedActHeld`); absent when the question asks no such count.
   */
  countedActHeld?: boolean;
  /**
   * Whether the candidates name what a "what is the name of the man…", "what is X called" or
   * "who is the X" question asks the name of (abstain-asked-name.ts `askedNameHeld`); absent
   * when it asks no name.
   */
  askedNameHeld?: boolean;
  /**
   * Whether the candidates tell the act a relative clause asks a person by ("who was the
   * engineer who installed the relay": abstain-relative-act.ts `relativeActHeld`); absent when
   * it asks none.
   */
  relativeActHeld?: boolean;
  /**
   * Whether a candidate holds a value of the thing a quantity question asks for, when one
   * excludes it (abstain-excluded-thing.ts `excludedThingHeld`); absent when none excludes it.
   */
  excludedThingHeld?: boolean;
  /**
   * Whether a candidate names the doer "who VERBs X" asks for, when a leading one makes X the
   * doer (abstain-inverted-role.ts `askedRoleHeld`); absent when none does.
   */
  askedRoleHeld?: boolean;
  /**
   * Whether the candidates name a doer of the act a "who/which N VERB …" question asks the agent
   * of, when they tell the act (abstain-asked-doer.ts `askedDoerHeld`); absent when the question
   * asks no doer or no candidate tells the act.
   */
  askedDoerHeld?: boolean;
  /**
   * Whether the candidates name who did the act of a "who VERBed the Y for X" question for X,
   * when a leading one makes X itself its doer (abstain-acting-for.ts `actingForHeld`); absent
   * when the question is of another form or no leading candidate does.
   */
  actingForHeld?: boolean;
  /**
   * Whether the candidates tell what followed the event a question's passive "after" clause
   * gives ("after she was questioned"), when one names its participant and tells the event
   * (abstain-after-event.ts `afterEventHeld`); absent otherwise.
   */
  afterEventHeld?: boolean;
  /**
   * Whether the candidates tell an outcome of the process a question asks the outcome of
   * (abstain-pending-outcome.ts `outcomeReported`); absent when it asks none, or no candidate
   * names the process.
   */
  outcomeReported?: boolean;
  /**
   * Whether the candidates tell the event a past polar question asks of as having happened, not
   * only as wanted or ahead (abstain-event-told.ts `eventToldHeld`); absent when the question is
   * no such question, or no candidate holds all its words.
   */
  eventToldHeld?: boolean;
  /**
   * Whether the candidates tell the asked attribute of the entity the question names as its
   * holder, when a leading one gives it to another name (abstain-other-holder.ts
   * `askedHolderHeld`); absent when none does.
   */
  askedHolderHeld?: boolean;
  /**
   * Whether the candidates name the relational noun a question asks for with its argument
   * ("the population of X") for that argument (abstain-asked-relation.ts
   * `askedRelationHeld`); absent when it asks for none.
   */
  askedRelationHeld?: boolean;
  /**
   * Whether the candidates give a value of the attribute a question asks ("what colour": a
   * colour; abstain-asked-attribute.ts `askedAttributeHeld`); absent when it asks for none.
   */
  askedAttributeHeld?: boolean;
  /**
   * Whether the candidates tell of the noun phrase the question qualifies by a proper word as
   * that qualifier's, when a leading one gives it only other proper qualifiers
   * (abstain-other-qualifier.ts `askedQualifierHeld`); absent when none does.
   */
  askedQualifierHeld?: boolean;
  /**
   * Whether the candidates name the period the question restricts what it asks to by an
   * ordinal ("the second quarter"), when the best one names another
   * (abstain-asked-period.ts `askedPeriodHeld`); absent when it does not.
   */
  askedPeriodHeld?: boolean;
  /**
   * Whether the candidates give the noun the question restricts by a body it describes ("the
   * council's chief executive") to that body, when a leading one gives it only to others
   * (abstain-described-owner.ts `describedOwnerHeld`); absent when none does.
   */
  describedOwnerHeld?: boolean;
  /**
   * Whether the candidates tell of the thing the question asks at the proper place it names
   * ("in Lowmere"), when a leading one places it at another (abstain-other-place.ts
   * `askedPlaceHeld`); absent when none does.
   */
  askedPlaceHeld?: boolean;
  /**
   * Whether the candidates hold the measure of money the question asks (a profit, not a
   * revenue), when a leading one names its sum as another (abstain-other-measure.ts
   * `askedMeasureHeld`); absent when none does.
   */
  askedMeasureHeld?: boolean;
  /**
   * Whether a candidate states a sum of what a question for a sum of money asks, its figure
   * beside the sum's word (abstain-asked-sum.ts `askedSumHeld`); absent when it asks none.
   */
  askedSumHeld?: boolean;
  /**
   * Whether the best passage holds enough of the question's content words, when the question
   * names its source and the passage is from it (abstain-named-source.ts
   * `namedSourceContentHeld`); absent otherwise.
   */
  namedSourceContentHeld?: boolean;
  /**
   * Whether the candidates give the time a "what time" or "when was X VERBed" question asks
   * (abstain-asked-time.ts `askedTimeHeld`); absent when it asks neither.
   */
  askedTimeHeld?: boolean;
  /**
   * Whether the candidates say a span of time of the eventuality a "how long did X last"
   * question asks, not of another act (abstain-asked-duration.ts `askedDurationHeld`); absent
   * when it asks none.
   */
  askedDurationHeld?: boolean;
  /**
   * Whether the candidates speak of the topic a question asks someone's words on ("what did
   * the mayor say about the library": abstain-said-topic.ts `saidTopicHeld`); absent when it
   * asks none.
   */
  saidTopicHeld?: boolean;
  /**
   * Whether a leading candidate names the speaker a question asks the words of ("what did the
   * union say": abstain-said-speaker.ts `saidSpeakerHeld`); absent when it asks none.
   */
  saidSpeakerHeld?: boolean;
  /**
   * Whether the candidates give words of the thing (a report, a review) a question asks the
   * words of ("what did the final report conclude": abstain-said-thing.ts `saidThingHeld`);
   * absent when it asks none.
   */
  saidThingHeld?: boolean;
  /**
   * Whether the candidates give the age "how old is X" asks, said of X (abstain-asked-age.ts
   * `askedAgeHeld`); absent when it asks none.
   */
  askedAgeHeld?: boolean;
  /**
   * Whether the passage weighed as the answer shares one of the question's content words as the
   * question writes them or a form derived from them, not only through a synonym
   * (abstain-own-words.ts `ownWordsHeld`); absent when there is no candidate, or no content word.
   */
  ownWordsHeld?: boolean;
  /**
   * Whether the coverage holds a common word of the question, when the question has one the
   * coverage lacks: false when it shares only proper names with the question
   * (abstain-setting-only.ts `askedBeyondSettingHeld`); absent when it lacks none.
   */
  askedBeyondSettingHeld?: boolean;
  /**
   * Whether the coverage holds, in their own words, as many of the question's content concepts
   * as it lacks topic nouns of it (abstain-unknown-topic.ts `knownTopicHeld`); absent when it
   * lacks none.
   */
  knownTopicHeld?: boolean;
  /**
   * False when the question asks the bot to make something, "write me a poem about …"
   * (abstain-composition-request.ts `compositionRequestHeld`); absent otherwise.
   */
  compositionRequestHeld?: boolean;
  /**
   * False when the question asks the bot for its own recommendation, "recommend a good …"
   * (abstain-advice-request.ts `adviceRequestHeld`); absent otherwise.
   */
  adviceRequestHeld?: boolean;
  /**
   * False when the question is written in a program's syntax, "' OR 1=1; DROP TABLE …; --"
   * (abstain-program-text.ts `programTextHeld`); absent otherwise.
   */
  programTextHeld?: boolean;
}

/** P(the coverage answers the question), 0–1, by the fitted logistic model. */
export function answerProbability(
  features: AbstentionFeatures,
  model: AbstainModel = SEARCH_OPTIONS.abstain.model,
): number {
  let z = model.intercept;
  for (const name of ABSTENTION_FEATURES) z += model.weights[name] * features[name];
  return 1 / (1 + Math.exp(-z));
}

/**
 * P(the coverage answers the question), 0–1: the most likely of the passages weighed to
 * answer it. A reply is an answer when one of the passages it shows answers, whatever the
 * ranking put first.
 */
export function questionProbability(
  features: readonly AbstentionFeatures[],
  model: AbstainModel = SEARCH_OPTIONS.abstain.model,
): number {
  let best = 0;
  for (const passage of features) best = Math.max(best, answerProbability(passage, model));
  return best;
}

/**
 * The outcome for a question given its evidence (undefined: no candidate matched any of its
 * words). It is an answer only when no gate says the candidates lack what it asks for
 * (abstain-gates.ts `gateRefuses`, over every gate in `gateEvidence`: each documented in its own
 * file) and
 * the classifier trusts one. "Nothing" is claimed only when no candidate covers even `aboutCoverage` of the
 * question (a share below what the least-covered answerable development question's best
 * passage had): then no passage shares enough of its concepts to be shown as near it.
 */
export function decide(
  evidence: AbstentionEvidence | undefined,
  model: AbstainModel = SEARCH_OPTIONS.abstain.model,
): Outcome {
  if (evidence === undefined) return 'nothing';
  // gateRefuses reads the gates' verdicts alone, so the evidence is passed whole, not copied
  // without its other fields.
  return decideOutcome(
    evidence.features,
    evidence.widestCoverage,
    () => gateRefuses(evidence),
    model,
  );
}

/**
 * {@link decide} with the gates' verdict read only when it can change the outcome: `refused`
 * (true when a gate refuses the question, as abstain-gates.ts `gateRefuses` says of its
 * evidence) is called only when the classifier trusts a passage, since an untrusted question is
 * no answer whatever the gates say. The conjunction is evaluated left to right and stops at its
 * first false operand (McCarthy 1960, "Recursive functions of symbolic expressions", §2's
 * conditional expressions, which define `p ∧ q` as "if p then q else false"); the gates are pure
 * functions of the ranking, so not running them changes no outcome. The search runs them so
 * (abstain-gates.ts `someGateRefuses`): they were an eighth of a warm ask (session 60's profile).
 */
export function decideOutcome(
  features: readonly AbstentionFeatures[],
  widestCoverage: number,
  refused: () => boolean,
  model: AbstainModel = SEARCH_OPTIONS.abstain.model,
): Outcome {
  const trusted = questionProbability(features, model) >= model.answerProbability;
  if (trusted && !refused()) return 'answer';
  return widestCoverage < model.aboutCoverage ? 'nothing' : 'closest';
}
