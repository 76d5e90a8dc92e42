/**
 * New invented variants of every kind of fault in issue #9, in surface forms the shared cases
 * do not use (other outlets and wording, other separators, other languages' names, Markdown,
 * HTML and text). Each row goes through the whole ingestion path (decode, extract, clean,
 * metadata). A failing row is fixed by generalising the rule, never by naming the variant.
 */
import iconv from 'iconv-lite';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { decodeArticle } from '../../src/corpus/decode.js';
import { articleFormat } from '../../src/corpus/formats.js';
import { generateIds } from '../../src/corpus/ids.js';
import { inspectCorpus } from '../../src/corpus/load.js';
import { splitSentences } from '../../src/corpus/segment.js';
import type { ArticleMeta } from '../../src/corpus/types.js';
import { openEngine, type Engine } from '../../src/engine/index.js';
import { removeFolder, temporaryFolder, writePlainCorpus } from '../support/corpus-fixture.js';

interface Ingested {
  meta: ArticleMeta;
  text: string;
  dropped: string[];
}

/** One file through decode → extract → clean → metadata, as a corpus folder would read it. */
function ingest(file: string, content: string | Uint8Array): Ingested {
  const format = articleFormat(file);
  if (format === null) throw new Error(`not an article file: ${file}`);
  const decoded =
    typeof content === 'string'
      ? { text: content, encoding: 'utf-8' }
      : decodeArticle(content, file, format);
  const inspection = inspectCorpus({
    dir: 'memory',
    articles: [{ file, format, raw: decoded.text, encoding: decoded.encoding }],
    metadata: null,
    aliases: null,
    unread: [],
  });
  const article = inspection.corpus.articles[0];
  if (!article) throw new Error(`${file}: no article (${JSON.stringify(inspection.problems)})`);
  return {
    meta: article.meta,
    text: article.text,
    dropped: inspection.reports[0]?.dropped.map((d) => d.line) ?? [],
  };
}

interface Variant {
  file: string;
  content: string | Uint8Array;
  title?: string | null;
  author?: string | null;
  published?: string | null;
  outlet?: string | null;
  /** Text that must not reach the article text (furniture). */
  gone?: string[];
  /** Text that must stay in the article text (real sentences). */
  kept?: string[];
}

const BODY = 'The council voted on Tuesday to extend the tram line, the mayor said.';

