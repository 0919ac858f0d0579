/**
 * The note topics in reading order: the order the sidebar shows them in. Plain data with no zod,
 * so the queries (and the bundles that use them) do not pull the schema library in.
 */
export const TOPICS = [
  'mechanism',
  'efficacy',
  'safety',
  'combination',
  'patient-selection',
  'long-term-management',
  'labeling-and-guidelines',
  'outlook',
] as const;
