import { openEngine } from './src/engine/index.js';
import { namedNoun } from './src/search/abstain-asked-name.js';
import { candidateContext } from './src/search/abstain-features.js';
const [dir, ...qs] = process.argv.slice(2);
const engine: any = await openEngine({ corpusDir: dir });
for (const q of qs) {
  const r = engine.index.rank(q);
  const input = engine.index.abstentionInput(r);
  console.log(q, JSON.stringify(namedNoun(q)));
  for (const s of candidateContext(input)) console.log('  ', s, input.textOf(s).slice(0, 150));
}
for (const q of qs) {
  const r = engine.index.rank(q);
  const input = engine.index.abstentionInput(r);
  for (const s of candidateContext(input)) { const c = input.contextOf(s); if (c !== null) console.log('ctx', s, '->', c, input.textOf(s)); }
}
