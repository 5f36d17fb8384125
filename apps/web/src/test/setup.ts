import '@testing-library/jest-dom';

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
