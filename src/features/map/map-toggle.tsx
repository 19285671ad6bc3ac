import { useMapMessages } from '../../i18n/map-messages';
import { useView, viewActions } from '../../lib/view-store';

/** Show map / Hide map (docs/ui-contract.md, Map). */
export function MapToggle() {
  const m = useMapMessages();
  const shown = useView((state) => state.mapShown);
  return (
    <button
      type="button"
      className="toggle map-toggle"
      aria-pressed={shown}
      onClick={() => viewActions.setMapShown(!shown)}
    >
      {shown ? m.hideMap : m.showMap}
    </button>
  );
}
