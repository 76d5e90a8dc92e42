/**
 * Escapes every character that has a meaning in a regular expression, so `text` matches
 * itself literally (the set is the one MDN's "Escaping" section gives).
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
