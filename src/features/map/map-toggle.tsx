import { useMapShellMessages } from '../../i18n/map-shell-messages';
import { useView, viewActions } from '../../lib/view-store';

/** Show map / Hide map (docs/ui-contract.md, Map). */
export function MapToggle() {
  const m = useMapShellMessages();
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
