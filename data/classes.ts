import type { DrugClass } from './schema';

/** Placeholder until the dataset lands. */
export const classes: DrugClass[] = [];
