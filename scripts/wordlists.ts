/**
 * The word lists the fuzzy rule must not report (`core/matcher/fuzzy-compile.ts`): the Debian
 * packages wamerican, wngerman, wfrench, wspanish, witalian, wportuguese and wdutch, read from
 * /usr/share/dict at generation time only. Nothing of them ships but the few words that lie one
 * edit from a drug name.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DICT_DIR = '/usr/share/dict';

/** List file per language (Debian package in the comment). */
export const WORD_LISTS = [
  'american-english', // wamerican
  'ngerman', // wngerman
  'french', // wfrench
  'spanish', // wspanish
  'italian', // witalian
  'portuguese', // wportuguese
  'dutch', // wdutch
] as const;

/** Whether every list is installed (the generator refuses to run on a partial set). */
export function haveWordLists(dir = DICT_DIR): boolean {
  return WORD_LISTS.every((name) => existsSync(join(dir, name)));
}

/** Every word of every list, one per line as the packages write them. */
export function* readWordLists(dir = DICT_DIR): Generator<string> {
  for (const name of WORD_LISTS) {
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      const word = line.trim();
      if (word !== '') yield word;
    }
  }
}