/** Kind of fault → new variants. */
const KINDS: Record<string, Variant[]> = {
  'title from furniture': [
    {
      file: 'leipzig.txt',
      content: `Start » Nachrichten » Lokales » Wetter\n\nTram strike in Leipzig called off at last minute\n\n${BODY}`,
      title: 'Tram strike in Leipzig called off at last minute',
      gone: ['Nachrichten'],
    },
    {
      file: 'ferry.txt',
      content: `MENU\nSEARCH\nSUBSCRIBE\n\nFerry operator fined over late sailings\n\n${BODY}`,
      title: 'Ferry operator fined over late sailings',
      gone: ['MENU', 'SUBSCRIBE'],
    },
    {
      file: 'typhoon.md',
      content: `[Home](/) · [World](/world) · [Asia](/asia) · [Markets](/markets)\n\n# Typhoon shuts Hong Kong markets\n\n${BODY}`,
      title: 'Typhoon shuts Hong Kong markets',
      gone: ['Markets'],
    },
  ],
  'headline ending in a quotation mark': [
    {
      file: 'union.txt',
      content: `Union leader: ‘We are not going back to work’\n\nBy Siobhán O’Neill\n\n${BODY}`,
      title: 'Union leader: ‘We are not going back to work’',
      author: 'Siobhán O’Neill',
    },
    {
      file: 'repairs.txt',
      content: `Home | Local | Weather\n\nResidents ask: "Who will pay for the repairs?"\n\nBy Kwame Mensah\n\n${BODY}`,
      title: 'Residents ask: "Who will pay for the repairs?"',
      author: 'Kwame Mensah',
    },
    {
      file: 'grenze.html',
      content: `<html><body><nav><a href="/">Start</a></nav><article><h1>Ministerin: «Wir schließen die Grenze nicht»</h1><p>Von Jürgen Weiß</p><p>${BODY}</p></article></body></html>`,
      title: 'Ministerin: «Wir schließen die Grenze nicht»',
    },
  ],
  'byline "By …"': [
    {
      file: 'dubois.txt',
      content: `Dockers vote to strike\n\nBY JEAN-PIERRE DUBOIS AND SIOBHÁN O’NEILL\n\n${BODY}`,
      author: 'JEAN-PIERRE DUBOIS AND SIOBHÁN O’NEILL',
      gone: ['DUBOIS'],
    },
    {
      file: 'saigon.md',
      content: `# Rice exports climb\n\n*By Nguyễn Thị Lan — Saigon Bureau*\n\n${BODY}`,
      author: 'Nguyễn Thị Lan',
      gone: ['Saigon Bureau'],
    },
    {
      file: 'accra.txt',
      content: `Cocoa farmers win price rise\n\nWritten by Kwame Mensah\n\n${BODY}`,
      author: 'Kwame Mensah',
      gone: ['Written by'],
    },
  ],
  'staff-writer, published and updated lines': [
    {
      file: 'posted.txt',
      content: `Heatwave warning issued\n\nPosted: 12 April 2022, 08:15 BST | Last updated: 12 April 2022, 11:40 BST\n\n${BODY}`,
      published: '2022-04-12',
      gone: ['Posted', 'Last updated'],
    },
    {
      file: 'updated.txt',
      content: `Bridge reopens early\n\nTomás Herrera, Staff Reporter\nUpdated Mar. 4, 2022 at 6:02 p.m. EST\n\n${BODY}`,
      published: null,
      author: 'Tomás Herrera',
      gone: ['Staff Reporter', 'Updated'],
    },
    {
      file: 'guardian.md',
      content: `# Storm batters coast\n\nFirst published on Tue 5 Apr 2022 10.02 BST\n\n${BODY}`,
      published: '2022-04-05',
      gone: ['First published'],
    },
  ],
  'metadata line without "By"': [
    {
      file: 'courier.txt',
      content: `Kestrel Courier · Ana Ruiz · March 5, 2021\n\nHarbour fees to double\n\n${BODY}`,
      title: 'Harbour fees to double',
      outlet: 'Kestrel Courier',
      author: 'Ana Ruiz',
      published: '2021-03-05',
      gone: ['Kestrel Courier'],
    },
    {
      file: 'staff.txt',
      content: `Flood barrier tested\n\nStaff Writer • Updated 3 hours ago\n\n${BODY}`,
      title: 'Flood barrier tested',
      author: null,
      published: null,
      gone: ['Staff Writer', '3 hours ago'],
    },
    {
      file: 'herald.md',
      content: `# School meals to be free\n\nThe Harbour Herald | 5 March 2021\n\n${BODY}`,
      outlet: 'The Harbour Herald',
      published: '2021-03-05',
      gone: ['Harbour Herald'],
    },
    {
      file: 'lagos.txt',
      content: `Lagos Daily Times — Chinedu Okeke — 12 May 2022\n\nPort congestion eases\n\n${BODY}`,
      title: 'Port congestion eases',
      outlet: 'Lagos Daily Times',
      author: 'Chinedu Okeke',
      published: '2022-05-12',
    },
  ],
  'photo credit': [
    {
      file: 'holm.txt',
      content: `Glacier retreat speeds up\n\n(Photograph: Ingrid Holm/Nordic Press)\n\n${BODY}`,
      gone: ['Ingrid Holm'],
    },
    {
      file: 'herrera.txt',
      content: `Vineyards burn in the valley\n\nPhoto credit: Tomás Herrera for The Valley Ledger\n\n${BODY}`,
      gone: ['Tomás Herrera'],
    },
    {
      file: 'eriksen.md',
      content: `# Avalanche closes pass\n\nA rescuer at the scene on Monday. Photo: Lars Eriksen / Aftenposten\n\n${BODY}`,
      gone: ['Lars Eriksen', 'rescuer'],
    },
  ],
  'caption ending NAME/OUTLET': [
    {
      file: 'valletta.txt',
      content: `Protest in Valletta\n\nDemonstrators march in Valletta on Sunday. MARIA BORG/TIMES OF MALTA\n\n${BODY}`,
      gone: ['MARIA BORG', 'Demonstrators march'],
    },
    {
      file: 'rubble.txt',
      content: `Search for survivors goes on\n\nRescue teams search the rubble in Antakya, Feb. 7, 2023. AHMET YILMAZ / ANADOLU AGENCY via Getty Images\n\n${BODY}`,
      gone: ['AHMET YILMAZ', 'Rescue teams search'],
    },
    {
      file: 'lyon.md',
      content: `# Farmers block roads\n\nFarmers block a road near Lyon on Monday. Jean Martin/Le Progrès\n\n${BODY}`,
      gone: ['Jean Martin', 'Farmers block a road'],
    },
  ],
  'copyright line': [
    {
      file: 'kestrel.txt',
      content: `Harbour dredging begins\n\n${BODY}\n\n© Copyright 2023 Kestrel Media Group Ltd`,
      gone: ['Kestrel Media'],
    },
    {
      file: 'ledger.md',
      content: `# Wine harvest early\n\n${BODY}\n\nAll content © 2022 The Valley Ledger. All Rights Reserved`,
      gone: ['Valley Ledger'],
    },
    {
      file: 'ap.html',
      content: `<html><body><article><h1>Rail fares frozen</h1><p>${BODY}</p><p>Copyright 2022 The Associated Press. This material may not be published, broadcast, rewritten or redistributed.</p></article></body></html>`,
      gone: ['Associated Press', 'redistributed'],
    },
  ],
  '"This is a developing story"': [
    {
      file: 'breaking.txt',
      content: `Gas leak closes station\n\n${BODY}\n\nThis story is breaking and will be updated.`,
      gone: ['breaking and will be updated'],
    },
    {
      file: 'report.md',
      content: `# Ferry aground off Skye\n\n_This report will be updated as more information becomes available._\n\n${BODY}`,
      gone: ['more information becomes available'],
    },
    {
      file: 'developing.html',
      content: `<html><body><article><h1>Dam breach feared</h1><p><em>This is a developing news story. Please check back for updates.</em></p><p>${BODY}</p></article></body></html>`,
      gone: ['developing news story', 'check back'],
    },
  ],
  '"(Reporting by …; Editing by …)"': [
    {
      file: 'tokyo.txt',
      content: `Yen slides\n\n${BODY}\n\n(Additional reporting by Kenji Sato in Tokyo; Writing by Priya Nair; Editing by Hugh Lawson)`,
      gone: ['Kenji Sato'],
    },
    {
      file: 'rabat.txt',
      content: `Morocco raises rates\n\n${BODY}\n\nReporting by Aziz El Yaakoubi; editing by Jon Boyle`,
      gone: ['Aziz El Yaakoubi'],
    },
    {
      file: 'kyiv.md',
      content: `# Grain corridor reopens\n\n${BODY}\n\n[Reporting by Olena Harmash; Editing by Alex Richardson]`,
      gone: ['Olena Harmash'],
    },
  ],
  'correction note vs dateline': [
    {
      file: 'clarification.txt',
      content: `Tram fares cut\n\nClarification: April 3, 2022\n\nAn earlier version of this story misstated the fare.\n\nMarch 28, 2022\n\n${BODY}`,
      published: '2022-03-28',
      kept: ['An earlier version of this story misstated the fare.'],
    },
    {
      file: 'editors-note.txt',
      content: `School renamed\n\nEditor’s Note\nMay 4, 2022\nThis story was updated to correct the name of the school.\n\nMay 1, 2022\n\n${BODY}`,
      published: '2022-05-01',
    },
    {
      file: 'update.md',
      content: `# Pier closed\n\n**UPDATE — 14 June 2022**\n\nThe pier reopened on Friday.\n\n*10 June 2022*\n\n${BODY}`,
      published: '2022-06-10',
      kept: ['The pier reopened on Friday.'],
    },
  ],
};

