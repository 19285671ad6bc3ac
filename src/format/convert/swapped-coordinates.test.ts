import { describe, expect, it } from 'vitest';
import { findSwappedCoordinates } from './swapped-coordinates';

const at = (row: number, name: string, lat: number, lon: number) => ({
  where: `row ${row}`,
  name,
  lat,
  lon,
});

describe('findSwappedCoordinates', () => {
  it('finds a row whose place the other rows of its name put at its coordinates swapped', () => {
    // A tester's file: Mariupol #16 at 37.53, 47.11 was plotted on the Iran/Iraq border.
    const rows = [
      at(2, 'Mariupol', 47.1, 37.54),
      at(3, 'Kyiv', 50.45, 30.52),
      at(4, 'mariupol ', 47.12, 37.5),
      at(17, 'Mariupol', 37.53, 47.11),
      at(18, 'Mariupol', 47.09, 37.55),
    ];
    expect(findSwappedCoordinates(rows)).toEqual([
      { ...rows[3], elsewhere: { lat: 47.1, lon: 37.54 } },
    ]);
  });

  it('says nothing when the others agree with the row, or are elsewhere altogether', () => {
    expect(
      findSwappedCoordinates([
        at(2, 'Kharkiv', 49.99, 36.23),
        at(3, 'Kharkiv', 49.99, 36.23),
        at(4, 'Kharkiv', 50.1, 36.3),
      ]),
    ).toEqual([]);
    // Two places of one name, far apart and not each other's swap.
    expect(
      findSwappedCoordinates([at(2, 'Paris', 48.86, 2.35), at(3, 'Paris', 33.66, -95.56)]),
    ).toEqual([]);
    // Near the diagonal a swap moves the point too little to tell.
    expect(
      findSwappedCoordinates([at(2, 'Somewhere', 40.5, 40.1), at(3, 'Somewhere', 40.1, 40.5)]),
    ).toEqual([]);
    // A place named once has nothing to be compared with.
    expect(findSwappedCoordinates([at(2, 'Mariupol', 37.53, 47.11)])).toEqual([]);
  });

  it('leaves the majority alone: the row the others disagree with is the one named', () => {
    const rows = [
      at(2, 'Odesa', 46.48, 30.73),
      at(3, 'Odesa', 30.73, 46.48),
      at(4, 'Odesa', 46.47, 30.74),
    ];
    expect(findSwappedCoordinates(rows).map((row) => row.where)).toEqual(['row 3']);
  });
});
