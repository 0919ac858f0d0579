import { describe, expect, test } from 'vitest';
import type { ToContent } from '@/core/detector-protocol';
import { handle, type Handlers } from '@/core/message-dispatch';

describe('handler maps', () => {
  const handlers = {
    'get-report': () => 'the report',
    'open-sidebar': (message) => `open ${message.drugId ?? message.query ?? ''}`,
    'toggle-sidebar': () => 'toggled',
    'frame-reports': (message) => `${message.frames.length} frames`,
    'scroll-to-mention': (message) => `scroll ${message.drugId} ${message.index}`,
  } satisfies Handlers<ToContent>;

  test('a message goes to the handler of its type, with its fields', () => {
    const run = (message: ToContent) => handle(handlers, message);
    expect(run({ type: 'open-sidebar', drugId: 'abrocitinib' })).toBe('open abrocitinib');
    expect(run({ type: 'toggle-sidebar' })).toBe('toggled');
    expect(run({ type: 'frame-reports', frames: [] })).toBe('0 frames');
    expect(run({ type: 'scroll-to-mention', drugId: 'upadacitinib', index: 2 })).toBe(
      'scroll upadacitinib 2',
    );
  });

  test('a receiver must handle every message of its direction (a compile error otherwise)', () => {
    // @ts-expect-error: no handler for open-sidebar, toggle-sidebar, frame-reports, scroll-to-mention
    const incomplete: Handlers<ToContent> = { 'get-report': () => 'the report' };
    expect(Object.keys(incomplete)).toEqual(['get-report']);
  });
});
