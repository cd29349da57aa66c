// The VAT rates a new item starts with. A category may say what its items usually carry (a
// sandwich: 20 % eaten in, zero-rated taken away, as cold food is in the UK); whatever the person
// or the CSV gives for the item itself wins. Pure: the use cases load the category.

/** A category's defaults (basis points); null where it has none. */
export type CategoryVatDefaults = { vatRateBps: number | null; takeawayVatRateBps: number | null };

export type ItemVatRates = { vatRateBps: number; takeawayVatRateBps: number };

/**
 * The new item's rates: eaten in from the item, else the category, else unknown (null: ask for
 * it, never guess a tax); taken away from the item, else the category's takeaway default, else
 * the eat-in rate (most items carry one rate either way).
 */
export function newItemVatRates(
  given: { vatRateBps?: number | null; takeawayVatRateBps?: number | null },
  category: CategoryVatDefaults | null,
): ItemVatRates | null {
  const vatRateBps = given.vatRateBps ?? category?.vatRateBps ?? null;
  if (vatRateBps === null) return null;
  return { vatRateBps, takeawayVatRateBps: given.takeawayVatRateBps ?? category?.takeawayVatRateBps ?? vatRateBps };
}
