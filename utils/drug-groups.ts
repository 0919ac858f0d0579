import type { Dataset, HighlightGroup } from '@/data/schema';

/**
 * The settings group of each drug: the group of its primary class, or of the nearest ancestor
 * class that has one. Computed once from the dataset so the per-mention filter is a map lookup.
 */
export function drugGroups(
  dataset: Pick<Dataset, 'drugs' | 'classes'>,
): Map<string, HighlightGroup> {
  const classes = new Map(dataset.classes.map((c) => [c.id, c]));
  const groups = new Map<string, HighlightGroup>();
  for (const drug of dataset.drugs) {
    let cls = classes.get(drug.classes[0] ?? '');
    for (let depth = 0; cls && !cls.group && depth < 8; depth += 1) {
      cls = cls.parent ? classes.get(cls.parent) : undefined;
    }
    if (cls?.group) groups.set(drug.id, cls.group);
  }
  return groups;
}

/** A predicate for the scanner: is this drug's group switched on in `enabled`? */
export function drugFilter(
  groups: Map<string, HighlightGroup>,
  enabled: Record<HighlightGroup, boolean>,
): (drugId: string) => boolean {
  return (drugId) => {
    const group = groups.get(drugId);
    return group === undefined || enabled[group];
  };
}
