import { describe, expect, it } from 'vitest';
import { checkModifiers, describeGroupRule, describeModifierProblem, type ModifierGroupRule } from './modifiers';

const milk: ModifierGroupRule = { id: 'milk', name: 'Milk', min: 1, max: 1, modifierIds: ['whole', 'oat', 'soya'] };
const extras: ModifierGroupRule = {
  id: 'extras',
  name: 'Extras',
  min: 0,
  max: 3,
  modifierIds: ['shot', 'vanilla', 'caramel', 'hazelnut'],
};

describe('checkModifiers', () => {
  it('accepts exactly one milk and up to three extras', () => {
    expect(checkModifiers([milk, extras], ['oat'])).toEqual([]);
    expect(checkModifiers([milk, extras], ['oat', 'shot', 'vanilla', 'caramel'])).toEqual([]);
  });

  it('names the group when a required choice is missing (min boundary)', () => {
    expect(checkModifiers([milk, extras], ['shot'])).toEqual([
      { kind: 'TOO_FEW', groupId: 'milk', groupName: 'Milk', min: 1, chosen: 0 },
    ]);
  });

  it('names the group when too many are chosen (max boundary + 1)', () => {
    expect(checkModifiers([milk, extras], ['oat', 'shot', 'vanilla', 'caramel', 'hazelnut'])).toEqual([
      { kind: 'TOO_MANY', groupId: 'extras', groupName: 'Extras', max: 3, chosen: 4 },
    ]);
    expect(checkModifiers([milk], ['oat', 'soya'])).toEqual([
      { kind: 'TOO_MANY', groupId: 'milk', groupName: 'Milk', max: 1, chosen: 2 },
    ]);
  });

  it('refuses an option from another item and a repeated option', () => {
    expect(checkModifiers([milk], ['oat', 'bacon'])).toEqual([{ kind: 'NOT_ALLOWED', modifierId: 'bacon' }]);
    expect(checkModifiers([milk], ['oat', 'oat'])).toEqual([{ kind: 'DUPLICATE', modifierId: 'oat' }]);
  });

  it('an item without groups takes no modifiers', () => {
    expect(checkModifiers([], [])).toEqual([]);
    expect(checkModifiers([], ['oat'])).toEqual([{ kind: 'NOT_ALLOWED', modifierId: 'oat' }]);
  });
});

describe('wording', () => {
  it.each([
    [{ min: 1, max: 1 }, 'Choose 1'],
    [{ min: 0, max: 3 }, 'Choose up to 3'],
    [{ min: 1, max: 2 }, 'Choose 1 to 2'],
  ])('%j reads "%s"', (group, text) => {
    expect(describeGroupRule(group)).toBe(text);
  });

  it('explains problems in the words a cashier uses', () => {
    expect(describeModifierProblem({ kind: 'TOO_FEW', groupId: 'm', groupName: 'Milk', min: 1, chosen: 0 })).toBe(
      'Milk: choose 1',
    );
    expect(describeModifierProblem({ kind: 'TOO_MANY', groupId: 'e', groupName: 'Extras', max: 3, chosen: 4 })).toBe(
      'Extras: choose up to 3',
    );
  });
});
