import { describe, expect, it } from 'vitest';
import { type TraceEvent, renderingWork } from './rendering-trace';

const thread = (tid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  ts: 0,
  pid: 1,
  tid,
  args: { name },
});

describe('renderingWork', () => {
  it('sums style and layout on the main thread, forced ones by the function that read', () => {
    const events: TraceEvent[] = [
      thread(1, 'CrRendererMain'),
      thread(2, 'DedicatedWorker thread'),
      {
        name: 'Layout',
        ph: 'X',
        ts: 10,
        dur: 4000,
        pid: 1,
        tid: 1,
        args: {
          beginData: {
            dirtyObjects: 30,
            totalObjects: 900,
            stackTrace: [{ functionName: 'redraw', url: 'http://x/timeline-widget.js' }],
          },
        },
      },
      {
        name: 'Layout',
        ph: 'X',
        ts: 20,
        dur: 6000,
        pid: 1,
        tid: 1,
        args: { beginData: { dirtyObjects: 10, totalObjects: 950 } },
      },
      {
        name: 'UpdateLayoutTree',
        ph: 'X',
        ts: 30,
        dur: 2000,
        pid: 1,
        tid: 1,
        args: { beginData: { stackTrace: [{ functionName: '', url: 'http://x/map.js' }] } },
      },
      // Another thread's: not the page's rendering.
      { name: 'Layout', ph: 'X', ts: 40, dur: 9000, pid: 1, tid: 2 },
    ];
    expect(renderingWork(events)).toEqual([
      {
        kind: 'Layout',
        count: 2,
        totalMs: 10,
        maxMs: 6,
        forcedBy: [{ by: 'redraw timeline-widget.js', count: 1, totalMs: 4 }],
        forcedMs: 4,
        dirtyObjects: 40,
        totalObjects: 950,
      },
      {
        kind: 'UpdateLayoutTree',
        count: 1,
        totalMs: 2,
        maxMs: 2,
        forcedBy: [{ by: '(anonymous) map.js', count: 1, totalMs: 2 }],
        forcedMs: 2,
        dirtyObjects: 0,
        totalObjects: 0,
      },
    ]);
  });
});
