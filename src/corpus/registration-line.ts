/**
 * An organisation's registration line: the number a registrar gave it, as the law has it printed
 * on its letters and mailings ("Anyvale Rowing Club, Registered Club No. 1234", "Registered
 * charity number 1098765", "Registered in England and Wales No. 01234567 | VAT No. GB 123 4567
 * 89"). UK law, for one, requires a company's registered number on its letters and e-mails (The
 * Company, Limited Liability Partnership and Business (Names and Trading Disclosures)
 * Regulations 2015, reg. 25) and a registered charity's status on its documents (Charities Act
 * 2011 s. 39). It identifies the sender, never reports: page furniture wherever it stands.
 */
import { isCapitalisedWords } from './credit-fields.js';

/** A registrar's number: letters of a country's prefix at most, then figures ("GB 123 4567 89"). */
const NUMBER = String.raw`[A-Z]{0,3}\s?\d[\d ]{2,14}`;
/** What a register holds: the kind of body registered. */
const BODY = String.raw`(?:charity|company|club|society|association|co-?operative|CASC|community amateur sports club|friendly society)`;
/**
 * One field stating a registration: "Registered Club No. 1234", "Registered charity 1098765",
 * "Charity No. 1098765", "Company number 01234567", "Registered in England and Wales No.
 * 01234567", "VAT Reg. No. GB 123 4567 89". Without "registered", the number's label is needed:
 * "Company 1234" says nothing of a register.
 */
const REGISTRATION_FIELD = new RegExp(
  String.raw`^(?:registered\s+(?:${BODY}|in\s+\p{Lu}[\p{L}]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}]*){0,3})(?:\s+(?:no\.?|number))?|(?:${BODY}|VAT)(?:\s+reg(?:\.|istration)?)?\s+(?:no\.?|number))\s*:?\s*${NUMBER}\.?$`,
  'iu',
);
/** Between the fields of a registration line: a comma, a bar, a middle dot, a full stop. */
const FIELD_SEPARATOR = /\s*[|·•]\s*|,\s+|\.\s+(?=\p{Lu})/u;
/** Longest registration line, in characters: a footer's line, not a paragraph. */
const MAX_LENGTH = 200;

/**
 * True when `line` is an organisation's registration line: fields that each state a registration
 * ({@link REGISTRATION_FIELD}) or name the body (a short run of capitalised words), one of them a
 * registration at least. A sentence naming a number in passing ("The club, registered charity
 * 1098765, said …") has other fields and stays.
 *
 * @example
 * isRegistrationLine('Anyvale Rowing Club, Registered Club No. 1234') // true
 * isRegistrationLine('The club became a registered charity in 2019.') // false
 */
export function isRegistrationLine(line: string): boolean {
  const text = line.trim();
  if (text.length > MAX_LENGTH) return false;
  const fields = text.split(FIELD_SEPARATOR).filter((field) => field.length > 0);
  const registers = fields.filter((field) => REGISTRATION_FIELD.test(field));
  return (
    registers.length > 0 &&
    fields.every((field) => REGISTRATION_FIELD.test(field) || isCapitalisedWords(field))
  );
}
