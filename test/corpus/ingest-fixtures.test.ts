/**
 * Whole folders of articles as administrators bring them (test/corpus/fixtures): the failing
 * cases from the issue (cases/) next to invented pages of other shapes (pages/). Each
 * article's metadata and every sentence are checked, and every real sentence must be quotable
 * through the engine.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeProblem } from '../../src/corpus/errors.js';
import { readCorpusFiles } from '../../src/corpus/files.js';
import { inspectCorpus, type CorpusInspection } from '../../src/corpus/load.js';
import { unpackArticles } from '../../src/corpus/unpack.js';
import { openEngine, type Engine } from '../../src/engine/index.js';
import { removeFolder, temporaryFolder } from '../support/corpus-fixture.js';

const FIXTURES = path.resolve('test/corpus/fixtures');

interface Expected {
  title: string;
  outlet?: string | null;
  published?: string | null;
  url?: string | null;
  author?: string | null;
  /** Every sentence of the cleaned article, headings marked "# ". */
  sentences: string[];
}

const MESSY: Record<string, Expected> = {
  'bridge-vote.txt': {
    title: 'Riverton council approves $48 million Elm Street bridge replacement',
    // Stated by the page's footer: "Copyright 2021 Riverton Gazette. All rights reserved."
    outlet: 'Riverton Gazette',
    published: '2021-03-05',
    author: 'Maria Lopez',
    sentences: [
      '# Riverton council approves $48 million Elm Street bridge replacement',
      'The Riverton City Council voted 7-2 last Tuesday to replace the 94-year-old Elm Street bridge, ending more than two years of debate over the crossing, which state inspectors rated "structurally deficient" in 2019.',
      'The $48 million project will be paid for with a mix of state grants and a bond issue that voters approved in November 2020.',
      'Construction is scheduled to begin March 3 of next year and to take about 26 months, city engineer Paul Okafor told the council.',
      '"This bridge carries 18,000 cars a day, and it was built for Model Ts," Okafor said.',
      '"We can\'t patch it any longer."',
      'Council member Denise Harlan, one of the two no votes, said the city should have considered a cheaper rehabilitation.',
      '"We were never shown a real alternative," Harlan said.',
      '"This is the most expensive option on the table."',
      'Mayor Tom Reyes called the vote "a historic day for the east side."',
      'He said the detour during construction would add about eight minutes to the average commute.',
      'The bridge was closed to trucks on 2019-05-01 after an inspection found corrosion in two of its steel girders.',
      'Residents can comment on the detour plan until April 15 at riverton.gov/elmstreet.',
    ],
  },
  'budget-notes.md': {
    title: 'Riverton adopts 2022 budget without tax increase',
    published: '2021-06-15',
    author: 'Chris Nolan',
    sentences: [
      '# Riverton adopts 2022 budget without tax increase',
      'The Riverton City Council on Monday adopted a $212 million budget for 2022 that leaves the property tax rate unchanged, the first budget in five years without an increase.',
      '"We kept our promise," Mayor Tom Reyes said after the 6-3 vote.',
      "The budget draws $3.2 million from the city's reserve fund.",
      'Council member Denise Harlan voted no.',
      '# Police: $61 million',
      '# Water: $38 million',
      '# Parks: $9 million',
    ],
  },
  'cafe-latin1.txt': {
    title: 'Café owner wins Zürich pastry prize',
    published: '2021-05-10',
    sentences: [
      '# Café owner wins Zürich pastry prize',
      'Riverton baker Ana Müller, who runs the Café Soleil on Main Street, won first prize at the Zürich International Pastry Fair last weekend.',
      '"I never expected to win," Müller said.',
      '"My grandmother’s recipe did all the work."',
      'The prize comes with a £5,000 award.',
    ],
  },
  'correction-dateline.txt': {
    title: 'Riverton adopts budget after marathon session',
    published: '2021-06-15',
    sentences: [
      '# Riverton adopts budget after marathon session',
      'An earlier version of this article misstated the vote.',
      'It was 6-3, not 7-2.',
      'The Riverton City Council on Monday adopted a $212 million budget after a nine-hour meeting.',
      '"We kept our promise," Mayor Tom Reyes said.',
    ],
  },
  'council-recall.html': {
    title: 'Recall petition against council member fails',
    outlet: 'Riverton Gazette',
    published: '2021-05-18',
    url: 'https://www.rivertongazette.com/news/2021/05/18/recall-petition-fails',
    author: 'Maria Lopez',
    sentences: [
      'A petition to recall Riverton council member Denise Harlan fell 212 signatures short, the county elections board said on Tuesday.',
      'Organizers needed 3,400 valid signatures and turned in 3,188, board director Ruth Kim said.',
      '“Many of the signatures were from people who do not live in the ward,” Kim said.',
      'Harlan, who voted against the Elm Street bridge, said the recall was “a waste of everybody’s time.”',
    ],
  },
  'library-bom.txt': {
    title: 'Riverton library to extend weekend hours',
    published: '2021-04-20',
    sentences: [
      '# Riverton library to extend weekend hours',
      'The Riverton Public Library will open on Sundays starting May 2, library director Ruth Ellison announced on Monday.',
      '"People have asked us for this for a decade," Ellison said.',
      'The change costs about $85,000 a year and is paid for by a grant from the Hollis Family Foundation.',
    ],
  },
  'mayor-taxes-crlf.txt': {
    title: 'Mayor Reyes: "We will not raise property taxes this year"',
    published: '2021-04-02',
    author: 'Chris Nolan',
    sentences: [
      '# Mayor Reyes: "We will not raise property taxes this year"',
      'Mayor Tom Reyes said Thursday that the city would not raise property taxes in its 2022 budget, despite the cost of the Elm Street bridge and a string of water main breaks.',
      '"Families here have had a hard year," Reyes said in an interview at City Hall.',
      '"I am not going to ask them for more."',
      'The mayor said the city would instead draw $3.2 million from its reserve fund, which stood at $21 million at the end of last year.',
      'Council member Denise Harlan said the plan was "a shell game."',
      'She said the reserve fund should be kept for emergencies like the Front Street flood.',
      'The council will vote on the budget on June 14.',
    ],
  },
  'school-board.txt': {
    title: 'School board picks new superintendent',
    published: null,
    author: 'Maria Lopez',
    sentences: [
      '# School board picks new superintendent',
      "The Riverton school board on Thursday named Dr. Lena Park, 51, as the district's next superintendent.",
      'She will start July 1.',
      'Park, who is now deputy superintendent in Columbus, will earn $185,000 a year, board president Greg Tan said.',
      '"She has done this job in a much bigger district," Tan said.',
      '"We are lucky to have her."',
      'The board voted 5-0.',
      'Park replaces Mark Evans, who retired in December after 11 years.',
      'Park said her first priority would be reading scores, which fell last year.',
    ],
  },
  'sub/2019/ribbon-cutting.txt': {
    title: 'New Front Street park opens after two-year delay',
    published: '2019-05-01',
    sentences: [
      '# New Front Street park opens after two-year delay',
      'Hundreds of residents turned out on Wednesday for the opening of Front Street Park, a two-acre green space built on the site of the former Hollis paper mill.',
      'The park was supposed to open in 2017, but cleanup of the mill site took longer than planned, parks director Sam Ito said.',
      '"It was worth the wait," Ito said.',
    ],
  },
  'sub/2020/ribbon-cutting.txt': {
    title: 'Riverton opens second dog park',
    published: '2020-06-06',
    sentences: [
      '# Riverton opens second dog park',
      "The city's second dog park opened on Saturday in Westside Park, parks director Sam Ito said.",
      'The park cost $140,000 and was built by volunteers from the Riverton Kennel Club over three weekends last month.',
    ],
  },
  'water-main.txt': {
    title: 'Water main break floods downtown Riverton, closes three blocks',
    published: '2021-03-08',
    author: 'Jane Smith',
    sentences: [
      '# Water main break floods downtown Riverton, closes three blocks',
      'A 24-inch water main burst early Monday under Front Street, flooding basements and forcing the closure of three downtown blocks, officials said.',
      'The break happened about 4:30 a.m., according to Riverton Water Department director Alicia Moore.',
      'The pipe was installed in 1931, she said.',
      '"We had water coming up through the pavement like a fountain," said Ken Dorsey, who owns Dorsey\'s Diner on Front Street.',
      '"By six o\'clock, my basement had two feet of water in it."',
      'Moore said service would be restored by Wednesday.',
      'Residents east of Third Avenue were told to boil water before drinking it until further notice.',
      'The break is the fourth on Front Street since last summer.',
      'In January, the council delayed a $12 million plan to replace the downtown mains, citing the cost of the Elm Street bridge.',
    ],
  },
  'wire-bond.txt': {
    title: 'Ohio city voters approve $60 million infrastructure bond',
    // The wire dateline "RIVERTON, Ohio (Reuters) -" names the outlet; its story opens after it.
    outlet: 'Reuters',
    // "(Reporting by Ann Lee in Chicago; Editing by Tom Brown)" at its foot: the wire byline.
    author: 'Ann Lee',
    published: null,
    sentences: [
      '# Ohio city voters approve $60 million infrastructure bond',
      'Voters in Riverton, Ohio, approved a $60 million bond on Tuesday to pay for roads, bridges and water pipes, according to unofficial results posted by the county elections board.',
      'The measure passed with 58 percent of the vote, the results showed.',
      'It will raise property taxes on a $150,000 home by about $90 a year.',
      '"People are tired of potholes," said Mayor Tom Reyes, who campaigned for the bond.',
      'The city will use about $30 million of the money for the Elm Street bridge, Reyes said in October.',
    ],
  },
};

