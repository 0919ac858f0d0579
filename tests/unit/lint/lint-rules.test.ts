// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

/**
 * The lint rules that keep markup out of our DOM sinks (docs/design.md, "Security") are part of the security
 * story, so removing or weakening one must fail a test: each snippet below is linted with the
 * project's real eslint.config.js, as a file of each layer, and must be reported.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const SINKS: [string, string][] = [
  ['el.innerHTML = x', 'el.innerHTML = text;'],
  ['el.outerHTML = x', 'el.outerHTML = text;'],
  ['insertAdjacentHTML', "el.insertAdjacentHTML('beforeend', text);"],
  ['document.write', 'document.write(text);'],
  ['createContextualFragment', 'document.createRange().createContextualFragment(text);'],
];

describe('lint forbids innerHTML-style sinks', () => {
  test.each(
    SINKS.flatMap(([name, line]) =>
      ['page/index.ts', 'components/NoteCard.tsx', 'core/report.ts'].map(
        (file) => [name, file, line] as const,
      ),
    ),
  )('%s in %s is an error', async (_name, file, line) => {
    const code = `declare const el: Element;\ndeclare const text: string;\n${line}\nexport {};\n`;
    const ids = await ruleIds(code, file);
    expect(
      ids.some((id) => id.startsWith('no-unsanitized/') || id === 'no-restricted-properties'),
    ).toBe(true);
  });

  test('el.innerHTML = x is reported by both the property ban and no-unsanitized', async () => {
    const ids = await ruleIds(
      'declare const el: Element;\ndeclare const x: string;\nel.innerHTML = x;\nexport {};\n',
      'sidebar/mount.tsx',
    );
    expect(ids).toContain('no-restricted-properties');
    expect(ids).toContain('no-unsanitized/property');
  });

  test('dangerouslySetInnerHTML in a component is an error', async () => {
    const code =
      'export function Bad({ html }: { html: string }) {\n  return <p dangerouslySetInnerHTML={{ __html: html }} />;\n}\n';
    expect(await ruleIds(code, 'components/Bad.tsx')).toContain('no-restricted-syntax');
  });

  test('setting textContent is fine', async () => {
    const ids = await ruleIds(
      'declare const el: Element;\ndeclare const x: string;\nel.textContent = x;\nexport {};\n',
      'page/index.ts',
    );
    expect(ids).toEqual([]);
  });
});

/**
 * One import per layer that breaks "each layer imports only from the layers before it": linted
 * as a file of that layer with the real config, each must be reported with the layer rule.
 */
const FORBIDDEN_IMPORTS: [layer: string, file: string, code: string][] = [
  ['data', 'data/x.ts', "import { findMentions } from '@/core/matcher';"],
  ['core', 'core/x.ts', "import { createPageScanner } from '@/page/index';"],
  ['page', 'page/x.ts', "import { NoteCard } from '@/components/NoteCard';"],
  ['components', 'components/X.tsx', "import { createPageScanner } from '@/page/index';"],
  ['sidebar', 'sidebar/x.ts', "import { loadSettings } from '@/platform/settings-store';"],
  ['platform', 'platform/x.ts', "import { mountSidebarHost } from '@/sidebar/mount';"],
  ['scripts', 'scripts/x.ts', "import { startDetector } from '@/entrypoints/content/detector';"],
];

describe('lint keeps the layers one-way', () => {
  test.each(FORBIDDEN_IMPORTS)(
    '%s/ importing from a later layer is an error',
    async (_l, file, line) => {
      const ids = await ruleIds(
        `${line}\nexport const used = [${line.match(/\{ (\w+) \}/)![1]}];\n`,
        file,
      );
      expect(ids).toContain('import-x/no-restricted-paths');
    },
  );

  test('browser.* outside platform/ and entrypoints/ is an error', async () => {
    const code = "import { browser } from 'wxt/browser';\nexport const id = browser.runtime.id;\n";
    expect(await ruleIds(code, 'page/x.ts')).toContain('no-restricted-imports');
    expect(await ruleIds(code, 'platform/x.ts')).toEqual([]);
  });

  test('DOM globals in the pure core are an error', async () => {
    expect(await ruleIds('export const b = document.body;\n', 'core/x.ts')).toContain(
      'no-restricted-globals',
    );
  });

  test('an import cycle is an error', async () => {
    const dir = mkdtempSync(join(process.cwd(), 'core', 'cycle-test-'));
    try {
      writeFileSync(join(dir, 'a.ts'), "import { b } from './b';\nexport const a = () => b;\n");
      writeFileSync(join(dir, 'b.ts'), "import { a } from './a';\nexport const b = () => a;\n");
      const [result] = await eslint.lintFiles([join(dir, 'a.ts')]);
      expect(result?.messages.map((m) => m.ruleId)).toContain('import-x/no-cycle');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
