/**
 * Facts about this build, fixed when it is made. `__BUILD_DATE__` is replaced by the build
 * (`vite.define` in wxt.config.ts); where nothing replaces it (a unit test run without the WXT
 * config) the value is simply unknown, and "About this data" says so.
 */
declare const __BUILD_DATE__: string | undefined;

/** The day this build was made, YYYY-MM-DD (UTC), or undefined when not recorded. */
export const BUILD_DATE: string | undefined =
  typeof __BUILD_DATE__ === 'string' ? __BUILD_DATE__ : undefined;
