import type { Source } from './schema';

/** Every source the dataset cites. The interview is the only source of notes. */
export const sources: Source[] = [
  {
    id: 'song-2025-interview',
    kind: 'interview',
    title: 'JAK Inhibitors in Atopic Dermatitis Treatment',
    author: 'Dr Eingun James Song',
    publication: 'The Dermatologist',
    publisher: 'HMP Global',
    year: 2025,
    attribution: '© 2025 HMP Global. All Rights Reserved.',
  },
];
