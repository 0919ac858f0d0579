/**
 * The dataset behind a function, for the content script: it runs on every page, and most pages
 * mention no drug, so it should not pay for the data up front. The production build replaces
 * this module (modules/lazy-dataset.ts) with the same data as a `JSON.parse('…')` string
 * parsed on the first call: V8 only scans a string literal at load, where an 90 KB object
 * literal is parsed and compiled into a large function, and running it builds every object.
 */
import type { Dataset } from './schema';
import { dataset } from './index';

export function loadDataset(): Dataset {
  return dataset;
}