/** A second round of variants, written after the first round's fixes, in yet other shapes. */
const MORE_KINDS: Record<string, Variant[]> = {
  'title from furniture': [
    {
      file: 'here.txt',
      content: `You are here: Home / News / Politics\n\nSupported by\n\nSenate delays vote on port budget\n\n${BODY}`,
      title: 'Senate delays vote on port budget',
      gone: ['You are here', 'Supported by'],
    },
    {
      file: 'share.txt',
      content: `Share on Facebook Share on WhatsApp Copy link\n\nListen to this article · 4 min\n\nHospital strike enters second week\n\n${BODY}`,
      title: 'Hospital strike enters second week',
      gone: ['Facebook', 'Listen to this article'],
    },
    {
      file: 'crumbs.html',
      content: `<html><body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/b">Business</a></li></ul></nav></header><main><article><p class="crumbs">Home › Business › Energy</p><h1>Wind farm approved off Galway coast</h1><p>${BODY}</p><p>The farm will power 400,000 homes, the developer said.</p></article></main></body></html>`,
      title: 'Wind farm approved off Galway coast',
      gone: ['Energy'],
    },
  ],
  'headline ending in a quotation mark': [
    {
      file: 'enough.txt',
      content: `Nurses on strike: ‘Enough is enough.’\n\n${BODY}`,
      title: 'Nurses on strike: ‘Enough is enough.’',
    },
    {
      file: 'never.md',
      content: `# 'Never again': survivors recall the flood\n\n${BODY}`,
      title: "'Never again': survivors recall the flood",
    },
  ],
  'byline "By …"': [
    {
      file: 'slash.txt',
      content: `Tunnel reopens\n\nBY MARIA LOPEZ / STAFF WRITER\n\n${BODY}`,
      author: 'MARIA LOPEZ',
      gone: ['STAFF WRITER'],
    },
    {
      file: 'photos.txt',
      content: `Tunnel reopens\n\nBy Ana Ruiz and Ben Ode | Photos by Lars Berg\n\n${BODY}`,
      author: 'Ana Ruiz and Ben Ode',
      gone: ['Lars Berg'],
    },
  ],
  'staff-writer, published and updated lines': [
    {
      file: 'mail.txt',
      content: `Pier fire\n\nPUBLISHED: 09:14 GMT, 5 March 2021 | UPDATED: 11:02 GMT, 5 March 2021\n\n${BODY}`,
      published: '2021-03-05',
      gone: ['PUBLISHED'],
    },
    {
      file: 'cnn.txt',
      content: `Pier fire\n\nUpdated 10:32 AM EDT, Sat March 5, 2022\n\n${BODY}`,
      published: null,
      gone: ['10:32'],
    },
    {
      file: 'numeric.txt',
      content: `Pier fire\n\nPublished: 05.03.2021\n\n${BODY}`,
      published: '2021-03-05',
      gone: ['05.03.2021'],
    },
    {
      file: 'ambiguous.txt',
      content: `Pier fire\n\nPublished: 05/03/2021\n\n${BODY}`,
      published: null,
      gone: ['05/03/2021'],
    },
    {
      file: 'two-lines.txt',
      content: `Pier fire\n\nAna Ruiz\nStaff Writer\n\n${BODY}`,
      author: 'Ana Ruiz',
      gone: ['Ana Ruiz', 'Staff Writer'],
    },
  ],
  'metadata line without "By"': [
    {
      file: 'nospace.txt',
      content: `Kestrel Courier—Ana Ruiz—March 5, 2021\n\nHarbour fees to double\n\n${BODY}`,
      outlet: 'Kestrel Courier',
      author: 'Ana Ruiz',
      published: '2021-03-05',
    },
    {
      file: 'read.md',
      content: `# Harbour fees to double\n\nPolitics · Ana Ruiz · 5 min read\n\n${BODY}`,
      author: null,
      outlet: null,
      gone: ['5 min read'],
    },
    {
      file: 'corrected.txt',
      content: `Harbour fees to double\n\nCorrected March 9, 2022 | Published March 5, 2022\n\n${BODY}`,
      published: '2022-03-05',
    },
  ],
  'photo credit': [
    {
      file: 'unsplash.txt',
      content: `Lake levels fall\n\nPhoto by Ana Ruiz on Unsplash\n\n${BODY}`,
      gone: ['Unsplash'],
    },
    {
      file: 'courtesy.txt',
      content: `Lake levels fall\n\n(Courtesy of the Riverton Historical Society)\n\n${BODY}`,
      gone: ['Historical Society'],
    },
    {
      file: 'foto.md',
      content: `# Lake levels fall\n\nFoto: Lars Berg/NTB\n\n${BODY}`,
      gone: ['Lars Berg'],
    },
  ],
  'caption ending NAME/OUTLET': [
    {
      file: 'dash.txt',
      content: `Mural unveiled\n\nA man walks past the new mural on Monday — Ana Ruiz/The Kestrel Courier\n\n${BODY}`,
      gone: ['Ana Ruiz', 'mural on Monday'],
    },
    {
      file: 'file-photo.txt',
      content: `Mural unveiled\n\nA man walks past a mural in Belgrade, Serbia, March 3, 2022. REUTERS/Marko Djurica/File Photo\n\n${BODY}`,
      gone: ['Djurica', 'walks past'],
    },
  ],
  'copyright line': [
    {
      file: 'trailing.txt',
      content: `Harbour dredging begins\n\n${BODY}\n\nKestrel Courier © 2023`,
      gone: ['Kestrel Courier'],
    },
    {
      file: 'reproduction.md',
      content: `# Harbour dredging begins\n\n${BODY}\n\nReproduction in whole or in part without written permission is prohibited.`,
      gone: ['Reproduction'],
    },
  ],
  '"This is a developing story"': [
    {
      file: 'follow.txt',
      content: `Gas leak closes station\n\n${BODY}\n\nMore to follow.`,
      gone: ['More to follow'],
    },
    {
      file: 'refresh.txt',
      content: `Gas leak closes station\n\nDEVELOPING\n\n${BODY}\n\nPlease refresh for updates.`,
      gone: ['DEVELOPING', 'refresh'],
    },
  ],
  '"(Reporting by …; Editing by …)"': [
    {
      file: 'ap-credit.txt',
      content: `Yen slides\n\n${BODY}\n\nAssociated Press writers Ana Ruiz in Lagos and Ben Ode in Abuja contributed to this report.`,
      gone: ['contributed to this report'],
    },
    {
      file: 'contributing.txt',
      content: `Yen slides\n\n${BODY}\n\nContributing: Ana Ruiz, Ben Ode`,
      gone: ['Contributing'],
    },
    {
      file: 'contributed-reporting.md',
      content: `# Yen slides\n\n${BODY}\n\n*Ana Ruiz contributed reporting from Lagos.*`,
      gone: ['contributed reporting'],
    },
  ],
  'correction note vs dateline': [
    {
      file: 'inline.txt',
      content: `Tram fares cut\n\nCorrection, March 9, 2022: An earlier version of this story misstated the fare.\n\nMarch 5, 2022\n\n${BODY}`,
      published: '2022-03-05',
      kept: ['An earlier version of this story misstated the fare.'],
    },
    {
      file: 'correction.html',
      content: `<html><head><meta property="article:published_time" content="2022-03-05T08:00:00Z"></head><body><article><h1>Tram fares cut</h1><p><strong>Correction:</strong> March 9, 2022</p><p>An earlier version misstated the fare.</p><p>${BODY}</p></article></body></html>`,
      published: '2022-03-05',
    },
  ],
};

