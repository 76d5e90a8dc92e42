/**
 * Fifteen invented mini-articles, each as an administrator's file (plain text, Markdown or a
 * saved page, with mastheads, bylines and datelines of different outlets), told with relative
 * dates: "on Tuesday", "last week", "two days later", "the following month", "earlier this
 * year", weekdays in datelines. `gold` gives, for each sentence that tells something dated
 * (by its opening words), the dates an honest reader gives it: what the text and the
 * publication date settle, never a guess. `[]` marks a sentence that must stay undated.
 * Dates are `YYYY-MM-DD`, `YYYY-MM` (a season by its first month), `YYYY`, or `a..b` for a span.
 */
export interface GoldArticle {
  file: string;
  raw: string;
  gold: Record<string, string[]>;
}

const lines = (...parts: string[]) => parts.join('\n\n') + '\n';

export const RELATIVE_NEWS: GoldArticle[] = [
  {
    // Thursday 13 March 2025.
    file: 'harbour-wire-ferry.txt',
    raw: lines(
      'HARBOUR WIRE | Local | Transport',
      'Kestrel Bay ferry withdrawn after hull crack found',
      'By Owen Pask\nPublished March 13, 2025',
      'The Kestrel Bay ferry was withdrawn from service on Tuesday after a crack was found in its hull.',
      'Two days later, engineers confirmed that the crack could be repaired in dry dock.',
      'The operator said last week that it had ordered a spare propeller from a yard in Aberdeen.',
      'Sailings are expected to resume next month, the operator said.',
    ),
    gold: {
      'The Kestrel Bay ferry was withdrawn': ['2025-03-11'],
      'Two days later': ['2025-03-13'],
      'The operator said last week': ['2025-03'],
      'Sailings are expected': ['2025-04'],
    },
  },
  {
    // Saturday 10 May 2025.
    file: 'gull-point-lighthouse.md',
    raw: lines(
      '# Lighthouse lantern room to reopen in July',
      '*The Gull Point Observer · Ana Reyes · Saturday, May 10, 2025*',
      'Volunteers began restoring the Gull Point lighthouse earlier this year.',
      'On Thursday, the trust announced that the lantern room would reopen to visitors in July.',
      "A new exhibition in the keeper's cottage is due to open the following month.",
      'The trust first applied for funding in the autumn of 2023.',
    ),
    gold: {
      'Volunteers began restoring': ['2025'],
      'On Thursday, the trust announced': ['2025-05-08', '2025-07'],
      'A new exhibition': ['2025-08'],
      'The trust first applied': ['2023-09'],
    },
  },
  {
    // Monday 18 August 2025.
    file: 'northfield-echo-library.html',
    raw: [
      '<!DOCTYPE html>',
      '<html lang="en"><head><meta charset="utf-8">',
      '<title>Library shuts for three-week refurbishment | Northfield Echo</title>',
      '<meta property="og:site_name" content="Northfield Echo">',
      '<meta property="article:published_time" content="2025-08-18T06:00:00Z">',
      '</head><body><article>',
      '<h1>Library shuts for three-week refurbishment</h1>',
      '<p>The Northfield library closed its doors on Saturday for a three-week refurbishment.</p>',
      '<p>Staff spent the previous day packing 40,000 books into crates.</p>',
      '<p>The library will reopen on Monday, September 8, the council said.</p>',
      '<p>Last month, councillors approved a budget of £1.2m for the work.</p>',
      '</article></body></html>',
    ].join('\n'),
    gold: {
      'The Northfield library closed': ['2025-08-16'],
      'Staff spent the previous day': ['2025-08-15'],
      'The library will reopen': ['2025-09-08'],
      'Last month, councillors': ['2025-07'],
    },
  },
  {
    // Saturday 4 October 2025; the dateline's weekday is the day of writing, no event.
    file: 'coast-radio-pier.txt',
    raw: lines(
      'COAST RADIO NEWS',
      'Pier reopens after storm repairs',
      'Published October 4, 2025',
      'KESTREL BAY (Coast Radio) — Saturday',
      'The pier reopened to the public this morning after six weeks of storm repairs.',
      'Storm Ilse tore away part of the decking on August 23.',
      'A week later, divers found that two of the iron piles had cracked.',
      'The council said on Wednesday that the café at the end of the pier would open next spring.',
    ),
    gold: {
      'KESTREL BAY (Coast Radio)': [],
      'The pier reopened': ['2025-10-04'],
      'Storm Ilse tore': ['2025-08-23'],
      'A week later': ['2025-08-30'],
      'The council said on Wednesday': ['2025-10-01', '2026-03'],
    },
  },
  {
    // Friday 24 January 2025. "next Saturday" said on a Friday: tomorrow or eight days ahead.
    file: 'valley-courier-market.txt',
    raw: lines(
      'THE VALLEY COURIER',
      "Farmers' market to move indoors for winter",
      'ORRELTON, Jan. 24, 2025 —',
      "The farmers' market will move into the old corn exchange from next Saturday, organisers said yesterday.",
      'The market was held outdoors for the last time on Saturday, when heavy rain kept most shoppers away.',
      'Traders voted to move at a meeting earlier this week.',
      'The market is expected to return to the square in the spring.',
    ),
    gold: {
      "The farmers' market will move": ['2025-01-23'],
      'The market was held outdoors': ['2025-01-18'],
      'Traders voted': ['2025-01'],
      'The market is expected': ['2025-03'],
    },
  },
  {
    // Wednesday 2 July 2025.
    file: 'bellmoor-gazette-footbridge.txt',
    raw: lines(
      'BELLMOOR GAZETTE',
      'Footbridge closed after lorry strike',
      'By Priya Nand\nPublished: 2 July 2025',
      'A lorry struck the Mill Lane footbridge last Thursday, twisting one of its beams.',
      'Inspectors examined the span the next day and closed it to walkers.',
      'Repairs are due to start on 14 July and to take three weeks.',
    ),
    gold: {
      'A lorry struck': ['2025-06-26'],
      'Inspectors examined': ['2025-06-27'],
      'Repairs are due': ['2025-07-14'],
    },
  },
  {
    // Saturday 26 April 2025.
    file: 'spring-tide-beach.md',
    raw: lines(
      '# Beach cleaners collect record haul',
      '*Spring Tide Weekly · 26 April 2025*',
      'Volunteers collected 1.4 tonnes of litter from Sandend beach on Sunday, the largest haul the group has recorded.',
      'Earlier this month, the council installed six new bins along the promenade.',
      'The group will hold its annual meeting on 3 May.',
    ),
    gold: {
      'Volunteers collected': ['2025-04-20'],
      'Earlier this month': ['2025-04'],
      'The group will hold': ['2025-05-03'],
    },
  },
  {
    // No publication date: a weekday and "next month" count from nothing, and stay undated.
    file: 'kestrel-bay-news-harbour-master.txt',
    raw: lines(
      'KESTREL BAY NEWS',
      'Harbour master retires after 31 years',
      'The harbour master, Ruth Cole, retired on Friday after 31 years in the post.',
      'She joined the harbour board in March 1994.',
      'A farewell dinner will be held next month.',
    ),
    gold: {
      'The harbour master, Ruth Cole': [],
      'She joined': ['1994-03'],
      'A farewell dinner': [],
    },
  },
  {
    // Saturday 14 June 2025.
    file: 'westcoast-times-festival.txt',
    raw: lines(
      'WESTCOAST TIMES',
      'Festival organisers fined over noise',
      'By Lena Brook\nPublished June 14, 2025',
      'The Harbour Sounds festival ran from 16 to 18 May on the old airfield.',
      'The following week, environmental health officers opened an investigation.',
      'On Thursday, magistrates fined the organisers £8,000.',
    ),
    gold: {
      'The Harbour Sounds festival': ['2025-05-16..2025-05-18'],
      'The following week': ['2025-05'],
      'On Thursday, magistrates': ['2025-06-12'],
    },
  },
  {
    // Friday 12 September 2025.
    file: 'eastmere-post-lido.html',
    raw: [
      '<!DOCTYPE html>',
      '<html><head><title>Lido reopens after £3m rebuild - Eastmere Post</title>',
      '<meta property="og:site_name" content="Eastmere Post">',
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Lido reopens after £3m rebuild","datePublished":"2025-09-12T08:00:00Z"}</script>',
      '</head><body>',
      '<h1>Lido reopens after £3m rebuild</h1>',
      '<p>The Eastmere lido reopened on Wednesday after an 18-month rebuild.</p>',
      '<p>The pool was drained last year after engineers found cracks in its floor.</p>',
      '<p>Work fell behind schedule earlier this year when a contractor went into administration.</p>',
      '<p>The council expects 60,000 visits next summer.</p>',
      '</body></html>',
    ].join('\n'),
    gold: {
      'The Eastmere lido reopened': ['2025-09-10'],
      'The pool was drained': ['2024'],
      'Work fell behind': ['2025'],
      'The council expects': ['2026-06'],
    },
  },
  {
    // Wednesday 3 December 2025; the dateline's weekday is the day of writing.
    file: 'shore-wire-lifeboat.txt',
    raw: lines(
      'SHORE WIRE',
      'Lifeboat crew rescue three after yacht runs aground',
      'Published December 3, 2025',
      'SANDEND, Wednesday (Shore Wire) — Three sailors were rescued early this morning after their yacht ran aground off Sandend Point.',
      'The yacht had left Port Ellery on Monday evening.',
      'The same crew rescued two kayakers on November 22.',
    ),
    gold: {
      // The dateline is the article's furniture, cut from its text.
      'Three sailors were rescued': ['2025-12-03'],
      'The yacht had left': ['2025-12-01'],
      'The same crew': ['2025-11-22'],
    },
  },
  {
    // Friday 9 January 2026.
    file: 'bay-chronicle-museum.txt',
    raw: lines(
      'THE BAY CHRONICLE',
      'Maritime museum marks tenth year',
      'Published January 9, 2026',
      'The Kestrel Bay maritime museum opened in June 2016 in a former net loft.',
      'The following month, it welcomed its 10,000th visitor.',
      'A year later, a storm flooded the ground floor.',
      'The museum will mark its anniversary with an exhibition in the spring.',
    ),
    gold: {
      'The Kestrel Bay maritime museum': ['2016-06'],
      'The following month': ['2016-07'],
      'A year later': ['2017'],
      'The museum will mark': ['2026-03'],
    },
  },
  {
    // Sunday 23 March 2025: last week and this week lie in March, counted from Monday or Sunday.
    file: 'moorland-crier-sheep.txt',
    raw: lines(
      'THE MOORLAND CRIER',
      'Sheep worrying cases rise on the moor',
      'Published March 23, 2025',
      'Farmers reported four attacks on sheep last week, police said.',
      'Officers will patrol the moor paths this week.',
      'A dog owner was fined on Friday, the police said.',
    ),
    gold: {
      'Farmers reported': ['2025-03'],
      'Officers will patrol': ['2025-03'],
      'A dog owner': ['2025-03-21'],
    },
  },
  {
    // Monday 2 June 2025 (Tuesday is 27 May): backshifted reported speech.
    file: 'north-pier-gazette-stand.txt',
    raw: lines(
      'NORTH PIER GAZETTE',
      'Grandstand to stay shut all summer',
      'Published June 2, 2025',
      'The club said on Tuesday that the north stand was unlikely to reopen before the autumn.',
      'Engineers found rusted bolts in the roof during an inspection in April.',
    ),
    gold: {
      'The club said on Tuesday': ['2025-05-27', '2025-09'],
      'Engineers found': ['2025-04'],
    },
  },
  {
    // Tuesday 6 January 2026: a yearless December is last year's.
    file: 'riverside-news-gates.txt',
    raw: lines(
      'RIVERSIDE NEWS',
      'Flood gates pass full test',
      'Published January 6, 2026',
      'The river gates were closed for a full test on Sunday.',
      'A day earlier, crews had cleared debris from the sill.',
      'The previous test, on December 12, was cut short by a pump failure.',
      'The next test is set for February 1.',
    ),
    gold: {
      'The river gates': ['2026-01-04'],
      'A day earlier': ['2026-01-03'],
      'The previous test': ['2025-12-12'],
      'The next test': ['2026-02-01'],
    },
  },
];
