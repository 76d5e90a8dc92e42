/**
 * Run as its own process (`node --import tsx test/support/ask-once.ts DIR QUESTION`): answers one
 * question from the saved index of corpus folder DIR, never rebuilding it, and prints as JSON the
 * passages' quotes with their "also reported by" quotes, which of wink-nlp's model's files the
 * process loaded (its package.json aside: the index's fingerprint reads that) and whether it
 * loaded wink-lexicon's lexicon (`lexicon`: its file, or none).
 */
import { createRequire } from 'node:module';
import { openEngine } from '../../src/engine/index.js';

const [dir, question] = process.argv.slice(2);
if (dir === undefined || question === undefined) {
  process.stderr.write('usage: ask-once.ts DIR QUESTION\n');
  process.exit(2);
}
const engine = await openEngine({ corpusDir: dir, rebuild: 'never' });
const answer = engine.ask(question, { limit: 5 });
const loaded = Object.keys(createRequire(import.meta.url).cache);
const model = loaded.filter(
  (file) => file.includes('wink-eng-lite-web-model') && !file.endsWith('package.json'),
);
const lexicon = loaded.filter((file) => /wink-lexicon[\\/]src[\\/]lexicon\.js$/.test(file));
process.stdout.write(
  JSON.stringify({
    passages: answer.passages.map((passage) => ({
      quote: passage.quote,
      also: passage.alsoReportedBy.map((also) => also.quote),
    })),
    model,
    lexicon,
  }),
);