/** A third round, written after the second round's fixes. */
const ROUND_3: Record<string, Variant[]> = {
  'title from furniture': [
    {
      file: 'masthead-quote.txt',
      content: `THE KESTREL COURIER\n\nMayor: “We will not resign.”\n\n${BODY}`,
      title: 'Mayor: “We will not resign.”',
    },
    {
      file: 'site-title.html',
      content: `<html><head><title>Dock strike ends after nine days – Business – Harbour Herald</title></head><body><article>${'<p>' + BODY + '</p>'}<p>Dockworkers accepted a 6 percent rise on Saturday, the union said in a statement.</p></article></body></html>`,
      title: 'Dock strike ends after nine days',
    },
  ],
  'byline "By …"': [
    {
      file: 'byline-updated.txt',
      content: `Tunnel reopens\n\nBy Maria Lopez, Staff Writer Updated March 6, 2021 | Published March 5, 2021\n\n${BODY}`,
      author: 'Maria Lopez',
      published: '2021-03-05',
    },
    {
      file: 'byline-md.md',
      content: `# Tunnel reopens\n\n**By [Ana Ruiz](/authors/ana)** · *The Harbour Herald* · March 5, 2021\n\n${BODY}`,
      author: 'Ana Ruiz',
      published: '2021-03-05',
    },
  ],
  'metadata line without "By"': [
    {
      file: 'html-meta.html',
      content: `<html><body><article><h1>Harbour fees to double</h1><p class="meta">Kestrel Courier · Ana Ruiz · 5 March 2021 · 3 min read</p><p>${BODY}</p><p>Fees have not changed since 2009, the port said in its statement.</p></article></body></html>`,
      published: '2021-03-05',
      gone: ['3 min read'],
    },
    {
      file: 'german.txt',
      content: `Hafengebühren steigen\n\nDer Tagesspiegel | 05.03.2021\n\n${BODY}`,
      published: '2021-03-05',
      gone: ['Tagesspiegel'],
    },
  ],
  'photo credit': [
    {
      file: 'getty.txt',
      content: `Snow closes passes\n\nA plough clears the road near Andermatt on Monday. (Photo by Lars Berg/Getty Images)\n\n${BODY}`,
      gone: ['Getty', 'plough clears'],
    },
    {
      file: 'figcaption.html',
      content: `<html><body><article><h1>Snow closes passes</h1><figure><img src="a.jpg"><figcaption>A plough near Andermatt. Photo: Lars Berg</figcaption></figure><p>${BODY}</p><p>The pass will stay closed until Friday, the canton said on its website.</p></article></body></html>`,
      gone: ['plough'],
    },
  ],
  'caption ending NAME/OUTLET': [
    {
      file: 'caps-agency.md',
      content: `# Strike ends\n\n![Dockers](d.jpg)\n\n*Dockers return to work in Antwerp on Saturday. DIRK WAEM/BELGA MAG/AFP via Getty Images*\n\n${BODY}`,
      gone: ['DIRK WAEM', 'Dockers return'],
    },
  ],
  'copyright line': [
    {
      file: 'footer.txt',
      content: `Harbour dredging begins\n\n${BODY}\n\n© 2024 Kestrel Media Group. Terms of use | Privacy policy`,
      gone: ['Kestrel Media'],
    },
  ],
  '"This is a developing story"': [
    {
      file: 'update-pending.txt',
      content: `Gas leak closes station\n\n${BODY}\n\nThis story has been updated with comment from the fire service.`,
      gone: ['has been updated'],
    },
  ],
  '"(Reporting by …; Editing by …)"': [
    {
      file: 'wire-brackets.html',
      content: `<html><body><article><h1>Yen slides</h1><p>${BODY}</p><p>The currency fell to its lowest level since 1990, traders said.</p><p>(Reporting by Kenji Sato; Writing by Priya Nair; Editing by Hugh Lawson and Jon Boyle)</p></article></body></html>`,
      gone: ['Kenji Sato'],
    },
  ],
  'correction note vs dateline': [
    {
      file: 'correction-below.md',
      content: `# Tram fares cut\n\n*March 5, 2022*\n\n${BODY}\n\n**Correction, March 9, 2022:** An earlier version of this story misstated the fare.`,
      published: '2022-03-05',
      kept: ['An earlier version of this story misstated the fare.'],
    },
  ],
};

