/**
 * wink-nlp and its English model, required on first use rather than imported: importing the
 * model reads its data (about 50 ms of a process start), and a process that finds a fresh index
 * answers questions without ever tagging a sentence. The corpus (sentence boundaries) and the
 * timeline (entities, part-of-speech tags) each make their own instance from these.
 */
import { createRequire } from 'node:module';
import type winkNLPFactory from 'wink-nlp';
import type winkModel from 'wink-eng-lite-web-model';

/** An instance of wink-nlp, as `winkNLP(model, pipe)` returns it. */
export type WinkNLP = ReturnType<typeof winkNLPFactory>;

const require = createRequire(import.meta.url);

/**
 * A new wink-nlp instance on `wink-eng-lite-web-model` with the given pipe (wink-nlp's default
 * pipe when omitted). Loads both packages on the first call; each call makes an instance, so
 * callers keep theirs.
 */
export function loadWink(pipe?: string[]): WinkNLP {
  const winkNLP = require('wink-nlp') as typeof winkNLPFactory;
  const model = require('wink-eng-lite-web-model') as typeof winkModel;
  return pipe ? winkNLP(model, pipe) : winkNLP(model);
}
