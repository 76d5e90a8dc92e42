import { describe, expect, it, vi } from 'vitest';
import { BuildThread, type ArticleText } from '../../src/engine/build-thread.js';
import { analyseArticleTagged } from '../../src/corpus/load.js';
import { sentenceKind } from '../../src/corpus/sentence-kind.js';
import { articleFactDates } from '../../src/search/article-fact-dates.js';
import { irrealisValueSpans } from '../../src/search/irrealis-values.js';
import { corpusInitialismTable } from '../../src/search/corpus-initialism-table.js';
import { claimEventWords } from '../../src/search/select/fact-predicates.js';
import { termsOf } from '../../src/text/terms.js';
import { droppedPlanAct } from '../../src/timeline/dropped-plan.js';
import { detectArticleDates } from '../../src/timeline/index.js';
import { tagWords } from '../../src/timeline/wink.js';

vi.setConfig({ testTimeout: 60_000 });

/** An invented article: its paragraphs are its lines, its sentences split at ". ". */
function article(lines: string[]): ArticleText {
  const text = lines.join('\n\n');
  const paragraphs: ArticleText['paragraphs'] = [];
  const sentences: Array<{ paragraph: number; start: number; end: number }> = [];
  let at = 0;
  lines.forEach((line, paragraph) => {
    paragraphs.push({
      start: at,
      end: at + line.length,
      kind: paragraph === 0 ? 'heading' : 'body',
    });
    let start = at;
    for (const part of line.split(/(?<=\.) /)) {
      sentences.push({ paragraph, start, end: start + part.length });
      start += part.length + 1;
    }
    at += line.length + 2;
  });
  return { text, paragraphs, sentences };
}

const ARTICLES = [
  article([
    'Viaduct Closed',
    'Engineers found cracks in the Orvane Viaduct on Monday. Rail services were suspended until 14 March, the operator said.',
  ]),
  article([
    'Budget Vote',
    'The council approved the budget on 3 February 2025 and closed the library.',
  ]),
  article(['Arrests', 'Four people were arrested in Minsk last week.']),
  article([
    'Ferry Timetable',
    'The Pellow Island ferry will leave at 7am from 4 March. Tickets stay at £3, the operator said.',
  ]),
];

const here = (a: ArticleText) => ({
  events: a.sentences.map((s) => [...claimEventWords(a.text.slice(s.start, s.end))].sort()),
  realis: a.sentences.map((s) => irrealisValueSpans(a.text.slice(s.start, s.end))),
  dates: detectArticleDates(a, a.sentences),
  factDates: articleFactDates(a),
});

const ALL = { tag: true, realis: true, dates: true, factDates: true };

/** Articles naming bodies an initialism may spell, the first under a heading in title case. */
const NAMING = [
  article([
    'Cyber Security Centre Warns Banks',
    'The National Cyber Security Centre (NCSC) warned banks on Monday. A chief information officer said multi-factor authentication helps.',
  ]),
  article(['Ferry Fares', 'The Pellow Island Ferry Company raised its fares.']),
];

/** Each sentence's index terms, as a build gives them. */
const termsIn = (a: ArticleText) => a.sentences.map((s) => termsOf(a.text.slice(s.start, s.end)));

/** The table a build makes here of `articles`, in that order. */
const tableHere = (articles: readonly ArticleText[]) =>
  corpusInitialismTable(
    articles.flatMap((a) =>
      a.sentences.map((s) => ({
        kind: sentenceKind(a.paragraphs, s.paragraph),
        text: a.text.slice(s.start, s.end),
        terms: termsOf(a.text.slice(s.start, s.end)),
      })),
    ),
  );

/** Articles telling plans given up (dropped-plan.ts), one sentence each among others. */
const DROPPING = [
  article([
    'Scheme Shelved',
    'The council has scrapped plans to extend the scheme to Northgate and Fellside. Residents objected in May.',
  ]),
  article(['Library Hours', 'Plans to open the Marlow Library on Sundays have been shelved.']),
  article(['Fares', 'The ferry raised its fares.']),
];

