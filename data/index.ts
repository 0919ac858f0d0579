/**
 * The dataset, typed but not parsed: zod validation runs in tests and in the build hook, so
 * importing this module never pulls zod into a bundle.
 */
import type { Dataset } from './schema';
import { sources } from './sources';
import { classes } from './classes';
import { drugs } from './drugs';
import { notes } from './notes';
import { glossary } from './glossary';
import { comparison } from './comparison';

export const dataset: Dataset = {
  version: '1.1.0',
  asOf: '2026-12-01',
  sources,
  classes,
  drugs,
  notes,
  glossary,
  comparison,
};
