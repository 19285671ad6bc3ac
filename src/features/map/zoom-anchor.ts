type Point = readonly [number, number];

/**
 * The point on screen the map's zoom buttons and keys zoom around, so that what the person
 * is looking at stays in view:
 *
 * - the selected event's spot where it is on screen, as the timeline's `Zoom in` keeps the
 *   selected event (zoomed around the middle, it left the view);
 * - else the place nearest the middle: zoomed around the middle itself, four steps in from
 *   a view of places spread round an empty middle (a country's towns round its steppe)
 *   showed none of them, "0 events in 0 places";
 * - else, with no place on screen, the middle (`undefined`: d3-zoom's own centre).
 */
export function zoomAnchor(
  selectedAt: Point | null,
  places: readonly Point[],
  width: number,
  height: number,
): [number, number] | undefined {
  const onScreen = ([x, y]: Point) => x >= 0 && y >= 0 && x <= width && y <= height;
  if (selectedAt && onScreen(selectedAt)) return [selectedAt[0], selectedAt[1]];
  let nearest: Point | undefined;
  let best = Infinity;
  for (const place of places) {
    if (!onScreen(place)) continue;
    const distance = (place[0] - width / 2) ** 2 + (place[1] - height / 2) ** 2;
    if (distance < best) {
      best = distance;
      nearest = place;
    }
  }
  return nearest && [nearest[0], nearest[1]];
}
