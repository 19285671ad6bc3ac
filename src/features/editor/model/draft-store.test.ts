import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyDocument } from './draft-document';
import { actorUse, draftActions, sourceUse, useDraftStore } from './draft-store';
import { validateDraft } from './field-problems';

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

describe('New event: an event with no excerpt yet', () => {
  beforeEach(() => {
    draftActions.load('draft-1', emptyDocument('Pyongyang treaty'));
  });

  it('is made empty and selected, in one step of history', () => {
    const id = draftActions.newEvent();
    expect(id).toBe('event-1');
    expect(useDraftStore.getState().document!.events).toEqual([
      { id: 'event-1', title: '', start: '', actors: [], excerpts: [] },
    ]);
    expect(selected()).toBe('event-1');
    expect(useDraftStore.temporal.getState().pastStates).toHaveLength(1);
    draftActions.undo();
    expect(eventIds()).toEqual([]);
    expect(selected()).toBeNull();
  });

  it('is checked as an imported event without excerpts is: kept, and said to rest on nothing', () => {
    draftActions.newEvent();
    draftActions.updateEvent('event-1', { title: 'Russia invades Ukraine', start: '2022-02-24' });
    const russia = draftActions.addActor({ name: 'Russia', kind: 'state' });
    draftActions.updateEvent('event-1', { actors: [russia] });
    const { kept, problems } = validateDraft(useDraftStore.getState().document!);
    expect(kept[0]).not.toBeNull();
    expect(problems.map((problem) => [problem.path, problem.severity])).toEqual([
      ['events[0].excerpts', 'warning'],
    ]);
  });

  it('makes nothing in a read-only tab', () => {
    draftActions.setReadOnly(true);
    expect(draftActions.newEvent()).toBe('');
    expect(eventIds()).toEqual([]);
    expect(selected()).toBeNull();
    draftActions.setReadOnly(false);
  });
});

