import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { i18n } from '../shared/i18n/i18n';
import { installFastComputedStyle } from './computedStyle';
import { server } from './server';

// First renders load lazy route chunks and antd styles; jsdom is slow at both.
configure({ asyncUtilTimeout: 8000 });

// antd's responsive helpers ask for media queries that jsdom does not implement.
function mediaMatches(query: string, width: number): boolean {
  const min = /min-width:\s*(\d+)px/.exec(query);
  const max = /max-width:\s*(\d+(?:\.\d+)?)px/.exec(query);
  return (min != null || max != null) && (min == null || width >= Number(min[1])) && (max == null || width <= Number(max[1]));
}

Object.defineProperty(window, 'matchMedia', {
  writable: true,
  // A desktop screen of 1440 px: the layout's breakpoints (min-width / max-width queries) answer as Chromium would.
  value: (query: string) => ({
    matches: mediaMatches(query, 1440),
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});

if (!('ResizeObserver' in window)) {
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserverStub });
}

// jsdom has no canvas: ECharts (SVG renderer) then measures text by its own estimate instead of logging «Not implemented».
Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', { writable: true, value: () => null });

installFastComputedStyle();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(async () => {
  cleanup();
  server.resetHandlers();
  await i18n.changeLanguage('ru');
});
afterAll(() => server.close());
