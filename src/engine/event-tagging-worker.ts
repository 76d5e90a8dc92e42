/**
 * The worker thread of event-tagging.ts: tags the sentences it is started with (`workerData`,
 * per article its sentences' texts), in order, and posts back each one's event words.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { claimEventWords } from '../search/select/fact-predicates.js';

const articles = workerData as string[][];
parentPort?.postMessage(articles.map((texts) => texts.map((text) => [...claimEventWords(text)])));
