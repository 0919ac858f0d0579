import type { Comparison } from './schema';

/** Placeholder until the dataset lands. */
export const comparison: Comparison = { id: 'jak-vs-biologic', title: '', columns: ['oral-jak-inhibitor', 'biologic'], rows: [] };
