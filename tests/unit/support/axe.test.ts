import { expect, test } from 'vitest';
import { axeViolations } from './axe';

function mount(markup: (root: HTMLElement) => void): HTMLElement {
  const root = document.createElement('div');
  markup(root);
  document.body.replaceChildren(root);
  return root;
}

test('reports a button without an accessible name, with where it is', async () => {
  const root = mount((r) => r.append(Object.assign(document.createElement('button'), { id: 'b' })));
  expect(await axeViolations(root)).toEqual(['button-name: #b']);
});

test('leaves out the rules a caller skips', async () => {
  const root = mount((r) => r.append(document.createElement('button')));
  expect(await axeViolations(root, { skip: ['button-name'] })).toEqual([]);
});

test('checks a shadow root through its host', async () => {
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  host.attachShadow({ mode: 'open' }).append(document.createElement('button'));
  expect(await axeViolations(host.shadowRoot!)).toEqual([expect.stringMatching(/^button-name: /)]);
});