describe.each([
  ...Object.entries(KINDS),
  ...Object.entries(MORE_KINDS).map(([kind, variants]) => [`${kind} (round 2)`, variants] as const),
  ...Object.entries(ROUND_3).map(([kind, variants]) => [`${kind} (round 3)`, variants] as const),
])('kind: %s', (_kind, variants) => {
  it.each(variants.map((variant) => [variant.file, variant] as const))('%s', (_file, want) => {
    const got = ingest(want.file, want.content);
    for (const field of ['title', 'author', 'published', 'outlet'] as const) {
      if (want[field] !== undefined) expect(got.meta[field], field).toBe(want[field]);
    }
    for (const gone of want.gone ?? []) expect(got.text).not.toContain(gone);
    for (const kept of want.kept ?? []) expect(got.text).toContain(kept);
    expect(got.text).toContain(BODY);
  });
});

describe('kind: abbreviations (ranks, titles, Art./Fig./No., degrees)', () => {
  const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));
  it.each([
    'Rear Adm. Yuki Tanaka inspected the ships in the harbour.',
    'Lt. Cmdr. Ana Silva and Brig. Gen. Tomasz Nowak met the press.',
    'Sr. Sgt. Olaf Berg and Cpl. Ines Duarte were decorated.',
    'The court cited Arts. 12 and 14 of the charter.',
    'See Sec. 4 and Para. 12 for the details.',
    'Vol. III of the report covers the navy.',
    'Flight No. 714 landed four hours late.',
    'Amara Okafor, M.D., led the study in Ibadan.',
    'The M.Sc. thesis by Lars Berg was cited twice.',
    'Martin Luther King Jr. Day is a federal holiday.',
    'Climbers left Mt. Elbrus on Monday.',
    'Msgr. Tadeusz Nowicki and Fr. Luis Ortega led the procession.',
    // Round 2
    'See p. 12 of the ruling for the court’s reasons.',
    'The church dates from ca. 1850 and was restored in 2001.',
    'Police in Ft. Worth said the suspect had fled.',
    'Lt. Gen. (ret.) Mark Hertling said the convoy was stuck.',
    'Smith et al. (2020) found the same effect.',
    'The U.N. Security Council met on Friday.',
  ])('keeps %j as one sentence', (sentence) => {
    const text = `${sentence} The next sentence starts here.`;
    expect(sentencesOf(text)).toEqual([sentence, 'The next sentence starts here.']);
  });
});

