import { expect, test } from 'vitest';
import { compareNodes } from '@/page/dom/document-order';
import { setBody } from '../../support/page';

test('orders nodes across open shadow roots the way the collector reads them', () => {
  setBody('<p id="a">a</p><div id="host"><span id="light">l</span></div><p id="z">z</p>');
  const host = document.getElementById('host')!;
  const shadow = host.attachShadow({ mode: 'open' });
  const inner = document.createElement('div');
  shadow.append(inner);
  const nested = inner.attachShadow({ mode: 'open' });
  const deep = document.createTextNode('deep');
  nested.append(deep);
  const shallow = document.createTextNode('shallow');
  shadow.append(shallow);
  const order = [
    document.getElementById('a')!.firstChild!,
    deep,
    shallow,
    document.getElementById('light')!.firstChild!,
    document.getElementById('z')!.firstChild!,
  ];
  const shuffled = [order[3]!, order[1]!, order[4]!, order[0]!, order[2]!];
  expect(shuffled.sort(compareNodes)).toEqual(order);
  setBody('');
});
