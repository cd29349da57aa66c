import { describe, expect, it } from 'vitest';
import { slugFromName, uniqueSlug } from './slug';

describe('slugFromName', () => {
  it.each([
    ['Fynlo Demo Café', 'fynlo-demo-cafe'],
    ['  The Crown & Anchor  ', 'the-crown-anchor'],
    ['Crème brûlée #1', 'creme-brulee-1'],
    ['☕☕', 'venue'],
    ['', 'venue'],
    ['a'.repeat(60), 'a'.repeat(48)],
    [`${'a'.repeat(47)} b`, 'a'.repeat(47)],
  ])('%j → %j', (name, slug) => {
    expect(slugFromName(name)).toBe(slug);
  });
});

describe('uniqueSlug', () => {
  it.each([
    ['cafe', [], 'cafe'],
    ['cafe', ['cafe'], 'cafe-2'],
    ['cafe', ['cafe', 'cafe-2', 'cafe-3'], 'cafe-4'],
  ] as const)('%s with %j taken → %s', (slug, taken, expected) => {
    expect(uniqueSlug(slug, new Set(taken))).toBe(expected);
  });
});