describe('kind: encodings (Windows-1252, Latin-1, UTF-16 with BOM, BOM + CRLF)', () => {
  const headline = 'Señor Núñez sells the café';
  const body = '“Mañana,” said Señor Núñez — the café’s owner — on Friday.';
  const article = `${headline}\r\n\r\n${body}\r\n`;
  it.each([
    ['windows-1252 text', 'cafe.txt', iconv.encode(article, 'windows-1252')],
    [
      'latin-1 markdown',
      'fjord.md',
      iconv.encode(
        '# Søren Ødegård buys the ferry\n\nSøren Ødegård sa at båten kom på fredag, og at den var grønn.\n',
        'latin1',
      ),
    ],
    [
      'UTF-16 BE with BOM',
      'cafe16.txt',
      Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(article, 'utf16-be')]),
    ],
    [
      'UTF-16 LE with BOM and CRLF',
      'cafe16le.TXT',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article, 'utf16le')]),
    ],
    [
      'UTF-8 BOM + CRLF HTML',
      'cafe.htm',
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from(
          `<!DOCTYPE html>\r\n<html><head><title>${headline}</title></head>\r\n<body><article><h1>${headline}</h1>\r\n<p>${body}</p></article></body></html>\r\n`,
        ),
      ]),
    ],
  ])('%s', (_name, file, bytes) => {
    const got = ingest(file, bytes);
    expect(got.text).not.toMatch(/[\uFFFD\uFEFF\r]/);
    if (file === 'fjord.md') {
      expect(got.meta.title).toBe('Søren Ødegård buys the ferry');
      expect(got.text).toContain('båten kom på fredag');
    } else {
      expect(got.meta.title).toBe(headline);
      expect(got.text).toContain(body);
    }
  });
});

