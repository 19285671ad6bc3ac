/**
 * A size as the interface writes it, "1.5 MB" in English and "1,5 MB" in Spanish: megabytes
 * of 1,048,576 bytes, as browsers and file managers count them, with one decimal.
 */
export function megabytesIn(locale: string): (bytes: number) => string {
  const format = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return (bytes) => `${format.format(bytes / 1_048_576)} MB`;
}
