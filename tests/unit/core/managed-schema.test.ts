import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { managedSchema } from '@/core/managed-schema';
import { DEFAULT_SETTINGS } from '@/core/settings';

type Node = {
  type?: unknown;
  properties?: Record<string, Node>;
  items?: Node;
  [key: string]: unknown;
};

/** The keywords Chrome's managed-schema parser knows; anything else stops the extension loading. */
const CHROME_KEYWORDS = new Set([
  'type',
  'properties',
  'items',
  'enum',
  'minimum',
  'maximum',
  'title',
  'description',
]);

function keywordsOf(node: Node): string[] {
  return [
    ...Object.keys(node),
    ...Object.values(node.properties ?? {}).flatMap(keywordsOf),
    ...(node.items ? keywordsOf(node.items) : []),
  ];
}

describe('managed-storage schema', () => {
  test('the committed public/managed-schema.json is the one the settings schema generates (npm run gen:managed-schema)', () => {
    const committed: unknown = JSON.parse(readFileSync('public/managed-schema.json', 'utf8'));
    expect(committed).toEqual(managedSchema());
  });

  test('declares one policy per setting plus locked, each described for administrators', () => {
    const schema = managedSchema() as Node;
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties!)).toEqual([...Object.keys(DEFAULT_SETTINGS), 'locked']);
    for (const node of Object.values(schema.properties!)) {
      expect(typeof node.description).toBe('string');
      expect(typeof node.type).toBe('string');
    }
  });

  test('uses only the JSON Schema keywords Chrome accepts, and no additionalProperties at the top', () => {
    const schema = managedSchema() as Node;
    expect(keywordsOf(schema).filter((key) => !CHROME_KEYWORDS.has(key))).toEqual([]);
    expect(schema).not.toHaveProperty('additionalProperties');
    expect(schema).not.toHaveProperty('$schema');
  });

  test('lists every setting, and only settings, as lockable', () => {
    const locked = (managedSchema() as Node).properties!.locked!;
    expect(locked).toMatchObject({
      type: 'array',
      items: { type: 'string', enum: Object.keys(DEFAULT_SETTINGS) },
    });
  });

  test('carries the enums and bounds of the settings schema', () => {
    const { properties } = managedSchema() as Node;
    expect(properties!.siteMode).toMatchObject({
      type: 'string',
      enum: ['all', 'only-listed', 'except-listed'],
    });
    expect(properties!.sites).toMatchObject({ type: 'array', items: { type: 'string' } });
    expect(properties!.hoverCards).toMatchObject({ type: 'boolean' });
    expect(properties!.feedbackAddress).toMatchObject({ type: 'string' });
    expect(properties!.groups!.properties).toHaveProperty('oral-jak', { type: 'boolean' });
    expect(properties!.sidebarWidth).toMatchObject({ type: 'integer', minimum: 280, maximum: 640 });
  });
});
