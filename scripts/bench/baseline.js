// The benchmark's baseline: the store's events given as they are to a plain vis-timeline with
// DEFAULT options (`new vis.Timeline(container, items, {})`), as in the measurements.
// The only extra is an actor filter like the app's (choosing a state includes its members'
// events), done the vis way: a DataView with a filter function, refreshed on change.
/* global vis */
(async () => {
  const status = document.getElementById('status');
  const location = new URLSearchParams(window.location.search).get('store') ?? '/data/events.json';
  const response = await fetch(location);
  const store = await response.json();

  const parentOf = new Map(store.actors.map((actor) => [actor.id, actor.memberOf]));
  const items = new vis.DataSet(
    store.events.map((event) => {
      const item = { id: event.id, content: event.title, start: event.start };
      if (event.end !== undefined) item.end = event.end;
      return item;
    }),
  );
  // For each event, every actor it involves directly or through membership.
  const involved = new Map(
    store.events.map((event) => {
      const ids = new Set();
      for (const id of event.actors) {
        for (let current = id; current !== undefined; current = parentOf.get(current)) {
          ids.add(current);
        }
      }
      return [event.id, ids];
    }),
  );
  const chosen = new Set();
  const view = new vis.DataView(items, {
    filter: (item) => {
      if (chosen.size === 0) return true;
      const ids = involved.get(item.id);
      for (const id of chosen) if (ids.has(id)) return true;
      return false;
    },
  });

  // Actors in the app's order: each top-level actor followed by its members.
  const list = document.getElementById('actors');
  const children = new Map();
  for (const actor of store.actors) {
    if (actor.memberOf !== undefined) {
      children.set(actor.memberOf, [...(children.get(actor.memberOf) ?? []), actor]);
    }
  }
  const addOption = (actor, depth) => {
    const li = document.createElement('li');
    li.style.paddingLeft = `${depth}em`;
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.addEventListener('change', () => {
      if (box.checked) chosen.add(actor.id);
      else chosen.delete(actor.id);
      view.refresh();
    });
    label.append(box, ` ${actor.name}`);
    li.append(label);
    list.append(li);
    for (const child of children.get(actor.id) ?? []) addOption(child, depth + 1);
  };
  for (const actor of store.actors) if (actor.memberOf === undefined) addOption(actor, 0);

  status.textContent = `${store.events.length} events, ${store.actors.length} actors`;
  // The measured part: default options, every event.
  window.timeline = new vis.Timeline(document.getElementById('timeline'), view, {});
})();
