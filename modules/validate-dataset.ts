/**
 * Refuses to build an extension from an invalid dataset: zod parses the whole dataset before
 * every build, so zod itself never has to be bundled (the extension ships the typed data only).
 */
import { defineWxtModule } from 'wxt/modules';
import { validateDataset } from '../data/validate';

export default defineWxtModule((wxt) => {
  wxt.hook('build:before', () => validateDataset());
});
