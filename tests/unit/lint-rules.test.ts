// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

/**
 * The lint rules that keep markup out of our DOM sinks (design.md §5) are part of the security
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
      ['entrypoints/content/scanner.ts', 'components/NoteCard.tsx', 'utils/report.ts'].map(
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
      'entrypoints/content/sidebar-host.tsx',
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
      'entrypoints/content/scanner.ts',
    );
    expect(ids).toEqual([]);
  });
});
