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

describe('an event’s status and an excerpt’s stance', () => {
  beforeEach(() => {
    draftActions.load('draft-1', emptyDocument('Pyongyang treaty'));
    draftActions.newEventFromExcerpt(excerpt);
  });
  const event = () => useDraftStore.getState().document!.events[0]!;

  it('a status and its note are set; cleared, the fields leave the event', () => {
    draftActions.updateEvent('event-1', { status: 'disputed' });
    draftActions.updateEvent('event-1', { statusNote: 'Denied by the ministry.' });
    expect(event()).toMatchObject({ status: 'disputed', statusNote: 'Denied by the ministry.' });
    draftActions.updateEvent('event-1', { status: '' });
    expect(event()).not.toHaveProperty('status');
    // A note without a status is allowed by the format: it stays until it is emptied.
    expect(event().statusNote).toBe('Denied by the ministry.');
    draftActions.updateEvent('event-1', { statusNote: '' });
    expect(event()).not.toHaveProperty('statusNote');
  });

  it('an excerpt marked as disputing, then unmarked: "supports" is the default, not written', () => {
    draftActions.updateExcerpt('event-1', 0, { stance: 'disputes' });
    expect(event().excerpts[0]).toEqual({ ...excerpt, stance: 'disputes' });
    draftActions.updateExcerpt('event-1', 0, { stance: undefined });
    expect(event().excerpts[0]).toEqual(excerpt);
    expect(Object.keys(event().excerpts[0]!)).not.toContain('stance');
  });

  it('Undo and Redo take back and bring back a status and a stance', () => {
    // Two fields: two steps of history, however quickly they follow.
    draftActions.updateEvent('event-1', { status: 'refuted' });
    draftActions.updateExcerpt('event-1', 0, { stance: 'disputes' });
    draftActions.undo();
    expect(event().excerpts[0]).not.toHaveProperty('stance');
    expect(event().status).toBe('refuted');
    draftActions.undo();
    expect(event()).not.toHaveProperty('status');
    draftActions.redo();
    draftActions.redo();
    expect(event().status).toBe('refuted');
    expect(event().excerpts[0]!.stance).toBe('disputes');
  });
});