const PAGES: Record<string, Expected> = {
  'ferry-cookie-banner.html': {
    title: 'Island ferry line approved after “long fight”',
    outlet: 'Harbour Herald',
    published: '2022-03-03',
    url: 'https://harbourherald.example/2022/03/03/ferry',
    author: 'Tomas Berg',
    sentences: [
      'The harbour council on Thursday approved a ferry line between the two islands, ending a dispute that lasted six years.',
      'The boats will run six times a day from June, council chair Ingrid Soløy said.',
      '"People waited long enough," she added.',
      'The service will cost about 2 million euros a year, according to the council’s budget papers.',
    ],
  },
  'MINE-CLOSURE.HTM': {
    title: 'Mine closure delayed by two years',
    author: 'Lena Park',
    // The headline opens the article body: the title, metadata, left out of the text.
    sentences: [
      'The Kiruna mine will stay open until 2027, two years longer than planned, the operator said on Monday.',
      'About 400 workers had expected to lose their jobs next spring.',
      'The union welcomed the delay but asked for a written guarantee.',
    ],
  },
  'cafe-prices-1252.html': {
    title: 'Café prices rise',
    sentences: [
      'A coffee at the Café Central now costs €3.20, owner José Ibáñez said on Friday.',
      '“We had no choice,” he said.',
      '“Milk costs twice what it did.”',
    ],
  },
  'world/council-budget.md': {
    title: 'Council passes budget with new bike lanes',
    outlet: 'Riverton Weekly',
    published: '2022-04-12',
    author: 'Sam Ito',
    sentences: [
      '# Council passes budget with new bike lanes',
      "The council on Tuesday passed a budget that pays for twelve kilometres of new bike lanes, the mayor's office said.",
      '"Streets are for everyone," Mayor Tom Reyes said after the vote.',
      'Cyclist groups, led by Ride Riverton, had asked for twenty kilometres.',
      '# Bike lanes: 4 million',
      '# Road repairs: 9 million',
    ],
  },
  'storm.MD': {
    title: 'Storm closes schools',
    published: '2022-03-09',
    author: 'Ana Cruz and Ben Ode',
    sentences: [
      '# Storm closes schools',
      'All schools in the district were closed on Wednesday after a storm cut power to 30,000 homes.',
      'The utility said power would be back by Friday.',
    ],
  },
  'hospital-bom-crlf.txt': {
    title: 'Hospital wing opens',
    published: '2022-05-04',
    author: 'Ruth Kim and Greg Tan',
    sentences: [
      '# Hospital wing opens',
      'The new children’s wing of St. Mary’s Hospital opened on Wednesday with 40 beds.',
      'Dr. Alan Wu, who leads the wing, said it would treat 3,000 children a year.',
    ],
  },
  'museum-utf16.txt': {
    title: 'Museum reopens',
    sentences: [
      '# Museum reopens',
      'The city museum reopened on Sunday after a two-year renovation, its director said.',
    ],
  },
  'talks-nfd.txt': {
    title: 'Border talks resume',
    published: '2022-06-02',
    sentences: [
      '# Border talks resume',
      'President Lukašenka met the delegation in Minsk on Thursday, state media reported.',
      'The spokesman for the foreign ministry called the talks “constructive”.',
    ],
  },
  'nav-bar.txt': {
    title: 'Port strike ends after nine days',
    sentences: [
      '# Port strike ends after nine days',
      'Dockworkers returned to work on Saturday after the union accepted a 6 percent pay rise, the port authority said.',
      'Shipping companies said it would take two weeks to clear the backlog.',
      'Follow the ships, the harbour master told reporters: most will dock by Monday.',
    ],
  },
  'captions.txt': {
    title: 'Wildfire forces evacuations',
    published: '2022-07-19',
    sentences: [
      '# Wildfire forces evacuations',
      'About 2,000 people were evacuated from three villages as a wildfire spread across the hills, officials said.',
      'Smoke from the fire reached the coast by evening.',
      'Source: officials said the fire had burned 1,500 hectares.',
    ],
  },
  'correction.txt': {
    title: 'Dam report released',
    published: '2022-03-01',
    sentences: [
      '# Dam report released',
      "An earlier version of this story gave the wrong year for the dam's construction.",
      'It was built in 1961.',
      'Engineers found cracks in the Lake Vern dam but said it was safe, according to a report released on Tuesday.',
    ],
  },
  'quote-headline.txt': {
    title: 'Minister: “We will not close the border”',
    published: '2022-08-01',
    author: 'Olga Petrova',
    // "By Olga Petrova | Baltic Wire": the byline names the outlet.
    outlet: 'Baltic Wire',
    sentences: [
      '# Minister: “We will not close the border”',
      'The interior minister said on Monday that the border would stay open, despite pressure from neighbouring countries.',
      '“Closing it would hurt our own people first,” she told reporters.',
    ],
  },
  'wire.txt': {
    title: 'Grain exports rise',
    outlet: 'Reuters',
    sentences: [
      '# Grain exports rise',
      'Grain exports from the region rose 12 percent in May, trade data showed on Tuesday.',
      'Traders said the rise reflected a strong harvest.',
    ],
  },
};

