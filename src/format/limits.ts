/** Stores larger than this are refused before parsing; the format promises at least 100 MB. */
export const MAX_STORE_BYTES = 200 * 1024 * 1024;
