/**
 * A location's slug from its name: lower case ASCII letters and digits joined by single hyphens
 * ("Fynlo Café & Bar" → "fynlo-cafe-bar"), at most 48 characters; "venue" when nothing is left.
 */
export function slugFromName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return slug || 'venue';
}

/** The first of `slug`, `slug-2`, `slug-3`… that is not taken. */
export function uniqueSlug(slug: string, taken: ReadonlySet<string>): string {
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n += 1) if (!taken.has(`${slug}-${n}`)) return `${slug}-${n}`;
}