describe('kind: NFD, soft hyphens, zero-width characters, NBSP', () => {
  const articles: Record<string, string> = {
    'dvorak.txt':
      'Concert hall named\n\nThe hall will be named after Antonín Dvor\u030Ca\u0301k, the city said.',
    'nguyen.txt':
      'Minister visits\n\nMinister Nguye\u0302\u0303n Va\u0306n An visited the port on Monday.',
    'court.txt':
      'Court rules\n\nThe Bundes\u00ADverfassungs\u00ADgericht ruled on Thursday that the law was void.',
    'kyiv.txt':
      'Talks in Kyiv\n\nDelegates met in Ky\u2060iv and in Lv\u200Civ on Wednesday, officials said.',
    'haifa.txt':
      'Port strike\n\nDock workers in Haifa\u200E walked out on Sunday over pay, the union said.',
    'fine.txt':
      'Fine imposed\n\nThe regulator imposed a fine of 10\u00A0000\u202Feuros on the operator.',
  };
  const questions: Array<[string, string]> = [
    ['Dvořák', 'Dvořák'],
    ['Nguyễn Văn An', 'Nguyễn Văn An'],
    ['Bundesverfassungs\u00ADgericht', 'Bundesverfassungsgericht'],
    ['Kyiv Lviv', 'Kyiv and in Lviv'],
    ['Haifa dock workers', 'Haifa walked'],
    ['10\u00A0000 euros fine', '10 000 euros'],
  ];
  let engine: Engine;
  let folder: string;
  let indexFolder: string;
  beforeAll(async () => {
    folder = await writePlainCorpus(articles);
    indexFolder = await temporaryFolder();
    engine = await openEngine({ corpusDir: folder, indexPath: path.join(indexFolder, 'i.json') });
  });
  afterAll(async () => {
    await removeFolder(folder);
    await removeFolder(indexFolder);
  });

  it.each(questions)('finds %j, quoted with %j', (question, shown) => {
    const answer = engine.ask(question, { limit: 5 });
    const quotes = [...answer.passages, ...answer.closest].map((p) => p.quote);
    expect(quotes.some((quote) => quote.includes(shown))).toBe(true);
    expect(quotes.join('\n')).not.toMatch(/[\u00AD\u200B-\u200F\u2060\u00A0\u202F]/);
  });
});

