/**
 * Coordinates whose latitude and longitude look swapped: a row that puts a place at (b, a)
 * where more of the file's other rows put the same place name at (a, b). A cheap check that
 * is seldom wrong (a place name says roughly where it is), and only a warning: the row is kept
 * as given, since a place of one name can be in two countries.
 */

export interface PlacedRow {
  /** "row 17". */
  readonly where: string;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
}

export interface SwappedRow extends PlacedRow {
  /** Where the other rows put the place: the first of them that agree with the swap. */
  readonly elsewhere: { readonly lat: number; readonly lon: number };
}

/** How near, in degrees, two points of one place name are taken to be the same place. */
const NEAR = 0.5;
/** How far apart, in degrees, a point and its swap must be for the swap to say anything. */
const FAR = 2;

const nameKey = (name: string) => name.trim().toLocaleLowerCase();
/** Cells of NEAR degrees: points within NEAR of each other are in the same or a next cell. */
const cell = (lat: number, lon: number) => `${Math.floor(lat / NEAR)},${Math.floor(lon / NEAR)}`;

function nearby<T extends { lat: number; lon: number }>(
  cells: ReadonlyMap<string, T[]>,
  lat: number,
  lon: number,
): T[] {
  const out: T[] = [];
  const [i, j] = [Math.floor(lat / NEAR), Math.floor(lon / NEAR)];
  for (let di = -1; di <= 1; di++)
    for (let dj = -1; dj <= 1; dj++)
      for (const point of cells.get(`${i + di},${j + dj}`) ?? [])
        if (Math.abs(point.lat - lat) <= NEAR && Math.abs(point.lon - lon) <= NEAR) out.push(point);
  return out;
}

export function findSwappedCoordinates(rows: readonly PlacedRow[]): SwappedRow[] {
  const byName = new Map<string, PlacedRow[]>();
  for (const row of rows) {
    const key = nameKey(row.name);
    if (key === '') continue;
    const list = byName.get(key);
    if (list) list.push(row);
    else byName.set(key, [row]);
  }
  const swapped = new Map<PlacedRow, SwappedRow>();
  for (const group of byName.values()) {
    if (group.length < 2) continue;
    const cells = new Map<string, PlacedRow[]>();
    for (const row of group) {
      const key = cell(row.lat, row.lon);
      const list = cells.get(key);
      if (list) list.push(row);
      else cells.set(key, [row]);
    }
    for (const row of group) {
      // The swap must land on the globe, and far from the point as given.
      if (Math.abs(row.lon) > 90) continue;
      if (Math.abs(row.lat - row.lon) < FAR) continue;
      const asSwapped = nearby(cells, row.lon, row.lat);
      // This row itself is near its own point, never near its swap: compare the others.
      const asGiven = nearby(cells, row.lat, row.lon).length - 1;
      if (asSwapped.length > asGiven) {
        const [first] = asSwapped as [PlacedRow];
        swapped.set(row, { ...row, elsewhere: { lat: first.lat, lon: first.lon } });
      }
    }
  }
  return rows.flatMap((row) => swapped.get(row) ?? []);
}
