/**
 * vitest 5's reporter calls `Map.groupBy` (ES2024), which Node 20 lacks: without this, any test
 * failure crashes the reporter and hides the failure itself. Imported by both vitest configs,
 * which run in the main process where the reporter lives.
 */
if (typeof Map.groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value<K, T>(items: Iterable<T>, key: (item: T, index: number) => K): Map<K, T[]> {
      const groups = new Map<K, T[]>();
      let index = 0;
      for (const item of items) {
        const k = key(item, index++);
        const group = groups.get(k);
        if (group) group.push(item);
        else groups.set(k, [item]);
      }
      return groups;
    },
  });
}
