/**
 * What a question may load once in a process's life, loaded before a served engine takes its
 * first question. An ask reads some of its tables lazily, on the first question that needs them:
 * wink-nlp's part-of-speech model (a bare month that may be a person's name, "Since May took
 * office": timeline/lookalikes.ts), wink-lexicon's lexicon (subordinate-when.ts) and WordNet's
 * noun and verb files (event nouns, causatives). At State of the Union scale that one question
 * paid 50–380 ms of CPU for them (session 36's first-sight profile: four of the ten slowest of
 * 1,007 questions asked once), wherever it fell. Lazy initialisation moved ahead of first use, as
 * a server warms up before it takes traffic (the builder does the same: analysis-warm-up.ts);
 * what it makes is memoised pure functions' state, so no answer changes. A one-shot command
 * (`ask` on the command line) does not call it: it answers one question, and would pay for
 * tables that question may never read.
 */
import { lexiconTags } from '../text/lexicon-tags.js';
import { lemmaSynsets } from '../search/wordnet-relations.js';
import { tagWords } from '../timeline/wink.js';

/** An invented sentence with a bare month before a verb: the tagger's case. */
const WARM_UP_SENTENCE = 'Since May took office, the ferry has sailed twice a day.';

let warmed = false;

/**
 * Loads the tables {@link WARM_UP_SENTENCE} and one WordNet look-up of each part of speech need,
 * once per process (about 0.4 s of CPU): true the time it runs, false after.
 */
export function warmUpAsking(): boolean {
  if (warmed) return false;
  warmed = true;
  tagWords(WARM_UP_SENTENCE);
  lexiconTags('ferry');
  lemmaSynsets('noun')('ferry');
  lemmaSynsets('verb')('sail');
  return true;
}
