import { afterEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyLanguage } from '@/platform/language';
import { strings } from '@/core/strings';

afterEach(() => {
  vi.restoreAllMocks();
  applyLanguage('en', document.createElement('div'));
});

describe('applyLanguage', () => {
  test('"auto" follows the browser’s interface language and marks the element with it', () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('pt-BR');
    const element = document.createElement('div');
    expect(applyLanguage('auto', element)).toBe('pt');
    expect(element.lang).toBe('pt');
    expect(strings.optionsTitle).toBe('Opções do JAK Lens');
  });

  test('a chosen language wins over the browser’s', () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('fr');
    expect(applyLanguage('de', document.createElement('div'))).toBe('de');
    expect(strings.optionsTitle).toBe('JAK-Lens-Einstellungen');
  });

  test('reads navigator.language where the browser’s i18n cannot be reached', () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockImplementation(() => {
      throw new Error('not available');
    });
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('es-MX');
    expect(applyLanguage('auto', document.createElement('div'))).toBe('es');
  });

  test('marks the page’s root element when given none', () => {
    applyLanguage('fr');
    expect(document.documentElement.lang).toBe('fr');
  });
});
