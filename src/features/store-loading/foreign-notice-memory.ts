/**
 * Which other sites' stores had their notice dismissed in this tab. sessionStorage is per
 * tab and survives reloads; where it is unavailable (storage disabled, a sandboxed frame)
 * the memory lasts as long as the page.
 */
const KEY_PREFIX = 'sourceline.foreign-store-notice.dismissed:';
const inPage = new Set<string>();

export function dismissedInThisTab(address: string): boolean {
  if (inPage.has(address)) return true;
  try {
    return window.sessionStorage.getItem(KEY_PREFIX + address) !== null;
  } catch {
    return false;
  }
}

export function dismissInThisTab(address: string): void {
  inPage.add(address);
  try {
    window.sessionStorage.setItem(KEY_PREFIX + address, '1');
  } catch {
    // Storage refused: the page's own memory above still keeps it away until reload.
  }
}
