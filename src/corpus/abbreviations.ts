/**
 * Abbreviations after which a sentence does not end. The list follows the English sentence
 * break suppressions of the Unicode CLDR (common/segments/en.xml: titles, ranks, "No.",
 * "Fig.", months, degrees), with the military and clerical ranks news reports use. Each is
 * matched case-sensitively with its full stop, as written before a name or a number.
 */
import { MONTH_ABBREVIATIONS } from '../text/months.js';

/** Titles and ranks written before a name: "Maj. Gen. Oleg Belov", "Rev. Ana Cruz". */
const BEFORE_NAME = [
  'Mr',
  'Mrs',
  'Ms',
  'Mx',
  'Messrs',
  'Mme',
  'Mlle',
  'Dr',
  'Prof',
  'Rev',
  'Revd',
  'Fr',
  'Msgr',
  'Hon',
  'Gov',
  'Sen',
  'Rep',
  'Pres',
  'Supt',
  'Insp',
  'Det',
  'Amb',
  'Atty',
  'Gen',
  'Lt',
  'Col',
  'Maj',
  'Capt',
  'Cmdr',
  'Cdr',
  'Adm',
  'Brig',
  'Sgt',
  'Cpl',
  'Pvt',
  'Pte',
  'Spc',
  'St',
];
/** Reference words written before a number: "Art. 5", "Fig. 3", "No. 10". */
const BEFORE_NUMBER = [
  'No',
  'Nos',
  'Art',
  'Arts',
  'Fig',
  'Figs',
  'Vol',
  'Vols',
  'Ch',
  'Chap',
  'Sec',
  'Sect',
  'Para',
  'pp',
  'Ex',
  'Eq',
  'Nr',
  // circa: "ca. 1850", "c. 1850"
  'ca',
  'c',
];
/**
 * Others that rarely end a sentence: the first half of a degree ("Ph." of "Ph.D."), "vs.",
 * "approx.", "et al." before a citation, "(ret.)" after a rank, places ("Mt.", "Ft."). Not
 * "Jr." or "Sr.", which end sentences too ("… met Martin Luther King Jr. The two …").
 */
const OTHER = [
  'Ph',
  'vs',
  'approx',
  'est',
  'U\\.S',
  'U\\.K',
  'U\\.N',
  'E\\.U',
  'et al',
  'ret',
  'Mt',
  'Ft',
];

/**
 * A piece of text ending with a title, rank, month or other abbreviation above, or with a
 * single capital initial ("John F."), after which the sentence goes on.
 */
export const ABBREVIATION_END = new RegExp(
  `(?:\\b(?:${[...BEFORE_NAME, ...MONTH_ABBREVIATIONS, ...OTHER].join('|')})|(?:^|\\s)\\p{Lu})\\.[)\\]]?$`,
  'u',
);

/**
 * A line ending in a title or rank written without its full stop, as British style writes them
 * ("… confirmed at St" over "Aldric's.", "… said Dr" over "Miriam Oakes"): a word before a name,
 * so the sentence goes on. Only after a lower-case word, since after a capitalised one the same
 * letters end a name of their own ("High St", "Park Dr": a street).
 */
export const TITLE_WITHOUT_STOP_END = new RegExp(
  `(?:^|\\s)\\p{Ll}[\\p{L}'’-]*\\s+(?:${BEFORE_NAME.join('|')})$`,
  'u',
);

/**
 * A piece ending with a reference word ("Art.", "Fig.", "No."): the sentence goes on only when
 * a number follows ("Art. 5"), since "Art." also ends sentences ("the Museum of Modern Art.").
 */
export const NUMBERED_END = new RegExp(`\\b(?:${BEFORE_NUMBER.join('|')})\\.$`);

/** The start of a piece that continues a {@link NUMBERED_END}: a number, Arabic or Roman. */
export const NUMBER_START = /^(?:\d|[IVXLC]+\b)/;

/**
 * A company's legal form as abbreviated after its name: "Ltd", "plc", "Inc", "LLC", "Corp",
 * "Co", "Pty", "GmbH", "AG", "S.A.", "N.V.", "B.V.", "S.p.A.", "L.P." (the forms of British,
 * American, Australian, German, French, Spanish, Dutch and Italian company law that news
 * names), as regular-expression sources without a final full stop, as written.
 */
export const LEGAL_FORMS = [
  'Ltd',
  'Plc',
  'PLC',
  'plc',
  'Inc',
  'LLC',
  'L\\.L\\.C',
  'Corp',
  'Co',
  'Pty',
  'GmbH',
  'AG',
  'S\\.?A',
  'N\\.?V',
  'B\\.?V',
  'S\\.p\\.A',
  'L\\.?P',
];

/**
 * A text whose final full stop is a legal form's ("Velstra to acquire Hollin Foods N.V."), not a
 * sentence's: a headline names a company so without ending like a sentence.
 */
export const LEGAL_FORM_STOP = new RegExp(`\\s(?:${LEGAL_FORMS.join('|')})\\.$`, 'u');
