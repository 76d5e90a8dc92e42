/** Reading values of a parsed JSON document (a JSON Feed, a news API's export) as a feed's fields. */

/** A JSON object's members. */
export type JsonObject = Record<string, unknown>;

/** True for a JSON object (not a list, not null). */
export const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A string value on one line (runs of whitespace made one space); undefined for another value or an empty one. */
export function jsonText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const line = value.replace(/\s+/g, ' ').trim();
  return line ? line : undefined;
}
