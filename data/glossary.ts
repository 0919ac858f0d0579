import type { GlossaryTerm } from './schema';

/** Placeholder until the dataset lands. */
export const glossary: GlossaryTerm[] = [];
