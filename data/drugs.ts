import type { Drug } from './schema';

/** Placeholder until the dataset lands. */
export const drugs: Drug[] = [];
