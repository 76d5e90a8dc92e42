import { buildTimelineDetailed } from './src/timeline/index.js';
import { articleOf } from './test/timeline/fixtures.js';
const cases: [string, string][] = JSON.parse(process.argv[2]);
for (const [p, s] of cases) {
  const r = buildTimelineDetailed(articleOf(p, s));
  const ev = r.events.map((e) => `${e.date}${e.end ? '/' + e.end : ''}${e.future ? ' FUT' : ''}${e.ongoing ? ' ONG' : ''}${e.yearStated ? '' : ' noyear'}${e.deadline ? ' DL' : ''}`);
  const und = r.undated.map((u: any) => `U:${u.text ?? u.mention?.text}:${u.reason}`);
  console.log(p, '|', s, '=>', ev.join(', ') || '-', und.join(' '));
}