describe('kind: id clashes', () => {
  it.each([
    [['Reports/Q1.txt', 'reports/q1.txt', 'Reports_Q1.md']],
    [['a b.txt', 'a_b.txt', 'a-b.txt', 'a+b.html']],
    [['x/é.txt', 'x/ü.txt', 'x/ø.md']],
    [[`${'long-name-'.repeat(7)}one.txt`, `${'long-name-'.repeat(7)}two.txt`]],
  ])('gives %j distinct ids', (files) => {
    const ids = generateIds(files, new Set(['a_b']));
    expect(new Set(ids.values()).size).toBe(files.length);
    expect([...ids.values()]).not.toContain('a_b');
  });
});

describe('real sentences that look like furniture are kept', () => {
  it.each([
    'Follow the evidence wherever it leads, the judge told the jurors.',
    'Follow us, the guide said, and nobody will get lost.',
    'Sign up to fight, the recruiters told the young men.',
    'Source: an aide to the minister, who asked not to be named, confirmed the meeting.',
    'Sources: three diplomats familiar with the talks said a deal was close.',
    'Credit: Moody’s cut the country’s rating to junk on Friday, citing debt.',
    'Copyright lawyers said the ruling would change the music industry.',
    'This is a developing story, the editor said, and we will keep reporting it.',
    'Reporting by phone from Kherson, the correspondent described the shelling.',
    'Editing by hand took the monks ten years.',
    'By the numbers, the budget is the largest the city has passed.',
    'Published in 1851, the novel was banned in three countries.',
    'Updated figures show that unemployment fell to 4 percent.',
    'Correction officers at the prison went on strike on Monday.',
    'Update: the bridge reopened at noon, police said.',
    'Photo opportunities were limited, the palace said.',
    'Share prices fell 3 percent | analysts blamed the strike.',
    'Harbour Herald reporter Ana Ruiz — who broke the story on March 5, 2021 — was honoured.',
    'Menu prices at the café rose by a third last year.',
    'Home to 3,000 people, the village was evacuated on Monday.',
    'All rights reserved for the founders, the charter says, belong to their heirs.',
    'Staff writers at the paper voted to strike on Friday.',
    // Round 2
    'Sign up numbers fell by a third after the fee was introduced.',
    'Copyright infringement cases doubled in 2021.',
    'Updated hourly, the map shows the spread of the fire.',
    'Staff Writer Ana Ruiz won the award for her reporting on the port.',
    'Elections — scheduled for March 5, 2021 — were postponed.',
    'Lagos — Nigeria’s central bank raised rates on Tuesday.',
    'Photos by residents showed water pouring into the station.',
    'Credit Suisse shares fell 5 percent on Monday.',
    'More than 200 people attended the vigil in the square.',
    'Search teams found the missing fishermen on Sunday.',
    'Reproduction of the painting was sold for 2 million euros.',
    'Developing countries asked for more time to cut emissions.',
    'Contributing to the fund is voluntary, the ministry said.',
    'By Ana Ruiz’s count, 40 people died in the fire.',
    // Round 3
    'You are here to learn, not to argue.',
    'The © sign was added to the logo in 1952.',
    'The merger created one airline — Air France/KLM.',
    'Supported by the unions, the strike spread to four ports.',
    'Listen to this: the council wants to double the fees.',
    'Print editions will end in June.',
    'Courtesy of the city, the fountain was restored in 2019.',
    'Kestrel Courier reporter Ana Ruiz won the prize on March 5, 2021.',
    'Ana Ruiz · the reporter who broke the story · left the paper in 2022.',
    'Photo finish: the ferry beat the bridge by four minutes.',
  ])('%j', (sentence) => {
    const cleaned = cleanArticle(`Harbour news\n\n${sentence}\n\n${BODY}`);
    expect(cleaned.text).toContain(sentence);
    expect(cleaned.dropped.map((d) => d.line)).not.toContain(sentence);
  });
});
