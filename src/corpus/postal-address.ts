/**
 * Postal addresses: a sender's address set as a line of its own, as a newsletter's or a page's
 * footer gives it ("Wexmoor Business Review, Unit 4, Riverside Works, Castlebridge WX2 7QP").
 * An address is fields of names and numbers between commas (or bars and dots), one of them
 * holding a postcode where the country's convention sets it: after the town in Britain,
 * Ireland and Canada ("Castlebridge WX2 7QP"), after the state in the United States and
 * Australia ("Springfield, IL 62701", "Sydney NSW 2000"), before the town in most of
 * continental Europe ("10115 Berlin", "1012 AB Amsterdam"). The postcodes' shapes are
 * `postcode-validator`'s, by country. It states where the sender is, never the article's news.
 */
import { postcodeValidator } from 'postcode-validator';
import { outletKey } from './copyright.js';

/** Longest address line, in characters: a footer's line, not a paragraph. */
const MAX_ADDRESS_LENGTH = 160;
/** Fewest and most fields of an address: a street or a name, then the town and postcode. */
const MIN_FIELDS = 2;
const MAX_FIELDS = 8;
/** Between an address's fields: a comma, or a bar or dot (a footer's one-line address). */
const FIELD_SEPARATOR = /\s*,\s*|\s+[|·•]\s+/;
/**
 * One field: capitalised words and numbers ("Unit 4", "12 High Street", "Castlebridge WX2
 * 7QP"), with the few lower-case words place names hold ("Newcastle upon Tyne").
 */
const FIELD =
  /^[\p{Lu}\d][\p{L}\d'’.&/-]*(?:\s+(?:[\p{Lu}\d][\p{L}\d'’.&/-]*|of|the|and|upon|on|in|under|by|de|la|le|du|am|an|der|sur))*$/u;
/** Most words in one field: a street's or a company's name, not a clause. */
const MAX_FIELD_WORDS = 6;
/** A country's name as an address's last field ("United Kingdom", "UK"): no figures. */
const COUNTRY_FIELD = /^[\p{Lu}][\p{L}.'’ ]{1,40}$/u;
/** A state's or territory's abbreviation before a postcode ("IL 62701", "NSW 2000"). */
const STATE = /^[A-Z]{2,3}$/;

/** Countries whose postcodes end an address's town field (checked on the last one or two words). */
const POSTCODE_AFTER_TOWN = ['GB', 'JE', 'GG', 'IM', 'IE', 'CA'] as const;
/** Countries whose postcode, all figures, follows a state's abbreviation. */
const POSTCODE_AFTER_STATE = ['US', 'AU'] as const;
/** Countries whose postcode opens the town's field ("10115 Berlin", "1012 AB Amsterdam"). */
const POSTCODE_BEFORE_TOWN = ['DE', 'FR', 'NL', 'AT', 'CH', 'BE', 'DK'] as const;
/**
 * A year, which a field of figures first ("2019 Budget") more likely is than a postcode. Narrower
 * than a year in prose (text/year.ts) on purpose: four-digit postcodes (AT, BE, CH, DK: 1000–9999)
 * fill the same field, and a year an address line names is a recent one.
 */
const YEAR = /^(?:19|20)\d{2}$/;

const matches = (text: string, countries: readonly string[]) =>
  countries.some((country) => postcodeValidator(text, country));

/** True when a field holds a postcode where one of its countries sets it (see the file header). */
function holdsPostcode(field: string): boolean {
  const words = field.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  const lastTwo = words.slice(-2).join(' ');
  // A field of its own after the town's ("Kelderby, KD9 3AB"), when it has letters: figures
  // alone are no postcode without a town or state beside them.
  if (/\p{L}/u.test(field) && matches(field, POSTCODE_AFTER_TOWN)) return true;
  if (words.length >= 2 && /\d/.test(last)) {
    if (words.length >= 3 && matches(lastTwo, POSTCODE_AFTER_TOWN)) return true;
    if (matches(last, POSTCODE_AFTER_TOWN) && !/^\d+$/.test(last)) return true;
    if (STATE.test(words[words.length - 2] ?? '') && matches(last, POSTCODE_AFTER_STATE))
      return true;
  }
  const first = words[0] ?? '';
  const town = (from: number) => words.length > from && /^\p{Lu}/u.test(words[from] ?? '');
  if (YEAR.test(first)) return false;
  if (town(1) && matches(first, POSTCODE_BEFORE_TOWN)) return true;
  return town(2) && matches(words.slice(0, 2).join(' '), POSTCODE_BEFORE_TOWN);
}

/**
 * True for a line that is a postal address (see the file header): two to eight short fields of
 * names and numbers, the last (or the one before a country's name) holding a postcode.
 *
 * @example
 * isPostalAddress('Wexmoor Business Review, Unit 4, Riverside Works, Castlebridge WX2 7QP') // true
 * isPostalAddress('The depot at Riverside Works, Castlebridge, opened in 2019.') // false
 */
export function isPostalAddress(line: string): boolean {
  const text = line.trim();
  if (text.length > MAX_ADDRESS_LENGTH || !/\d/.test(text)) return false;
  const fields = text.split(FIELD_SEPARATOR);
  if (fields.length < MIN_FIELDS || fields.length > MAX_FIELDS) return false;
  if (!fields.every((field) => FIELD.test(field) && field.split(/\s+/).length <= MAX_FIELD_WORDS))
    return false;
  const last = fields[fields.length - 1] ?? '';
  if (holdsPostcode(last)) return true;
  return (
    fields.length > MIN_FIELDS &&
    COUNTRY_FIELD.test(last) &&
    holdsPostcode(fields[fields.length - 2] ?? '')
  );
}

/** A street's field: a house number, then the street's name ("7 Mill Row", "12a High Street"). */
const STREET_FIELD = /^\d{1,5}[a-z]?\s+\p{Lu}/u;

/**
 * True for a line that is the sender's address: the sender's name (`sender`, a message's `From`
 * display name, compared by {@link outletKey}) as its first field, then a street's field and a
 * town's ("Harwick Policy Centre, 7 Mill Row, Harwick"), as a newsletter's footer gives it. The
 * name the message is sent by, repeated before a street, says the line is where the sender is,
 * so no postcode is needed to tell it from prose, as {@link isPostalAddress} needs one.
 *
 * @example
 * isSenderAddress('Harwick Policy Centre, 7 Mill Row, Harwick', 'Harwick Policy Centre') // true
 * isSenderAddress('Harwick Policy Centre, 7 Mill Row, Harwick', 'Ana Ruiz') // false
 */
export function isSenderAddress(line: string, sender: string): boolean {
  const text = line.trim();
  if (text.length > MAX_ADDRESS_LENGTH) return false;
  const [name = '', ...rest] = text.split(FIELD_SEPARATOR);
  return (
    outletKey(name) === outletKey(sender) &&
    rest.length >= MIN_FIELDS &&
    rest.length < MAX_FIELDS &&
    rest.every((field) => FIELD.test(field) && field.split(/\s+/).length <= MAX_FIELD_WORDS) &&
    rest.slice(0, -1).some((field) => STREET_FIELD.test(field))
  );
}

/**
 * The name an address line opens with, its first field ("Wexmoor Business Review" of
 * "Wexmoor Business Review, Unit 4, …"): who is at the address, or its number and street.
 */
export function addressFirstField(line: string): string {
  return line.trim().split(FIELD_SEPARATOR)[0] ?? '';
}
