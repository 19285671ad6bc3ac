/** The `mimetype` of an OpenDocument spreadsheet and of its template (.ods, .ots). */
export const ODS_MIME_TYPES: ReadonlySet<string> = new Set([
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.spreadsheet-template',
]);
