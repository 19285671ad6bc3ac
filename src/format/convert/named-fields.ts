/**
 * Fields a file names freely (KML's ExtendedData, GeoJSON's properties) that are read as an
 * event's date, end, title, text or link when their names say so, in English and Spanish,
 * case and separators aside (`Start Date`, `start_date`, `startDate`).
 */
export const START_FIELDS =
  /^(date|start|begin|when|time|fecha|inicio|start ?date|date ?start|event ?date|date ?time|timestamp)$/i;
export const END_FIELDS = /^(end|end ?date|date ?end|fin|finish|until|fecha ?fin)$/i;
export const LINK_FIELDS = /^(url|link|source|enlace|fuente|href)$/i;
export const TITLE_FIELDS = /^(title|name|headline|titulo|nombre|event)$/i;
export const TEXT_FIELDS = /^(description|summary|notes|text|descripcion|details)$/i;
export const PLACE_FIELDS = /^(place|location|address|lugar|city)$/i;
export const LANE_FIELDS = /^(actor|actors|group|category|layer|party|actores)$/i;

/** "start_date", "startDate", "Fecha inicio" → "start date", "start date", "fecha inicio" */
export const fieldName = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[\s_\-.]+/g, ' ')
    .trim();
