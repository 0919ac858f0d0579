import { afterEach, describe, expect, test, vi } from 'vitest';
import { mightMention } from '@/core/matcher';
import { watchForText } from '@/page/watch/gate-watch';
import { setBody } from '../../support/page';

const never = () => false;

afterEach(() => setBody(''));

describe('watchForText (the gate on a page that named no drug)', () => {
  test('fires once, when a change brings in text that might hold a name, then stops watching', async () => {
    setBody('<p id="feed">Weather and sport.</p>');
    const onHit = vi.fn();
    watchForText(document, (t) => mightMention(t), never, onHit);
    document.getElementById('feed')!.append(' More sport.');
    await new Promise((r) => setTimeout(r, 0));
    expect(onHit).not.toHaveBeenCalled();
    const p = document.createElement('p');
    p.textContent = 'Started on Rinvoq last week.';
    document.body.append(p);
    await vi.waitFor(() => expect(onHit).toHaveBeenCalledTimes(1));
    document.body.append(p.cloneNode(true));
    await new Promise((r) => setTimeout(r, 0));
    expect(onHit).toHaveBeenCalledTimes(1);
  });

  test('a name typed in pieces counts once whole (the parent text is tested)', async () => {
    setBody('<p id="p">Rin</p>');
    const onHit = vi.fn();
    watchForText(document, (t) => mightMention(t), never, onHit);
    document.getElementById('p')!.append(document.createTextNode('voq'));
    await vi.waitFor(() => expect(onHit).toHaveBeenCalledTimes(1));
  });

  test('edited text is tested too, and our own host never', async () => {
    setBody('<p id="p">nothing</p>');
    const onHit = vi.fn();
    const ours = document.createElement('x-ours');
    ours.textContent = 'Dupixent';
    watchForText(
      document,
      (t) => mightMention(t),
      (n) => n === ours,
      onHit,
    );
    document.documentElement.append(ours);
    await new Promise((r) => setTimeout(r, 0));
    expect(onHit).not.toHaveBeenCalled();
    (document.getElementById('p')!.firstChild as Text).data = 'now on Dupixent';
    await vi.waitFor(() => expect(onHit).toHaveBeenCalledTimes(1));
    ours.remove();
  });

  test('stopping ends the watch', async () => {
    setBody('<p>nothing</p>');
    const onHit = vi.fn();
    const stop = watchForText(document, (t) => mightMention(t), never, onHit);
    stop();
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Rinvoq' }));
    await new Promise((r) => setTimeout(r, 0));
    expect(onHit).not.toHaveBeenCalled();
  });
});
