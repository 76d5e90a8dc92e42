import { it } from 'vitest';
import { articleOf } from '/work/wt/dates40/test/timeline/fixtures.js';
import { buildTimeline } from '/work/wt/dates40/src/timeline/index.js';
it('probe', () => {
  const cases: Array<[string, string]> = [
    ['2026-07-24', 'Residents were able to return home on Tuesday 21 July after the flood.'],
    ['2026-07-24', 'Residents were able to return home on Monday 21 July after the flood.'],
    ['2027-07-24', 'Residents were able to return home on Tuesday 21 July after the flood.'],
    ['2026-07-24', 'Residents were able to return home on Tuesday 3 February after the flood.'],
    ['2026-07-24', 'Residents were able to return home on 21 July after the flood.'],
    ['2026-07-14', 'Crews were called to the moor at 2.40pm and six engines remained at the scene.'],
    ['2026-07-14', 'Firefighters were called to Kessel Moor this afternoon. Crews were called to the moor at 2.40pm and six engines remained at the scene.'],
  ];
  for (const [pub, s] of cases) {
    const t = buildTimeline(articleOf(pub, s));
    console.log(pub, '|', s, '=>', JSON.stringify(t.map((e) => [e.date, e.yearStated, e.future])));
  }
});