describe('a new event’s id: from its title once the person leaves it', () => {
  beforeEach(() => {
    draftActions.load('draft-1', emptyDocument('Pyongyang treaty'));
  });
  const history = () => useDraftStore.temporal.getState().pastStates.length;
  const titled = (title: string) => {
    const id = draftActions.newEvent();
    draftActions.updateEvent(id, { title, start: '2023-09-13' });
    return id;
  };

  it('keeps `event-1` while the event is open, and takes the title’s id when another is opened', () => {
    const first = titled('Kim and Putin meet at Vostochny');
    expect(first).toBe('event-1');
    expect(eventIds()).toEqual(['event-1']);
    const steps = history();
    draftActions.newEvent();
    expect(eventIds()).toEqual(['kim-and-putin-meet-at-vostochny', 'event-2']);
    expect(selected()).toBe('event-2');
    // Only the new event is a step of history: the id came with the title.
    expect(history()).toBe(steps + 1);
    draftActions.updateEvent('event-2', { title: 'Putin visits Pyongyang' });
    draftActions.selectEvent('kim-and-putin-meet-at-vostochny');
    expect(eventIds()).toEqual(['kim-and-putin-meet-at-vostochny', 'putin-visits-pyongyang']);
    expect(selected()).toBe('kim-and-putin-meet-at-vostochny');
  });

  it('keeps the id once given, when the title changes after', () => {
    titled('Kim and Putin meet');
    draftActions.selectEvent(null);
    draftActions.selectEvent('kim-and-putin-meet');
    draftActions.updateEvent('kim-and-putin-meet', { title: 'Kim and Putin meet at Vostochny' });
    draftActions.selectEvent(null);
    expect(eventIds()).toEqual(['kim-and-putin-meet']);
  });

  it('moves the other events’ links to it with it', () => {
    const signed = draftActions.newEvent();
    const ratified = titled('Treaty ratified');
    draftActions.addRelated(ratified, signed, 'responds-to');
    draftActions.selectEvent(signed);
    draftActions.updateEvent(signed, { title: 'Treaty signed' });
    draftActions.selectEvent(null);
    expect(eventIds()).toEqual(['treaty-signed', 'treaty-ratified']);
    expect(useDraftStore.getState().document!.events[1]!.related).toEqual([
      { event: 'treaty-signed', relation: 'responds-to' },
    ]);
  });

  it('never changes an id the store came with, even one that looks made here', () => {
    draftActions.load('draft-2', {
      ...emptyDocument('Generated'),
      events: [
        {
          id: 'event-5',
          title: 'An event of the file',
          start: '2000-01-01',
          actors: [],
          excerpts: [],
        },
      ],
    });
    draftActions.selectEvent('event-5');
    draftActions.updateEvent('event-5', { title: 'Renamed in the editor' });
    draftActions.newEvent();
    expect(eventIds()).toEqual(['event-5', 'event-2']);
  });

  it('keeps the id of an event left untitled, or titled without a letter for an id', () => {
    draftActions.newEvent();
    titled('…');
    draftActions.newEvent();
    expect(eventIds()).toEqual(['event-1', 'event-2', 'event-3']);
  });

  it('gives a second event of the same title an id of its own', () => {
    titled('Missile launch');
    titled('Missile launch');
    draftActions.selectEvent(null);
    expect(eventIds()).toEqual(['missile-launch', 'missile-launch-2']);
  });

  it('is taken back by Undo with the last change, which selects the event; left again, it follows', () => {
    titled('Kim and Putin meet');
    draftActions.updateEvent('event-1', { summary: 'At the cosmodrome.' });
    draftActions.selectEvent(null);
    expect(eventIds()).toEqual(['kim-and-putin-meet']);
    draftActions.undo();
    expect(eventIds()).toEqual(['event-1']);
    expect(selected()).toBe('event-1');
    draftActions.redo();
    expect(eventIds()).toEqual(['kim-and-putin-meet']);
    expect(selected()).toBe('kim-and-putin-meet');
    draftActions.undo();
    draftActions.selectEvent(null);
    expect(eventIds()).toEqual(['kim-and-putin-meet']);
  });

  it('is given to the open event too before the draft is written (settleEventIds)', () => {
    titled('Putin visits Pyongyang');
    draftActions.settleEventIds();
    expect(eventIds()).toEqual(['putin-visits-pyongyang']);
    expect(selected()).toBe('putin-visits-pyongyang');
  });

  it('is not changed in a tab that only follows the draft', () => {
    titled('Putin visits Pyongyang');
    draftActions.setReadOnly(true);
    draftActions.settleEventIds();
    expect(eventIds()).toEqual(['event-1']);
    draftActions.setReadOnly(false);
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

describe('a source’s locator label and an excerpt’s locator', () => {
  beforeEach(() => {
    draftActions.load('draft-1', emptyDocument('Ferry strike'));
  });
  const document = () => useDraftStore.getState().document!;

  it('a source without text keeps its locator label; emptied, the label leaves the source', () => {
    const id = draftActions.addSource({
      title: 'Radio interview',
      language: 'en',
      text: '',
      locatorLabel: 'minute',
    });
    expect(document().sources[0]).toEqual({
      id,
      title: 'Radio interview',
      language: 'en',
      locatorLabel: 'minute',
    });
    draftActions.updateSource(id, { locatorLabel: '' });
    expect(document().sources[0]).not.toHaveProperty('locatorLabel');
    draftActions.undo();
    expect(document().sources[0]!.locatorLabel).toBe('minute');
  });

  it('a typed excerpt keeps its locator; one added with an empty locator has none', () => {
    draftActions.newEventFromExcerpt({ source: 'tape', quote: 'no boats', locator: '12:30' });
    draftActions.addExcerpt('event-1', { source: 'tape', quote: 'none at all', locator: '' });
    expect(document().events[0]!.excerpts).toEqual([
      { source: 'tape', quote: 'no boats', locator: '12:30' },
      { source: 'tape', quote: 'none at all' },
    ]);
    const { kept, problems } = validateDraft(document());
    expect(problems.filter((problem) => problem.path.includes('locator'))).toEqual([]);
    expect(kept).toHaveLength(1);
  });

  it('a locator set, then cleared after a pause: cleared, it leaves the excerpt; Undo and Redo follow', () => {
    vi.useFakeTimers();
    try {
      draftActions.newEventFromExcerpt(excerpt);
      draftActions.updateExcerpt('event-1', 0, { locator: '1' });
      draftActions.updateExcerpt('event-1', 0, { locator: '14' });
      expect(document().events[0]!.excerpts[0]).toEqual({ ...excerpt, locator: '14' });
      // Typing in one field is one step of history per pause, as in every other field.
      vi.advanceTimersByTime(1500);
      draftActions.updateExcerpt('event-1', 0, { locator: '' });
      expect(Object.keys(document().events[0]!.excerpts[0]!)).toEqual(['source', 'quote']);
      draftActions.undo();
      expect(document().events[0]!.excerpts[0]!.locator).toBe('14');
      draftActions.undo();
      expect(document().events[0]!.excerpts[0]).not.toHaveProperty('locator');
      draftActions.redo();
      expect(document().events[0]!.excerpts[0]!.locator).toBe('14');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('an event’s related events', () => {
  beforeEach(() => {
    draftActions.load('draft-1', emptyDocument('Pyongyang treaty'));
    draftActions.newEventFromExcerpt(excerpt);
    draftActions.newEventFromExcerpt(excerpt);
    draftActions.newEventFromExcerpt(excerpt);
  });
  const event = (id: string) => useDraftStore.getState().document!.events.find((e) => e.id === id)!;

  it('adds links by id with their relation; not to itself, not twice to the same event', () => {
    expect(draftActions.addRelated('event-1', 'event-2', 'causes')).toBe(true);
    expect(draftActions.addRelated('event-1', 'event-3', 'see-also')).toBe(true);
    expect(draftActions.addRelated('event-1', 'event-1', 'causes')).toBe(false);
    // The same event under another relation is still the same link.
    expect(draftActions.addRelated('event-1', 'event-2', 'part-of')).toBe(false);
    expect(draftActions.addRelated('event-1', '', 'causes')).toBe(false);
    expect(event('event-1').related).toEqual([
      { event: 'event-2', relation: 'causes' },
      { event: 'event-3', relation: 'see-also' },
    ]);
  });

  it('changes a relation, removes an entry; the last one removed takes the key away', () => {
    draftActions.addRelated('event-1', 'event-2', 'causes');
    draftActions.addRelated('event-1', 'event-3', 'causes');
    draftActions.setRelation('event-1', 1, 'responds-to');
    expect(event('event-1').related![1]).toEqual({ event: 'event-3', relation: 'responds-to' });
    draftActions.removeRelated('event-1', 0);
    expect(event('event-1').related).toEqual([{ event: 'event-3', relation: 'responds-to' }]);
    draftActions.removeRelated('event-1', 0);
    expect(event('event-1')).not.toHaveProperty('related');
  });

  it('keeps an id no event has, as the file had it, and removes it when asked', () => {
    const ghost = { event: 'no-such-event', relation: 'causes' };
    draftActions.updateEvent('event-1', { related: [ghost] });
    draftActions.addRelated('event-1', 'event-2', 'see-also');
    expect(event('event-1').related).toEqual([ghost, { event: 'event-2', relation: 'see-also' }]);
    draftActions.removeRelated('event-1', 0);
    expect(event('event-1').related).toEqual([{ event: 'event-2', relation: 'see-also' }]);
  });

  it('a related that is not a list (a file as it came) counts as none, and is replaced on add', () => {
    draftActions.updateEvent('event-1', { related: 'x' as never });
    expect(draftActions.addRelated('event-1', 'event-2', 'causes')).toBe(true);
    expect(event('event-1').related).toEqual([{ event: 'event-2', relation: 'causes' }]);
  });

  it('Undo and Redo take back and bring back an add, a relation and a removal', () => {
    draftActions.addRelated('event-1', 'event-2', 'causes');
    draftActions.setRelation('event-1', 0, 'part-of');
    draftActions.removeRelated('event-1', 0);
    expect(event('event-1')).not.toHaveProperty('related');
    draftActions.undo();
    expect(event('event-1').related).toEqual([{ event: 'event-2', relation: 'part-of' }]);
    draftActions.undo();
    expect(event('event-1').related).toEqual([{ event: 'event-2', relation: 'causes' }]);
    draftActions.undo();
    expect(event('event-1')).not.toHaveProperty('related');
    draftActions.redo();
    draftActions.redo();
    expect(event('event-1').related).toEqual([{ event: 'event-2', relation: 'part-of' }]);
  });

  it('deleting an event takes the links to it away with it, in one step Undo brings back', () => {
    draftActions.addRelated('event-1', 'event-2', 'causes');
    draftActions.addRelated('event-1', 'event-3', 'see-also');
    draftActions.addRelated('event-2', 'event-3', 'responds-to');
    draftActions.deleteEvent('event-3');
    expect(eventIds()).toEqual(['event-1', 'event-2']);
    expect(event('event-1').related).toEqual([{ event: 'event-2', relation: 'causes' }]);
    expect(event('event-2')).not.toHaveProperty('related');
    // The next event made takes the freed id: it is related to nothing by accident.
    draftActions.newEventFromExcerpt(excerpt);
    expect(eventIds()).toEqual(['event-1', 'event-2', 'event-3']);
    expect(event('event-1').related).toEqual([{ event: 'event-2', relation: 'causes' }]);
    draftActions.undo();
    draftActions.undo();
    expect(eventIds()).toEqual(['event-1', 'event-2', 'event-3']);
    expect(event('event-1').related).toHaveLength(2);
    expect(event('event-2').related).toEqual([{ event: 'event-3', relation: 'responds-to' }]);
  });

  it('an event renamed (its title) keeps its links: they are by id', () => {
    draftActions.addRelated('event-1', 'event-2', 'causes');
    draftActions.updateEvent('event-2', { title: 'The treaty is signed' });
    expect(event('event-1').related).toEqual([{ event: 'event-2', relation: 'causes' }]);
  });
});

describe('deleting a source, renaming and deleting an actor', () => {
  const doc = () => useDraftStore.getState().document!;
  beforeEach(() => {
    draftActions.load('draft-1', {
      ...emptyDocument('Pyongyang treaty'),
      sources: [
        { id: 'report', title: 'Report', language: 'es', text: 'a passage, another' },
        { id: 'wrong', title: 'WRONG SOURCE', language: 'en', text: 'private notes' },
        { id: 'agency', title: 'Agency', language: 'en', text: 'a wire' },
      ],
      actors: [
        { id: 'russsia', name: 'Russsia', kind: 'state' },
        { id: 'russia', name: 'Russia', kind: 'state' },
        { id: 'kremlin', name: 'Kremlin', kind: 'organization', memberOf: 'russsia' },
      ],
      events: [
        {
          id: 'e1',
          title: 'Both',
          start: '2024',
          actors: ['russsia', 'russia'],
          excerpts: [
            { source: 'report', quote: 'a passage' },
            { source: 'wrong', quote: 'private' },
          ],
        },
        {
          id: 'e2',
          title: 'Only the wrong one',
          start: '2024',
          actors: ['russia'],
          excerpts: [
            { source: 'wrong', quote: 'notes' },
            { source: 'wrong', quote: 'private notes' },
          ],
        },
      ],
    });
    draftActions.selectSource('wrong');
  });

  it('counts what a source takes with it: its excerpts, their events, those left with none', () => {
    expect(sourceUse(doc().events, 'wrong')).toEqual({ excerpts: 3, events: 2, emptied: 1 });
    expect(sourceUse(doc().events, 'agency')).toEqual({ excerpts: 0, events: 0, emptied: 0 });
  });

  it('a source deleted takes its excerpts with it, in one step Undo brings back', () => {
    const before = doc();
    draftActions.deleteSource('wrong');
    expect(doc().sources.map((source) => source.id)).toEqual(['report', 'agency']);
    expect(doc().events.map((event) => event.excerpts)).toEqual([
      [{ source: 'report', quote: 'a passage' }],
      [],
    ]);
    // The event left with no excerpt stays, with the person's title.
    expect(doc().events[1]!.title).toBe('Only the wrong one');
    expect(useDraftStore.getState().selectedSourceId).toBe('agency');
    draftActions.undo();
    expect(doc()).toEqual(before);
    draftActions.redo();
    expect(doc().sources).toHaveLength(2);
    expect(doc().events[0]!.excerpts).toHaveLength(1);
  });

  it('the last source deleted leaves the selection on the one before it', () => {
    draftActions.selectSource('agency');
    draftActions.deleteSource('agency');
    expect(useDraftStore.getState().selectedSourceId).toBe('wrong');
  });

  it('an actor renamed keeps its id; an empty name changes nothing', () => {
    draftActions.renameActor('russsia', '  Russian Federation ');
    expect(doc().actors[0]).toEqual({ id: 'russsia', name: 'Russian Federation', kind: 'state' });
    draftActions.renameActor('russsia', '   ');
    expect(doc().actors[0]!.name).toBe('Russian Federation');
    draftActions.undo();
    expect(doc().actors[0]!.name).toBe('Russsia');
  });

  it('an actor edited: kind, parent and colour in one step; a field emptied leaves it', () => {
    expect(
      draftActions.updateActor('russia', {
        name: ' Russian Federation ',
        kind: 'organization',
        memberOf: 'russsia',
        color: '#aa0000',
      }),
    ).toBe(true);
    expect(doc().actors[1]).toEqual({
      id: 'russia',
      name: 'Russian Federation',
      kind: 'organization',
      memberOf: 'russsia',
      color: '#aa0000',
    });
    draftActions.updateActor('russia', { memberOf: '', color: '' });
    expect(doc().actors[1]).toEqual({
      id: 'russia',
      name: 'Russian Federation',
      kind: 'organization',
    });
    draftActions.undo();
    draftActions.undo();
    expect(doc().actors[1]).toEqual({ id: 'russia', name: 'Russia', kind: 'state' });
  });

  it('an actor edit that would make a cycle, empty the name or break the colour changes nothing', () => {
    const before = doc();
    // The Kremlin is a member of Russsia: Russsia cannot be a member of it, nor of itself.
    expect(draftActions.updateActor('russsia', { memberOf: 'kremlin' })).toBe(false);
    expect(draftActions.updateActor('russsia', { memberOf: 'russsia' })).toBe(false);
    expect(draftActions.updateActor('russsia', { name: '  ' })).toBe(false);
    expect(draftActions.updateActor('russsia', { color: 'red' })).toBe(false);
    expect(draftActions.updateActor('nobody', { name: 'X' })).toBe(false);
    expect(doc()).toBe(before);
  });

  it('an actor deleted leaves its events and its members, in one step Undo brings back', () => {
    expect(actorUse(doc(), 'russsia')).toEqual({ events: 1, members: 1 });
    expect(actorUse(doc(), 'russia')).toEqual({ events: 2, members: 0 });
    const before = doc();
    draftActions.deleteActor('russsia');
    expect(doc().actors.map((actor) => actor.id)).toEqual(['russia', 'kremlin']);
    expect(doc().actors[1]).not.toHaveProperty('memberOf');
    expect(doc().events.map((event) => event.actors)).toEqual([['russia'], ['russia']]);
    draftActions.undo();
    expect(doc()).toEqual(before);
  });
});

describe('a draft’s content replaced by a store opened again over it', () => {
  const before = {
    ...emptyDocument('Pyongyang treaty'),
    events: [
      { id: 'edited-by-hand', title: 'Edited by hand', start: '', actors: [], excerpts: [] },
    ],
  };
  const after = {
    ...emptyDocument('Pyongyang treaty'),
    events: [{ id: 'from-the-file', title: 'From the file', start: '', actors: [], excerpts: [] }],
  };

  it('is one step of history: Undo brings back what the draft held, Redo the replacement', () => {
    draftActions.loadReplaced('draft-1', before, after);
    expect(useDraftStore.getState().document).toBe(after);
    expect(selected()).toBe('from-the-file');
    expect(useDraftStore.temporal.getState().pastStates).toHaveLength(1);
    draftActions.undo();
    expect(useDraftStore.getState().document).toBe(before);
    expect(selected()).toBe('edited-by-hand');
    expect(useDraftStore.temporal.getState().pastStates).toHaveLength(0);
    draftActions.redo();
    expect(useDraftStore.getState().document).toBe(after);
  });

  it('does not reach back past the replacement into another draft’s history', () => {
    draftActions.load('draft-2', emptyDocument('Another'));
    draftActions.newEvent();
    draftActions.loadReplaced('draft-1', before, after);
    draftActions.undo();
    draftActions.undo();
    expect(useDraftStore.getState().document).toBe(before);
    expect(useDraftStore.getState().draftId).toBe('draft-1');
  });
});
