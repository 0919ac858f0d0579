/**
 * The shape every translation must have: the English table (core/strings.ts) with each
 * message widened to `string` and each plural to {@link Plural} (a language may add the
 * categories its `Intl.PluralRules` uses). A missing or extra key fails the typecheck; the
 * unit tests (tests/unit/core/locale.test.ts) check the keys of open records and the
 * placeholders.
 */
import type { Plural, strings } from '../strings';

type Widen<T> = T extends string
  ? string
  : T extends Plural
    ? Plural
    : { readonly [K in keyof T]: Widen<T[K]> };

export type Translation = Widen<typeof strings>;