describe('BuildThread', () => {
  it('reads the plans given up that the sentences it tags tell, by sentence start, as here', async () => {
    const thread = BuildThread.start(4, 1) as BuildThread;
    DROPPING.forEach((a, id) =>
      thread.send(id, a, { tag: id !== 1, realis: false, dates: true, factDates: false }),
    );
    const share = thread.shareDates([0, 1, 2]);
    share.readHere(() => undefined);
    const { planActs } = await share.results;
    // Only the articles it tagged; only their sentences that tell one.
    expect([...planActs.keys()].sort()).toEqual([0, 2]);
    for (const [id, acts] of planActs) {
      const { text, sentences } = DROPPING[id]!;
      const expected = sentences.flatMap((s) => {
        const act = droppedPlanAct(text.slice(s.start, s.end));
        return act === null ? [] : [[s.start, act] as const];
      });
      expect([...acts]).toEqual(expected);
    }
    expect(planActs.get(0)?.size).toBe(1);
    expect(planActs.get(2)?.size).toBe(0);
  });

  it('reads event words from the words the segmentation tagged, as tagging each sentence here', async () => {
    const thread = BuildThread.start(4, 1) as BuildThread;
    const { analysis, words } = analyseArticleTagged({
      file: 'viaduct.txt',
      format: 'text',
      raw: 'Viaduct Closed\n\nEngineers found cracks in the Orvane Viaduct on Monday. Rail services were suspended, the operator said. Buses replaced trains.',
    });
    thread.send(0, analysis, { tag: true, realis: false, dates: false, factDates: false }, words);
    // Handed over to the worker.
    expect(words.bounds.length).toBe(0);
    const share = thread.shareDates([]);
    share.readHere(() => undefined);
    const { events } = await share.results;
    const read = events.get(0)?.map((w) => [...w].sort());
    expect(read).toEqual(here(analysis).events);
    // The heading's ("Closed"), tagged alone, among them.
    expect(read?.filter((w) => w.length > 0).length).toBe(4);
  });

  it('reads the dates of each article it tags unless claimed here, and shares the rest', async () => {
    const thread = BuildThread.start(4, 1, ARTICLES.length) as BuildThread;
    ARTICLES.forEach((a, id) => thread.send(id, a, ALL));
    // However far the worker got before the build asks, each article is read once, by one thread.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const share = thread.shareDates([0, 1, 2, 3]);
    const readHere: number[] = [];
    share.readHere((id) => readHere.push(id));
    const { dates, factDates } = await share.results;
    expect([...readHere, ...dates.keys()].sort()).toEqual([0, 1, 2, 3]);
    expect([...factDates.keys()].sort()).toEqual([...dates.keys()].sort());
    for (const id of dates.keys()) expect(dates.get(id)).toEqual(here(ARTICLES[id]!).dates);
  });

  it('starts no thread below its threshold', () => {
    expect(BuildThread.start(4, 5)).toBeNull();
    expect(BuildThread.start(0, 0)).toBeNull();
  });

  it('tags what it is sent and shares the dates: each article read once, by one thread, as here', async () => {
    const thread = BuildThread.start(4, 1) as BuildThread;
    // Article 1's fact dates and article 3's timeline dates are known already (a rebuild).
    ARTICLES.forEach((a, id) =>
      thread.send(id, a, { tag: id !== 2, realis: id !== 0, dates: id !== 3, factDates: id !== 1 }),
    );
    const share = thread.shareDates([0, 1, 2, 3]);
    const readHere: number[] = [];
    share.readHere((id) => readHere.push(id));
    const { events, realis, dates, factDates, taggings } = await share.results;
    const byWorker = [...new Set([...dates.keys(), ...factDates.keys()])].sort();
    // The taggings of the sentences the worker dated, as tagged here.
    const dated = [...dates].flatMap(([id, read]) => {
      const { text, sentences } = ARTICLES[id]!;
      return read.map(({ sentence }) =>
        text.slice(sentences[sentence]!.start, sentences[sentence]!.end),
      );
    });
    expect(taggings.map(([text]) => text)).toEqual(dated);
    for (const [text, words] of taggings) expect(words).toEqual(tagWords(text));
    expect([...readHere, ...byWorker].sort()).toEqual([0, 1, 2, 3]);
    // From the back here, from the front there.
    expect(readHere).toEqual([3, 2, 1, 0].slice(0, readHere.length));
    expect([...dates.keys()].sort()).toEqual(byWorker.filter((id) => id !== 3));
    expect([...factDates.keys()].sort()).toEqual(byWorker.filter((id) => id !== 1));
    for (const id of dates.keys()) expect(dates.get(id)).toEqual(here(ARTICLES[id]!).dates);
    for (const id of factDates.keys())
      expect(factDates.get(id)).toEqual(here(ARTICLES[id]!).factDates);
    expect([...events.keys()].sort()).toEqual([0, 1, 3]);
    for (const [id, words] of events) {
      expect(words.map((w) => [...w].sort())).toEqual(here(ARTICLES[id]!).events);
      expect(words[0]).toBeInstanceOf(Set);
    }
    expect([...realis.keys()].sort()).toEqual([1, 2, 3]);
    for (const [id, spans] of realis) expect(spans).toEqual(here(ARTICLES[id]!).realis);
    // The ferry's sailing date is told as ahead.
    expect(here(ARTICLES[3]!).realis.flat().length).toBeGreaterThan(0);
    expect(here(ARTICLES[0]!).dates.length).toBeGreaterThan(0);
    expect(here(ARTICLES[0]!).factDates.flat().length).toBeGreaterThan(0);
  });

  it('makes the initialism table after its dates, as here, of the articles in the order asked', async () => {
    const thread = BuildThread.start(4, 1) as BuildThread;
    NAMING.forEach((a, id) => thread.send(id, a, ALL));
    const share = thread.shareDates([0, 1]);
    // Article 1 stands twice in the corpus (two files alike), after article 0.
    const order = [1, 0, 1];
    const table = thread.initialismTable(order.map((id) => [id, termsIn(NAMING[id]!)]));
    share.readHere(() => undefined);
    await share.results;
    const expected = tableHere(order.map((id) => NAMING[id]!));
    expect(await table).toEqual(expected);
    expect(new Map(expected).get('ncsc')).toEqual(['nation cyber secur center']);
  });

  it('leaves the initialism table here when its worker has gone', async () => {
    const thread = BuildThread.start(4, 1) as BuildThread;
    NAMING.forEach((a, id) => thread.send(id, a, ALL));
    thread.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const share = thread.shareDates([0, 1]);
    expect(await thread.initialismTable([[0, termsIn(NAMING[0]!)]])).toBeNull();
    await share.results;
  });

  it('leaves all the work here when its worker has gone, and never rejects', async () => {
    const thread = BuildThread.start(4, 1) as BuildThread;
    ARTICLES.forEach((a, id) => thread.send(id, a, ALL));
    thread.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const share = thread.shareDates([0, 1, 2, 3]);
    const results = await share.results;
    expect(results.events.size).toBe(0);
    expect(results.realis.size).toBe(0);
    expect(results.dates.size).toBe(0);
    expect(results.factDates.size).toBe(0);
    const readHere: number[] = [];
    share.readHere((id) => readHere.push(id));
    expect(readHere).toEqual([3, 2, 1, 0]);
  });
});
