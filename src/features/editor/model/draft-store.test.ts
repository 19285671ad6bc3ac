import { beforeEach, describe, expect, it } from 'vitest';
import { emptyDocument } from './draft-document';
import { draftActions, useDraftStore } from './draft-store';

const excerpt = { source: 'report', quote: 'a passage' };
const selected = () => useDraftStore.getState().selectedEventId;
const eventIds = () => useDraftStore.getState().document!.events.map((event) => event.id);

describe('the selection across Undo and Redo', () => {
  beforeEach(() => {
    draftActions.load('draft-1', emptyDocument('Pyongyang treaty'));
  });

  it('an event created, then undone: the selection goes to its neighbour, not to nothing', () => {
    draftActions.newEventFromExcerpt(excerpt);
    draftActions.newEventFromExcerpt(excerpt);
    expect(eventIds()).toEqual(['event-1', 'event-2']);
    expect(selected()).toBe('event-2');
    draftActions.undo();
    expect(eventIds()).toEqual(['event-1']);
    expect(selected()).toBe('event-1');
    // Redone, the event comes back selected.
    draftActions.redo();
    expect(selected()).toBe('event-2');
  });

  it('an event deleted, then undone: it comes back selected', () => {
    draftActions.newEventFromExcerpt(excerpt);
    draftActions.newEventFromExcerpt(excerpt);
    draftActions.selectEvent('event-1');
    draftActions.deleteEvent('event-1');
    expect(selected()).toBeNull();
    draftActions.undo();
    expect(eventIds()).toEqual(['event-1', 'event-2']);
    expect(selected()).toBe('event-1');
  });

  it('the only event undone: nothing is left to select', () => {
    draftActions.newEventFromExcerpt(excerpt);
    draftActions.undo();
    expect(eventIds()).toEqual([]);
    expect(selected()).toBeNull();
  });
});
