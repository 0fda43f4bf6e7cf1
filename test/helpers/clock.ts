// A fixed "today" for code that reads the clock itself (the ribbon commands, the pane's bootstrap):
// only Date is faked, so timers, promises and React's scheduling run as usual.

/** Every API jest can fake apart from Date. */
const ALL_BUT_DATE = ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] as const;

/** Sets `new Date()` to `now` for each test of the file. */
export function useFixedClock(now: Date): void {
  beforeEach(() => {
    jest.useFakeTimers({ now, doNotFake: [...ALL_BUT_DATE] });
  });
  afterEach(() => {
    jest.useRealTimers();
  });
}
