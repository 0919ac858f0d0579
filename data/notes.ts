import type { Note } from './schema';

/** Placeholder until the dataset lands. */
export const notes: Note[] = [];
