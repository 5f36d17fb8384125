/**
 * jsdom lays nothing out (every box is 0×0). For the virtualised grid, pretend the scroller is
 * 720 px high and each row 56 px, as in a browser window.
 */
export function fakeGridLayout(): () => void {
  const proto = HTMLElement.prototype;
  const originalRect = proto.getBoundingClientRect;
  const heightOf = (el: HTMLElement) => (el.dataset.testid === 'segment-grid' ? 720 : el.dataset.testid === 'segment-row' ? 56 : 0);
  proto.getBoundingClientRect = function getBoundingClientRect(this: HTMLElement): DOMRect {
    const height = heightOf(this);
    return { x: 0, y: 0, top: 0, left: 0, right: 1000, bottom: height, width: 1000, height, toJSON: () => ({}) };
  };
  Object.defineProperty(proto, 'clientHeight', {
    configurable: true,
    get: function (this: HTMLElement) {
      return heightOf(this);
    },
  });
  Object.defineProperty(proto, 'clientWidth', { configurable: true, get: () => 1000 });
  return () => {
    proto.getBoundingClientRect = originalRect;
    // The real getters live on Element.prototype; removing the fakes uncovers them again.
    Reflect.deleteProperty(proto, 'clientHeight');
    Reflect.deleteProperty(proto, 'clientWidth');
  };
}
