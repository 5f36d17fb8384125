import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// findBy… and waitFor wait up to 5 s (not 1 s) for what the page shows: `npm test` runs these tests beside
// the browser journeys on 2 cores, where a render can take longer than a second
configure({ asyncUtilTimeout: 5000 });

// jsdom lacks a few browser APIs the app touches; these stand-ins do nothing visible.

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
Object.assign(window, { ResizeObserver: ResizeObserverStub });
Element.prototype.scrollTo = function scrollTo(this: Element, options?: ScrollToOptions | number, y?: number) {
  const top = typeof options === 'number' ? y : options?.top;
  if (typeof top === 'number') this.scrollTop = top;
  // Browsers fire scroll events asynchronously, after the scroll.
  setTimeout(() => this.dispatchEvent(new Event('scroll')), 0);
};
Element.prototype.scrollIntoView = function scrollIntoView() {};
