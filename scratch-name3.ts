import { openEngine } from './src/engine/index.js';
import { conceptForms, phraseAt } from './src/search/abstain-asked-thing.js';
import { candidateContext } from './src/search/abstain-features.js';
const [dir, q, noun] = process.argv.slice(2);
const engine: any = await openEngine({ corpusDir: dir });
const r = engine.index.rank(q);
const input = engine.index.abstentionInput(r);
const forms = conceptForms(r.plan, noun);
console.log(JSON.stringify(forms));
for (const s of candidateContext(input)) for (const f of forms) { const at = phraseAt(input.wordsOf(s).stems, f); if (at >= 0) console.log(s, f, input.textOf(s).slice(0,120)); }
