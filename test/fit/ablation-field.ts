/**
 * The `withoutFeature` field of a fitted model's `crossValidation` record (ranking-model.json,
 * abstain-model.json): each feature's effect when left out, measured only with `--ablation`.
 * Without it the field is left out, as docs/architecture.md says: an empty object would read as "no
 * feature matters", and the previous fit's figures measured other weights.
 */

/**
 * `{ withoutFeature }` to spread into a `crossValidation` record when `ablation` ran (even with
 * no feature measured), `{}` otherwise.
 *
 * @example
 * ({ l2: 10, ...ablationField(false, {}) }) // { l2: 10 }
 */
export function ablationField<T>(ran: boolean, withoutFeature: T): { withoutFeature?: T } {
  return ran ? { withoutFeature } : {};
}
