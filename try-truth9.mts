import { renderAnswer } from '/work/wt/truth9/src/framework/render/answer.ts';
import { renderText } from '/work/wt/truth9/src/console/render-text.ts';
import { formatAnswer } from '/work/wt/truth9/src/cli/format-answer.ts';
const src = (id: string, outlet: string, title: string) => ({ id, title, outlet, published: '2026-03-04', url: null, author: null });
const a = { question: 'Where do unicorns live?', answered: false, passages: [], closest: [], sourcesDiffer: [] };
const b = { ...a, question: 'Did Radio Ashvale say anything about the netting?', notFromNamed: { sources: [src('r1','Radio Ashvale','Corran Pass closed'), src('r2','Radio Ashvale','Hauliers count the cost')], outlet: 'Radio Ashvale' } };
for (const ans of [a, b]) {
  const p = renderAnswer(ans as any, { page: 0, perPage: 3 });
  console.log(JSON.stringify(p.embeds, null, 1));
  console.log('--- console:\n' + renderText(p).text);
  console.log('--- cli:\n' + formatAnswer(ans as any));
}
const s = renderAnswer(a as any, { page: 0, perPage: 3, scope: { outlet: 'Radio Ashvale' } as any });
console.log(renderText(s).text);
