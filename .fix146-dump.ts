import { openEngine } from './src/engine/index.js';
const [dir, indexPath] = process.argv.slice(2);
const engine = await openEngine({ ...(dir === '-' ? {} : { corpusDir: dir }), indexPath });
const page = engine.timeline({ limit: 100000 });
const lab = (e: any) => `${e.date}${e.end ? '→' + e.end : ''}${e.future ? ' F' : ''}${e.givenUp ? ' G' : ''}${e.ongoing ? ' O' : ''}${e.deadline ? ' D' : ''}${e.doneBy ? ' B' : ''}`;
for (const e of page.events) for (const q of e.quotes) console.log(`${lab(e)}\t${q.source.id}\t${q.quote}`);
process.exit(0);
