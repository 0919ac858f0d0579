import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';

const PREACT_DIST = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.m?js$/;
const INNER_HTML_WRITE = /([\w$]+)\.innerHTML=([\w$]+\.__html)/g;

/**
 * Removes the one `innerHTML` write from Preact's bundle (its `dangerouslySetInnerHTML`
 * support), which addons-linter reports as UNSAFE_VAR_ASSIGNMENT on every Preact extension.
 * We never use that prop (an ESLint rule forbids it, docs/design.md, Security), so the branch is dead; it now
 * writes `textContent`, so even a mistake would show markup as text instead of parsing it.
 * Fails the build if a Preact upgrade changes the code, rather than silently doing nothing.
 */
export function preactNoInnerHtml(): Plugin {
  return {
    name: 'jak-lens:preact-no-inner-html',
    transform(code, id) {
      if (!PREACT_DIST.test(id)) return null;
      const patched = code.replace(INNER_HTML_WRITE, '$1.textContent=$2');
      if (patched === code || patched.includes('.innerHTML=')) {
        this.error(`preact-no-inner-html: Preact's innerHTML write changed shape in ${id}`);
      }
      return { code: patched, map: null };
    },
  };
}

/** WXT loads every file in `modules/`: this one adds the plugin to each build. */
export default defineWxtModule((wxt) => {
  addViteConfig(wxt, () => ({ plugins: [preactNoInnerHtml()] }));
});
