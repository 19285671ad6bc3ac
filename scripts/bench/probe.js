// In-page half of the benchmark, injected with page.addInitScript before any script of the
// page (the app or the vis-timeline baseline) runs. Plain JavaScript on purpose: functions
// compiled by tsx cannot be shipped into the page (esbuild's keepNames helpers are missing
// there). All times are performance.now(), i.e. milliseconds since navigation start
// (performance.timeOrigin).
(() => {
  const ITEM = '.vis-item';
  // How the app may mark level-of-detail items (aggregated counts); counted separately.
  const AGGREGATE = '.vis-item.is-aggregate, .vis-item[data-aggregate], .vis-item.vis-cluster';

  const state = {
    firstItemAt: null,
    firstItemFrameAt: null,
    itemsAtFirst: 0,
    readyAt: null,
    frames: null,
    loaf: null,
    observer: null,
    loafSupported:
      typeof PerformanceObserver !== 'undefined' &&
      PerformanceObserver.supportedEntryTypes.includes('long-animation-frame'),
  };

  // Every long animation frame from the start, for the longest one while the store loads
  // (after the first events, before the whole store): the page is in use by then.
  const loadFrames = [];
  if (state.loafSupported) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) loadFrames.push([entry.startTime, entry.duration]);
    }).observe({ type: 'long-animation-frame', buffered: true });
  }

  // Tells the benchmark a time is recorded (scripts/bench/probe-told.ts): a console message,
  // which Playwright hears without injecting any script into the page.
  const tell = (key) => console.debug(`[bench] ${key}`);

  // A frame is painted after its animation-frame callbacks (the page's own included, which
  // may still be busy drawing): a task queued from one runs once that frame is on screen.
  const afterPaint = (record) => setTimeout(() => record(performance.now()), 0);

  // The first frame in which any timeline item is in the DOM, and when it was painted.
  // Items are caught where they are added, not by looking once a frame from an animation-
  // frame callback of our own: that callback runs before the page's own ones in the same
  // frame, so items drawn in one (vis-timeline's redraw) were seen a frame late, after
  // whatever tasks ran in between, while items added in a task (the baseline's constructor)
  // were not. Added by an animation-frame callback, they are painted at the end of that
  // frame, and a task queued then runs once it is on screen; added in a task, they are
  // painted in the next frame.
  const nativeFrame = window.requestAnimationFrame.bind(window);
  const firstItemSeen = (inFrameCallback) => {
    if (state.firstItemFrameAt !== null || !document.querySelector(ITEM)) return;
    state.firstItemFrameAt = performance.now();
    state.itemsAtFirst = document.querySelectorAll(ITEM).length;
    const record = (at) => {
      state.firstItemAt = at;
      tell('firstItemAt');
    };
    if (inFrameCallback) afterPaint(record);
    else nativeFrame(() => afterPaint(record));
  };
  window.requestAnimationFrame = (callback) =>
    nativeFrame((time) => {
      try {
        callback(time);
      } finally {
        firstItemSeen(true);
      }
    });
  // Items added in a task: the observer's callback runs at the end of that task.
  const itemsObserver = new MutationObserver(() => {
    firstItemSeen(false);
    if (state.firstItemFrameAt !== null) itemsObserver.disconnect();
  });
  itemsObserver.observe(document, { childList: true, subtree: true });

  // The whole store on screen: the app's list and details (which wait for every event to be
  // checked; below the timeline on narrow screens, in columns of their own from 1024 px),
  // or the baseline's items (it is given every event at once).
  const READY = '.app-lower, .app-details';
  // The baseline's Timeline, which it puts on window once built. Not the element the name
  // also finds (an id is a window property): the app's timeline region has id="timeline",
  // which made its first items count as the whole store (5 to 7 December).
  const baselineTimeline = () => window.timeline && !(window.timeline instanceof Element);
  const watchReady = () => {
    if (document.querySelector(READY) || (baselineTimeline() && document.querySelector(ITEM))) {
      afterPaint((at) => {
        state.readyAt = at;
        tell('readyAt');
      });
      return;
    }
    requestAnimationFrame(watchReady);
  };
  requestAnimationFrame(watchReady);

  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  /**
   * A long animation frame with what ran in it: the scripts the browser attributes it to
   * (file, function, how it was called), so a report can say where the long frames come from.
   */
  const loafEntry = (entry) => ({
    duration: entry.duration,
    blocking: entry.blockingDuration,
    renderMs: entry.renderStart ? entry.startTime + entry.duration - entry.renderStart : 0,
    // Of the rendering, the part before style and layout: animation-frame and resize-observer
    // callbacks (vis-timeline redraws in one).
    callbacksMs:
      entry.renderStart && entry.styleAndLayoutStart
        ? entry.styleAndLayoutStart - entry.renderStart
        : 0,
    scripts: (entry.scripts ?? []).map((script) => ({
      source: `${(script.sourceURL ?? '').split('/').pop()}:${script.sourceFunctionName || '?'}`,
      invoker: script.invoker ?? '',
      duration: script.duration,
      // Style and layout the script forced by reading layout after a write (part of duration).
      forcedLayoutMs: script.forcedStyleAndLayoutDuration ?? 0,
    })),
  });

  const bench = {
    state,

    counts() {
      return {
        // A box item also brings a .vis-item.vis-line and a .vis-item.vis-dot: count it once.
        items: document.querySelectorAll(`${ITEM}:not(.vis-line):not(.vis-dot)`).length,
        aggregates: document.querySelectorAll(AGGREGATE).length,
      };
    },

    /** Resolves once `quietFrames` frames in a row took under `threshold` ms, or at `maxMs`. */
    async waitQuiet(maxMs = 20000, quietFrames = 10, threshold = 50) {
      const began = performance.now();
      let last = await nextFrame();
      let quiet = 0;
      while (quiet < quietFrames) {
        const now = await nextFrame();
        quiet = now - last < threshold ? quiet + 1 : 0;
        last = now;
        if (now - began > maxMs) return { at: performance.now(), timedOut: true };
      }
      return { at: performance.now(), timedOut: false };
    },

    /** Clicks `element` and resolves with the time to the next paint (two animation frames). */
    clickToPaint(element) {
      return new Promise((resolve) => {
        const t0 = performance.now();
        element.click();
        const sync = performance.now() - t0;
        requestAnimationFrame(() =>
          requestAnimationFrame(() => resolve({ ms: performance.now() - t0, syncMs: sync })),
        );
      });
    },

    /**
     * Opens `search` (a link to the same store) as Back or Forward would, the app following
     * the popstate, and resolves with the time to the paint of the first frame with an
     * event's item (not a count strip: those of the window left may stand in while the new
     * window's events load) whose description (the region's text) matches `described`.
     */
    linkToPaint(search, described, maxMs = 30000) {
      const pattern = new RegExp(described);
      const eventItem = `${ITEM}:not(${AGGREGATE.split(', ').join('):not(')})`;
      const description = () =>
        document.querySelector('.timeline-panel__description')?.textContent ?? '';
      return new Promise((resolve) => {
        const t0 = performance.now();
        history.pushState(null, '', search);
        dispatchEvent(new PopStateEvent('popstate', { state: null }));
        const check = () => {
          if (pattern.test(description()) && document.querySelector(eventItem)) {
            afterPaint((at) => resolve({ ms: at - t0, description: description() }));
          } else if (performance.now() - t0 > maxMs) {
            resolve({ ms: null, description: description() });
          } else {
            requestAnimationFrame(check);
          }
        };
        requestAnimationFrame(check);
      });
    },

    /**
     * The longest animation frame (LoAF reports those over 50 ms) begun between `from` and
     * `to`; 0 when there was none, null where the browser reports no such frames.
     */
    longestFrameBetween(from, to) {
      if (!state.loafSupported) return null;
      let longest = 0;
      for (const [start, duration] of loadFrames)
        if (start >= from && start < to) longest = Math.max(longest, duration);
      return longest;
    },

    /** Starts recording frame times (rAF) and long animation frames (LoAF). */
    startFrames() {
      state.frames = [];
      state.loaf = [];
      const frames = state.frames;
      const tick = (time) => {
        if (state.frames !== frames) return;
        frames.push(time);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      if (state.loafSupported) {
        state.observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            state.loaf.push(loafEntry(entry));
          }
        });
        state.observer.observe({ type: 'long-animation-frame' });
      }
    },

    /** Stops recording; frame times are the gaps between successive animation frames. */
    async stopFrames() {
      await nextFrame();
      const frames = state.frames ?? [];
      state.frames = null;
      if (state.observer) {
        for (const entry of state.observer.takeRecords()) {
          state.loaf.push(loafEntry(entry));
        }
        state.observer.disconnect();
        state.observer = null;
      }
      const durations = [];
      for (let i = 1; i < frames.length; i++) durations.push(frames[i] - frames[i - 1]);
      return { durations, loaf: state.loaf ?? [], loafSupported: state.loafSupported };
    },

    /** When the page's own script had run (DOMContentLoaded). */
    timings() {
      const navigation = performance.getEntriesByType('navigation')[0];
      return { domContentLoadedMs: navigation ? navigation.domContentLoadedEventEnd : null };
    },

    /**
     * The time axis' labels and where they are, to check that zooming did move the window.
     * Text alone is not enough: a zoom that keeps the step of the labels (every 5 years)
     * can leave the same labels in the axis, only placed elsewhere.
     */
    axisText() {
      const axis = document.querySelector('.vis-time-axis.vis-foreground');
      if (!axis) return '';
      return [...axis.querySelectorAll('.vis-text')]
        .map((label) => `${label.textContent}@${label.style.transform || label.style.left}`)
        .join(' ');
    },
  };

  Object.defineProperty(window, '__bench', { value: bench });
})();
