import { describe, expect, it } from 'vitest';
import { isActorColor, memberOfChoices } from './actor-tree';

const actors = [
  { id: 'russia', name: 'Russia', kind: 'state' },
  { id: 'kremlin', name: 'Kremlin', kind: 'organization', memberOf: 'russia' },
  { id: 'putin', name: 'Putin', kind: 'person', memberOf: 'kremlin' },
  { id: 'korea', name: 'North Korea', kind: 'state' },
];
const ids = (list: readonly { id: string }[]) => list.map((actor) => actor.id);

describe('memberOfChoices', () => {
  it('leaves out the actor itself and its members at any depth', () => {
    expect(ids(memberOfChoices(actors, 'russia'))).toEqual(['korea']);
    expect(ids(memberOfChoices(actors, 'kremlin'))).toEqual(['russia', 'korea']);
    expect(ids(memberOfChoices(actors, 'putin'))).toEqual(['russia', 'kremlin', 'korea']);
  });

  it('ends on a cycle already in the file (an import may bring one) instead of looping', () => {
    const looped = [
      { id: 'a', name: 'A', kind: 'other', memberOf: 'b' },
      { id: 'b', name: 'B', kind: 'other', memberOf: 'a' },
      { id: 'c', name: 'C', kind: 'other' },
    ];
    expect(ids(memberOfChoices(looped, 'c'))).toEqual(['a', 'b']);
    expect(ids(memberOfChoices(looped, 'a'))).toEqual(['c']);
  });
});

describe('isActorColor', () => {
  it('takes #rrggbb only', () => {
    expect(isActorColor('#aa00Ff')).toBe(true);
    for (const bad of ['#abc', 'red', 'aa00ff', '#aa00ffcc', 'url(x)'])
      expect(isActorColor(bad)).toBe(false);
  });
});
