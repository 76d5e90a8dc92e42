/**
 * The worker thread of event-tagging.ts: loads the tagger as soon as it starts (while the build
 * reads its articles), then tags the sentences it is sent (per article its sentences' texts), in
 * order, and posts back each one's event words.
 */
import { parentPort } from 'node:worker_threads';
import { claimEventWords } from '../search/select/fact-predicates.js';

// Tagging an empty text loads wink-nlp's model and tags nothing.
claimEventWords('');
parentPort?.once('message', (articles: string[][]) => {
  parentPort?.postMessage(articles.map((texts) => texts.map((text) => [...claimEventWords(text)])));
});