function sentencesOf(inspection: CorpusInspection, file: string): string[] {
  const index = inspection.corpus.articles.findIndex((article) => article.meta.file === file);
  const article = inspection.corpus.articles[index];
  if (!article) throw new Error(`no article ${file}`);
  return inspection.corpus.sentences
    .filter((sentence) => sentence.article === index)
    .map((s) => `${s.kind === 'heading' ? '# ' : ''}${article.text.slice(s.start, s.end)}`);
}

describe.each([
  ['cases/admin-messy-folder', MESSY, ['empty.txt: is empty', 'whitespace-only.txt: is empty']],
  // notes.docx is a few bytes of text, not a Word document's zip.
  ['pages', PAGES, [expect.stringMatching(/^notes\.docx: cannot be read as a Word document \(/)]],
])('the folder %s', (folder, expected, problems) => {
  const dir = path.join(FIXTURES, folder);
  let inspection: CorpusInspection;
  let engine: Engine;
  let indexFolder: string;

  beforeAll(async () => {
    inspection = inspectCorpus(await unpackArticles(await readCorpusFiles(dir)));
    indexFolder = await temporaryFolder();
    engine = await openEngine({ corpusDir: dir, indexPath: path.join(indexFolder, 'i.json') });
  });
  afterAll(() => removeFolder(indexFolder));

  it.each(Object.entries(expected))(
    'reads %s: its stated metadata and every sentence',
    (file, want) => {
      const article = inspection.corpus.articles.find((a) => a.meta.file === file);
      expect(article?.meta).toMatchObject({
        title: want.title,
        outlet: want.outlet ?? null,
        published: want.published ?? null,
        url: want.url ?? null,
        author: want.author ?? null,
      });
      expect(sentencesOf(inspection, file)).toEqual(want.sentences);
    },
  );

  it('reports its problems by file, and reads every other file', () => {
    expect(inspection.problems.map(describeProblem)).toEqual(problems);
    expect(inspection.corpus.articles).toHaveLength(Object.keys(expected).length);
  });

  it('stores no U+FFFD, no markup and no invisible characters', () => {
    for (const article of inspection.corpus.articles) {
      expect(article.text).not.toMatch(
        /[\uFFFD\u00AD\u200B\uFEFF\u00A0]|<\/?[a-z]+[ >]|\*\*|^#|!\[/m,
      );
      expect(article.text).toBe(article.text.normalize('NFC'));
    }
  });

  it('quotes every real sentence through the engine', () => {
    for (const [file, want] of Object.entries(expected)) {
      const id = inspection.corpus.articles.find((a) => a.meta.file === file)?.meta.id;
      for (const sentence of want.sentences.filter((s) => !s.startsWith('# '))) {
        const answer = engine.ask(sentence, { source: id, limit: 5 });
        const quotes = [...answer.passages, ...answer.closest].map((p) => p.quote);
        expect(
          quotes.some((quote) => quote.includes(sentence)),
          `${file}: ${sentence}`,
        ).toBe(true);
      }
    }
  });
});

describe('questions.txt of the admin-messy-folder case', () => {
  let engine: Engine;
  let indexFolder: string;
  beforeAll(async () => {
    indexFolder = await temporaryFolder();
    engine = await openEngine({
      corpusDir: path.join(FIXTURES, 'cases/admin-messy-folder'),
      indexPath: path.join(indexFolder, 'i.json'),
    });
  });
  afterAll(() => removeFolder(indexFolder));

  /** The ordinary quotes shown: a page line quoted as such is labelled (`page`), never one of them. */
  const shown = (question: string) => {
    const answer = engine.ask(question, { limit: 5 });
    return [...answer.passages, ...answer.closest]
      .filter((p) => p.page === undefined)
      .map((p) => p.quote)
      .join('\n');
  };

  it.each([
    ['who won the pastry prize?', 'Ana Müller'],
    ['how much will Lena Park earn?', '$185,000'],
    ['when will the library open on Sundays?', 'May 2'],
    ['when was the water pipe installed?', '1931'],
    ['what did Ken Dorsey say?', 'like a fountain'],
  ])('answers %j from the article text', (question, expected) => {
    const answer = engine.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.passages.map((p) => p.quote).join('\n')).toContain(expected);
  });

  it.each([
    ['who took the photo?', /Whitaker|JANE SMITH|Photo/],
    ['how do I sign up for the newsletter?', /newsletter|SIGN UP/i],
    ['who wrote the Reuters story?', /Ann Lee|Reporting by/],
    ['who edited the story?', /Tom Brown|Editing by/],
  ])('never quotes page furniture for %j', (question, furniture) => {
    expect(shown(question)).not.toMatch(furniture);
  });

  it('answers a question about who wrote an article from its credits, labelled as such', () => {
    const passage = engine.ask('who wrote the Reuters story?').passages[0];
    expect(passage?.quote).toBe('(Reporting by Ann Lee in Chicago; Editing by Tom Brown)');
    expect(passage?.page?.label).toBe('staff credits');
  });
});
