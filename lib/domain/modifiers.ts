// Modifier rules: which choices an item allows and how many from each group.

export type ModifierGroupRule = { id: string; name: string; min: number; max: number; modifierIds: readonly string[] };

export type ModifierProblem =
  | { kind: 'TOO_FEW'; groupId: string; groupName: string; min: number; chosen: number }
  | { kind: 'TOO_MANY'; groupId: string; groupName: string; max: number; chosen: number }
  | { kind: 'NOT_ALLOWED'; modifierId: string }
  | { kind: 'DUPLICATE'; modifierId: string };

/** The problems with a choice of modifiers for an item; empty when the choice is valid. */
export function checkModifiers(groups: readonly ModifierGroupRule[], chosenIds: readonly string[]): ModifierProblem[] {
  const problems: ModifierProblem[] = [];
  const seen = new Set<string>();
  for (const id of chosenIds) {
    if (seen.has(id)) problems.push({ kind: 'DUPLICATE', modifierId: id });
    seen.add(id);
  }
  const known = new Set(groups.flatMap((group) => group.modifierIds));
  for (const id of seen) if (!known.has(id)) problems.push({ kind: 'NOT_ALLOWED', modifierId: id });
  for (const group of groups) {
    const chosen = group.modifierIds.filter((id) => seen.has(id)).length;
    if (chosen < group.min)
      problems.push({ kind: 'TOO_FEW', groupId: group.id, groupName: group.name, min: group.min, chosen });
    if (chosen > group.max)
      problems.push({ kind: 'TOO_MANY', groupId: group.id, groupName: group.name, max: group.max, chosen });
  }
  return problems;
}

/** A sentence a cashier understands: "Milk: choose 1", "Extras: choose up to 3". */
export function describeModifierProblem(problem: ModifierProblem): string {
  switch (problem.kind) {
    case 'TOO_FEW':
      return `${problem.groupName}: choose ${problem.min === 1 ? '1' : `at least ${problem.min}`}`;
    case 'TOO_MANY':
      return `${problem.groupName}: choose up to ${problem.max}`;
    case 'NOT_ALLOWED':
      return 'That option is not available for this item';
    case 'DUPLICATE':
      return 'The same option was chosen twice';
  }
}

/** How a group reads on the modifier sheet: "Choose 1", "Choose up to 3", "Choose 1 to 2". */
export function describeGroupRule(group: Pick<ModifierGroupRule, 'min' | 'max'>): string {
  if (group.min === group.max) return `Choose ${group.min}`;
  if (group.min === 0) return `Choose up to ${group.max}`;
  return `Choose ${group.min} to ${group.max}`;
}
