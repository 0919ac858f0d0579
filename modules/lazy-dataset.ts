import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';
import { dataset } from '../data/index';

const LAZY_MODULE = /[\\/]data[\\/]lazy\.ts$/;

/**
 * Emits `data/lazy.ts` as the dataset in a `JSON.parse` string literal, parsed on the first
 * `loadDataset()` call and then kept (see that module for why). The data is plain JSON (a unit
 * test checks that it survives `JSON.stringify` unchanged), so the result is the same object.
 */
export function lazyDataset(): Plugin {
  return {
    name: 'jak-lens:lazy-dataset',
    enforce: 'pre',
    transform(_code, id) {
      if (!LAZY_MODULE.test(id)) return null;
      const literal = JSON.stringify(JSON.stringify(dataset));
      const code = `let parsed;\nexport function loadDataset() {\n  return (parsed ??= JSON.parse(${literal}));\n}\n`;
      return { code, map: null };
    },
  };
}

/** WXT loads every file in `modules/`: this one adds the plugin to each build. */
export default defineWxtModule((wxt) => {
  addViteConfig(wxt, () => ({ plugins: [lazyDataset()] }));
});
