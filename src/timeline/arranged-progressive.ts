/**
 * The present progressive of an arranged event: "The Wednesday Club is holding a bake sale on
 * Saturday", "the council is meeting on Monday", "Rovers are playing at home on Sunday". With a
 * time, the present progressive of a verb of a planned occasion tells of a future event arranged
 * now (Quirk et al. 1985, the present progressive referring to the future: "a future event
 * anticipated by virtue of a present plan, programme or arrangement"), so the time lies ahead.
 *
 * Only verbs whose acts are arranged in advance: a verb of a process under way ("police are
 * investigating a burglary on Saturday", "residents are appealing against the plan") describes
 * the present, and its date may be the past event it is about.
 */

import { MID_ADVERB } from './base-form.js';

/** Present forms of "be" that make a present progressive (not "was", "were": a past one). */
const PRESENT_BE = /^(?:is|are|am|'re|’re|isn't|aren't|isn’t|aren’t)$/iu;

/**
 * "-ing" forms of verbs of an arranged occasion: holding or staging an event, meeting,
 * playing a fixture, visiting, travelling, performing, voting, striking, opening, launching,
 * publishing, celebrating. Not verbs of motion or handling ("returning", "leaving", "taking",
 * "collecting"): news uses their progressive for what is under way now ("residents are
 * returning home after a fire on Saturday"), where the date is the past event's.
 */
const ARRANGED_ACT =
  /^(?:holding|hosting|staging|organi[sz]ing|running|throwing|meeting|playing|visiting|travell?ing|flying|performing|singing|screening|exhibiting|presenting|giving|speaking|addressing|attending|joining|marching|striking|picketing|protesting|rallying|voting|debating|opening|reopening|closing|launching|unveiling|publishing|releasing|celebrating|commemorating|starting|beginning|resuming|kicking|signing|hearing|interviewing|inspecting|welcoming|awarding)$/iu;

/**
 * True when the word at `i` of `words` is the participle of a present progressive of an
 * arranged act ({@link ARRANGED_ACT}) after "is", "are", "am" or "'re", directly or across
 * adverbs ("is also holding"): a marker of what lies ahead.
 */
export function arrangedProgressive(words: readonly string[], i: number): boolean {
  if (!ARRANGED_ACT.test(words[i] ?? '')) return false;
  let j = i - 1;
  while (j > 0 && j > i - 3 && MID_ADVERB.test(words[j] ?? '')) j--;
  return PRESENT_BE.test(words[j] ?? '');
}
