/**
 * The in-page sidebar's components (`<App>`: panel, launcher, hover card) beside the PDF, in an
 * open shadow root of their own so the sidebar's stylesheet and the reader's do not meet. Open,
 * not closed as on web pages: this is the extension's own page, with no page script to hide from.
 */
import { render } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { App, type AppProps } from '@/components/App';
import baseCss from '@/components/styles/base.css?inline';
import sidebarCss from '@/components/styles/sidebar.css?inline';
import { themeCss } from '@/components/theme';
import readerSidebarCss from './sidebar.css?inline';

export function ReaderSidebar(props: AppProps) {
  const host = useRef<HTMLDivElement>(null);
  const container = useRef<HTMLDivElement | null>(null);

  useLayoutEffect(() => {
    const element = host.current;
    if (!element) return;
    const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = themeCss() + baseCss + sidebarCss + readerSidebarCss;
    const root = document.createElement('div');
    shadow.replaceChildren(style, root);
    container.current = root;
    return () => {
      render(null, root);
      container.current = null;
    };
  }, []);

  // A tree of its own inside the shadow root, rendered again with every change of the props.
  useLayoutEffect(() => {
    if (container.current) render(<App {...props} />, container.current);
  });

  return <div ref={host} data-testid="reader-sidebar-host" />;
}
