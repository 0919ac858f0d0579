import { Dataset } from './schema';
import { dataset } from './index';

/** Parses the whole dataset with zod; throws a readable error naming the failing path. */
export function validateDataset(): void {
  const result = Dataset.safeParse(dataset);
  if (!result.success) {
    const issues = result.error.issues
      .slice(0, 10)
      .map((i) => `  ${i.path.join('.')}: ${i.message}`)
      .join('\n');
    throw new Error(`The dataset is invalid:\n${issues}`);
  }
}
