import { formatCount } from '../format/list-more';
import { readEnglishCount } from '../format/number-runs';
import { countedInSpanish, whereInSpanish } from './import-places-es';
import { type PluralForms, pluralsOf } from './plural';
import { type Rule, byTables } from './spanish-tables';

/**
 * What the importers say they did (the notes of src/format/convert/*.ts), in Spanish, for the
 * Import dialog and the store's report in the Spanish interface. The importers speak English
 * everywhere else (`npm run import` prints them), so they are translated here, at the one place
 * that shows them to a person in Spanish. What the file holds and the report quotes (cell
 * values, column names, ids, dates as written, addresses, the names of a format's elements
 * such as TimeSpan) stays as it is. import-notes-es.coverage.test.ts runs the importers over
 * files that make them say every note and fails on any phrase missing here, or left here.
 */

const esPlural = pluralsOf('es');
const esNumber = new Intl.NumberFormat('es-ES');
const count = (digits: string) => esNumber.format(Number(digits));

const PHRASES: ReadonlyMap<string, string> = new Map([
  // Tables: CSV/TSV, spreadsheets, the TimelineJS sheet.
  ['no title and no description', 'sin título ni descripción'],
  ['no date', 'sin fecha'],
  ['title taken from the description', 'título tomado de la descripción'],
  [
    'every cell the same as an earlier row: kept as a second event',
    'todas las celdas iguales a las de una fila anterior: se conserva como un segundo evento',
  ],
  [
    'two dates in the date cell read as the start and the end',
    'dos fechas en la celda de la fecha leídas como el comienzo y el final',
  ],
  [
    'date marked "c.", "ca.", "~" or "?" read as approximate',
    'fecha marcada con «c.», «ca.», «~» o «?» leída como aproximada',
  ],
  [
    'no date: kept without one, to be filled in',
    'sin fecha: se conserva sin ella, para completarla',
  ],
  ['coordinates out of range left out', 'coordenadas fuera de rango: se omiten'],
  ['place named by its coordinates', 'lugar nombrado por sus coordenadas'],
  [
    'actors split at commas: no cell of the column uses ";"',
    'actores separados por comas: ninguna celda de la columna usa «;»',
  ],
  [
    'tags split at commas: no cell of the column uses ";"',
    'etiquetas separadas por comas: ninguna celda de la columna usa «;»',
  ],
  [
    'links without a quote made sources: quote a passage of each to back its event',
    'enlaces sin cita convertidos en fuentes: cite un pasaje de cada una para respaldar su evento',
  ],
  ['empty row', 'fila vacía'],
  ['title row → store title and description', 'fila de título → título y descripción del almacén'],
  [
    "the title slide's media is not imported (it belongs to no event)",
    'el contenido multimedia de la diapositiva de título no se importa (no pertenece a ningún evento)',
  ],
  ['no headline, text or media caption', 'sin titular, texto ni leyenda del contenido multimedia'],
  ['title taken from the text', 'título tomado del texto'],
  ['title taken from the media', 'título tomado del contenido multimedia'],
  ['background not imported', 'el fondo no se importa'],
  [
    'an era needs a start and an end date in 0001–9999',
    'una era necesita una fecha de inicio y otra de fin entre 0001 y 9999',
  ],
  ['era rows → periods in the lane "Eras"', 'filas de era → periodos en el carril "Eras"'],
  // TimelineJS JSON.
  [
    'TimelineJS2: date[] → slides, era[] → eras, asset → media, tag → group; read as below',
    'TimelineJS2: date[] → diapositivas, era[] → eras, asset → contenido multimedia, tag → grupo; se lee como se indica a continuación',
  ],
  [
    'title slide → store title and description',
    'diapositiva de título → título y descripción del almacén',
  ],
  [
    'a cosmological timeline: its years are outside 0001–9999',
    'una cronología cosmológica: sus años quedan fuera de 0001–9999',
  ],
  ['missing', 'falta'],
  [
    'milliseconds left out (a store date stops at seconds)',
    'milisegundos: se omiten (una fecha del almacén llega hasta los segundos)',
  ],
  ['not a slide object', 'la diapositiva no es un objeto'],
  [
    'a slide with neither headline, text nor media caption',
    'una diapositiva sin titular, texto ni leyenda del contenido multimedia',
  ],
  ['no headline: title taken from the text', 'sin titular: título tomado del texto'],
  [
    'no headline: title taken from the media',
    'sin titular: título tomado del contenido multimedia',
  ],
  ['backgrounds are not imported', 'los fondos no se importan'],
  ['not an era object', 'la era no es un objeto'],
  ['eras → periods in the lane "Eras"', 'eras → periodos en el carril "Eras"'],
  // A TimelineJS slide's media (timelinejs-media.ts).
  ['an embed (iframe): its address kept', 'contenido insertado (iframe): se conserva su dirección'],
  [
    'media → a source, and its link in the summary (a source backs an event only with a quote)',
    'contenido multimedia → una fuente, y su enlace en el resumen (una fuente respalda un evento solo con una cita)',
  ],
  [
    'a quotation as media → its text in the summary (no excerpt: no source text)',
    'una cita como contenido multimedia → su texto en el resumen (sin extracto: no hay texto de la fuente)',
  ],
  ['an empty quotation', 'una cita vacía'],
  [
    'an embed (iframe) without an http(s) address',
    'contenido insertado (iframe) sin dirección http(s)',
  ],
  ['embedded HTML is not imported', 'el HTML insertado no se importa'],
  ['not an http(s) link', 'no es un enlace http(s)'],
  [
    'a relative path: it cannot be resolved without the page the file came from',
    'una ruta relativa: no se puede resolver sin la página de la que procede el archivo',
  ],
  // SIMILE, and what is read as it (timemap.js, KML, GeoJSON, feeds).
  ['no title and no text', 'sin título ni texto'],
  [
    'latestStart/earliestEnd → approximate, with a date note',
    'latestStart/earliestEnd → fecha aproximada, con una nota sobre la fecha',
  ],
  ['not an event object', 'el evento no es un objeto'],
  ['not an item object', 'el elemento no es un objeto'],
  [
    'a TimeSpan with an end and no begin: its end left out',
    'un TimeSpan con end y sin begin: su fin se omite',
  ],
  [
    'no TimeStamp or TimeSpan: dated from its ExtendedData',
    'sin TimeStamp ni TimeSpan: fechado por su ExtendedData',
  ],
  [
    'no date (no TimeStamp, TimeSpan or date field in its ExtendedData): left out',
    'sin fecha (ni TimeStamp, ni TimeSpan, ni un campo de fecha en su ExtendedData): se omite',
  ],
  [
    'no date (no pubDate, dc:date, published or updated): left out',
    'sin fecha (ni pubDate, ni dc:date, ni published, ni updated): se omite',
  ],
  ['not a feature: left out', 'no es una entidad (Feature): se omite'],
  [
    'no date (no property named date, start, time…): left out',
    'sin fecha (ninguna propiedad se llama date, start, time…): se omite',
  ],
  // timemap.
  ['no description', 'sin descripción'],
  // Every importer (store-builder.ts). The lane keeps the name it has in the store.
  ['no actor: put in the lane "Unassigned"', 'sin actor: puesto en el carril "Unassigned"'],
  ['title cut to 200 characters', 'título recortado a 200 caracteres'],
  // convert.ts.
  [
    'the file is JavaScript, not JSON: the data it writes read as a literal (nothing in it run)',
    'el archivo es JavaScript, no JSON: los datos que escribe se leen como un literal (sin ejecutar nada de él)',
  ],
]);

/** Why a date was not read (DATE_REFUSALS in import-dates.ts). */
const DATE_REFUSALS: ReadonlyMap<string, string> = new Map([
  [
    'its year is outside 0001–9999 (BCE and cosmological dates cannot be shown)',
    'su año queda fuera de 0001–9999 (no se pueden mostrar fechas anteriores a nuestra era ni cosmológicas)',
  ],
  [
    'not a date (such as 2024-06-19, 19/06/2024, June 19, 2024 or 2024)',
    'no es una fecha (como 2024-06-19, 19/06/2024, 19 de junio de 2024 o 2024)',
  ],
  ['day and month could be either way round', 'el día y el mes podrían ir en cualquier orden'],
  [
    'a span of dates whose end is before its start',
    'un intervalo de fechas cuyo final es anterior a su comienzo',
  ],
]);

/**
 * The fields a table's columns go to: the import fields as the Import dialog names them
 * (importField in messages-es.ts), and the store's fields that Sourceline's own CSV writes.
 */
const FIELDS: ReadonlyMap<string, string> = new Map([
  ['date', 'fecha'],
  ['end', 'fin'],
  ['title', 'título'],
  ['summary', 'resumen'],
  ['actors', 'actores'],
  ['tags', 'etiquetas'],
  ['place', 'lugar'],
  ['lat', 'lat'],
  ['lon', 'lon'],
  ['url', 'url'],
  ['source', 'fuente'],
  ['quote', 'cita'],
  ['id', 'id'],
  ['dateNote', 'nota sobre la fecha'],
  ['approximate', 'aproximada'],
  ['actorIds', 'ids de los actores'],
  ['translation', 'traducción'],
  ['status', 'estado'],
  ['statusNote', 'nota sobre el estado'],
  ['related', 'eventos relacionados'],
  ['sourceIds', 'ids de las fuentes'],
  ['stance', 'postura'],
  ['locator', 'localizador'],
]);

/** An excerpt column's slot, as a note names it: "la traducción 2". */
const EXCERPT_SLOTS: ReadonlyMap<string, string> = new Map([
  ['translation', 'la traducción'],
  ['stance', 'la postura'],
  ['locator', 'el localizador'],
]);

/** Why a related event was left out (from-csv.ts linkRelated). */
const RELATED_WHY: ReadonlyMap<string, string> = new Map([
  ['not "relation: event id"', 'no es "relación: id del evento"'],
  [
    'not a relation ("causes", "responds-to", "part-of" or "see-also")',
    'no es una relación ("causes", "responds-to", "part-of" o "see-also")',
  ],
  ['no event with that id', 'ningún evento tiene ese id'],
  ['the event itself', 'es el propio evento'],
]);

/** How a column was found, agreeing with "columna" or "columnas". */
const FOUND_BY: ReadonlyMap<string, { one: string; other: string }> = new Map([
  ['mapped by hand', { one: 'elegida a mano', other: 'elegidas a mano' }],
  ['recognised by name', { one: 'reconocida por su nombre', other: 'reconocidas por su nombre' }],
  ['its cells are links', { one: 'sus celdas son enlaces', other: 'sus celdas son enlaces' }],
]);

/** A day/month order, as the Import dialog's choice names it (importDayMonth). */
const DATE_ORDERS: ReadonlyMap<string, string> = new Map([
  ['dmy', 'día/mes/año'],
  ['mdy', 'mes/día/año'],
]);

/** SIMILE's link attributes, as a thing ("la imagen") and as a label ("imagen"). */
const LINK_NAMES: ReadonlyMap<string, { label: string; thing: string }> = new Map([
  ['link', { label: 'enlace', thing: 'el enlace' }],
  ['image', { label: 'imagen', thing: 'la imagen' }],
]);

/** Where a feed item's date came from, when not from when it was published. */
const KML_TIMES: ReadonlyMap<string, string> = new Map([
  ['its KML TimeStamp', 'su TimeStamp de KML'],
  ['its KML TimeSpan', 'su TimeSpan de KML'],
]);

/** How many of a feed's items a reading covers. */
const FEED_SHARES: ReadonlyMap<string, string> = new Map([
  ['every item', 'todos los elementos'],
  ['every entry', 'todas las entradas'],
]);

/** The kind of spreadsheet a table was read from (workbook-table.ts's `what`). */
const WORKBOOKS: ReadonlyMap<string, string> = new Map([
  ['an Excel workbook', 'un libro de Excel'],
  ['an OpenDocument spreadsheet', 'una hoja de cálculo OpenDocument'],
]);

/** A table's coordinate columns, as a note names them, and what each of them reads. */
const AXES: ReadonlyMap<string, string> = new Map([
  ['lat', 'la latitud'],
  ['lon', 'la longitud'],
]);
const COORDINATE_EXAMPLES: ReadonlyMap<string, string> = new Map([
  ['50.45 or 50°27′N', '50,45 o 50°27′N'],
  ['30.52 or 30°31′E', '30,52 o 30°31′E'],
]);

const refusal = (english: string) => DATE_REFUSALS.get(english);

/** The parts of a date a TimelineJS sheet writes in columns of their own. */
const DATE_PARTS: ReadonlyMap<string, string> = new Map([
  ['year', 'el año'],
  ['month', 'el mes'],
  ['day', 'el día'],
]);

/** What is wrong with a date written in a sheet's Year, Month and Day columns. */
function sheetRefusal(english: string): string | undefined {
  const plain = refusal(english);
  if (plain !== undefined) return plain;
  const notWhole = /^(\w+) is not a whole number$/.exec(english);
  const part = notWhole && DATE_PARTS.get(notWhole[1]!);
  if (part) return `${part} no es un número entero`;
  if (english === 'month not from 1 to 12') return 'el mes no va del 1 al 12';
  return english === 'day not in that month' ? 'el día no existe en ese mes' : undefined;
}

/** The columns a sheet's date was read from: the template's names, as the sheet has them. */
const SHEET_COLUMNS = String.raw`(?:End )?Year(?:, (?:End )?Month(?:, (?:End )?Day)?)?`;

/** "rows 3, 4" in Spanish, with a word before it that agrees with how many. */
function counted(english: string, before?: PluralForms): string | undefined {
  const places = countedInSpanish(english);
  if (places === undefined) return undefined;
  return before ? `${esPlural(places.count, before)} ${places.text}` : places.text;
}

/** "como muestran las filas 3, 4": the places that showed something. */
function shownBy(english: string): string | undefined {
  const places = countedInSpanish(english);
  if (places === undefined) return undefined;
  const verb = esPlural(places.count, { one: 'muestra', other: 'muestran' });
  return `como ${verb} ${places.withArticle}`;
}

/** A list of names that may end " and 3 more", the names as they are. */
const namesAndMore = (english: string) =>
  english.replace(
    / and ([\d,]+) more$/,
    (_, more: string) => ` y ${formatCount(readEnglishCount(more), 'es')} más`,
  );

function feedShare(english: string): string | undefined {
  const part = /^(\d+) of (\d+)$/.exec(english);
  return part ? `${count(part[1]!)} de ${count(part[2]!)}` : FEED_SHARES.get(english);
}

const QUOTED = /"(?:[^"\\]|\\.)*"/g;

const RULES: readonly Rule[] = [
  [
    new RegExp(`^(\\w+) ← (${QUOTED.source}(?: \\+ ${QUOTED.source})*) \\((.+)\\)$`),
    (field, columns, how) => {
      const columnCount = columns.match(QUOTED)!.length;
      const found = FOUND_BY.get(how);
      const name = FIELDS.get(field);
      if (found === undefined || name === undefined) return undefined;
      const kind = esPlural(columnCount, { one: 'columna', other: 'columnas' });
      return `${name} ← ${columns} (${kind} ${esPlural(columnCount, found)})`;
    },
  ],
  [/^columns not imported: (.+)$/, (names) => `columnas no importadas: ${names}`],
  [
    /^day\/month order read as (\w+) from (.+)$/,
    (order, places) => {
      const spanish = DATE_ORDERS.get(order);
      const shown = shownBy(places);
      return spanish && shown && `orden de día y mes: se lee ${spanish}, ${shown}`;
    },
  ],
  [
    /^day\/month order read as mdy \(month first\), as TimelineJS reads its Start Date column: (.+)$/,
    (places) => {
      const rows = counted(places);
      return (
        rows &&
        `orden de día y mes: se lee mes/día/año (el mes primero), como TimelineJS lee su columna Start Date: ${rows}`
      );
    },
  ],
  // A sheet's date from its columns, before the date as written, which could match it too.
  [
    new RegExp(`^date (".*") \\((${SHEET_COLUMNS})\\): (.+)$`),
    (date, columns, why) => {
      const spanish = sheetRefusal(why);
      return spanish && `fecha ${date} (${columns}): ${spanish}`;
    },
  ],
  [
    new RegExp(`^end date (".*")(?: \\((${SHEET_COLUMNS})\\))? left out: (.+)$`),
    (date, columns, why) => {
      const spanish = sheetRefusal(why);
      const read = columns ? ` (${columns})` : '';
      return spanish && `se omite la fecha de fin ${date}${read}: ${spanish}`;
    },
  ],
  [/^date (".*"): (.+)$/, (date, why) => refusal(why) && `fecha ${date}: ${refusal(why)}`],
  [
    /^(actors|tags) split at commas in the cells without ";": (\d+) cells join with commas, (\d+) with ";"$/,
    (field, commas, listed) =>
      `${field === 'actors' ? 'actores separados' : 'etiquetas separadas'} por comas en las celdas sin «;»: ${count(commas!)} celdas las unen con comas, ${count(listed!)} con «;»`,
  ],
  [
    /^(".*") names sources at (\d+) links: read as their publisher, each source titled from its link$/,
    (name, links) =>
      `${name} nombra fuentes en ${count(links!)} enlaces: se lee como su editor, y cada fuente se titula por su enlace`,
  ],
  [/^start (".*"): (.+)$/, (date, why) => refusal(why) && `inicio ${date}: ${refusal(why)}`],
  [
    /^end (".*") left out: (.+)$/,
    (date, why) => refusal(why) && `se omite el fin ${date}: ${refusal(why)}`,
  ],
  [
    /^end (\S+) is before the start (\S+): left out$/,
    (end, start) => `el fin ${end} es anterior al inicio ${start}: se omite`,
  ],
  [
    /^status (".*") left out: not confirmed, reported, disputed or refuted$/,
    (status) => `se omite el estado ${status}: no es confirmed, reported, disputed ni refuted`,
  ],
  [
    /^(\w+) (\d+) left out: no quote \2 beside it$/,
    (what, n) => {
      const slot = EXCERPT_SLOTS.get(what);
      return slot && `se omite ${slot} ${n}: no hay ninguna cita ${n} a su lado`;
    },
  ],
  [
    /^quote (\d+) left out: stance (".*") is neither supports nor disputes$/,
    (n, stance) => `se omite la cita ${n}: la postura ${stance} no es supports ni disputes`,
  ],
  [
    /^related (".*") left out: (.+)$/,
    (entry, why) => {
      const spanish = RELATED_WHY.get(why);
      return spanish && `se omite el evento relacionado ${entry}: ${spanish}`;
    },
  ],
  [
    /^quote (\d+) left out: no source it can be tied to$/,
    (n) => `se omite la cita ${n}: no hay ninguna fuente a la que atribuirla`,
  ],
  [
    /^id (".*") is used already; a new one was made from the title$/,
    (id) => `el id ${id} ya está en uso; se creó otro a partir del título`,
  ],
  [
    /^id (".*") is not a slug; one was made from it$/,
    (id) => `el id ${id} no es un identificador válido (slug); se creó uno a partir de él`,
  ],
  [
    /^(\d+) empty rows$/,
    (n) => `${count(n)} ${esPlural(Number(n), { one: 'fila vacía', other: 'filas vacías' })}`,
  ],
  [
    /^a time of 00:00:00 read as the whole day, as JavaScript writes one with every date \((.+)\)$/,
    (places) => {
      const events = counted(places);
      return (
        events &&
        `una hora 00:00:00 se lee como el día entero, pues JavaScript escribe una con cada fecha (${events})`
      );
    },
  ],
  [
    /^an instant with an end \(no isDuration\) → its start, approximate, the range in the date note \((.+)\)$/,
    (places) => {
      const events = counted(places);
      return (
        events &&
        `un instante con fin (sin isDuration) → su inicio, como fecha aproximada, con el intervalo en la nota sobre la fecha (${events})`
      );
    },
  ],
  [
    /^(.+): the question mark read as approximate$/,
    (written) => `${written}: el signo de interrogación se lee como fecha aproximada`,
  ],
  [
    /^(\w+): relative link (".*") read against the file's address: (.+)$/,
    (name, link, url) => {
      const label = LINK_NAMES.get(name)?.label;
      return label && `${label}: ${relativeLink(link, url)}`;
    },
  ],
  [/^relative link (".*") read against the file's address: (.+)$/, relativeLink],
  [
    /^(\w+) (".*") not imported: not a full http\(s\) address$/,
    (name, url) => {
      const thing = LINK_NAMES.get(name)?.thing;
      return thing && `${thing} ${url} no se importa: no es una dirección http(s) completa`;
    },
  ],
  [
    /^(.+) left out: a store place is one point$/,
    (shape) => `se omite ${shape}: un lugar del almacén es un solo punto`,
  ],
  [/^(".*"): not a web address$/, (address) => `${address}: no es una dirección web`],
  [
    /^protocol-relative (\S+): read as https$/,
    (address) => `dirección sin protocolo ${address}: se lee como https`,
  ],
  [
    /^time (".*") not read \(such as 14:30 or 2:30 PM\): the date kept to the day$/,
    (time) => `no se lee la hora ${time} (como 14:30 o 2:30 PM): la fecha se queda en el día`,
  ],
  [/^coordinates (".*") not read$/, (given) => `no se leen las coordenadas ${given}`],
  [
    /^latitude (\S+) and longitude (\S+) look swapped: other rows put (".*") at (\S+), (\S+); kept as given$/,
    (lat, lon, name, otherLat, otherLon) =>
      `la latitud ${lat} y la longitud ${lon} parecen intercambiadas: otras filas sitúan ${name} en ${otherLat}, ${otherLon}; se conservan como están`,
  ],
  [
    /^(lat|lon) (".*") not read \(such as (.+)\): coordinates left out$/,
    (axis, given, examples) => {
      const name = AXES.get(axis);
      const such = COORDINATE_EXAMPLES.get(examples);
      return name && such && `no se lee ${name} ${given} (como ${such}): se omiten las coordenadas`;
    },
  ],
  [
    /^(lat|lon) missing beside (lat|lon) (".*"): coordinates left out$/,
    (axis, other, given) => {
      const missing = AXES.get(axis);
      const beside = AXES.get(other);
      return (
        missing &&
        beside &&
        `falta ${missing} junto a ${beside} ${given}: se omiten las coordenadas`
      );
    },
  ],
  [
    /^a time of 00:00:00 with no zone read as the whole day, as GDAL \(QGIS's KML export\) writes a date \((.+)\)$/,
    (places) => {
      const placemarks = counted(places);
      return (
        placemarks &&
        `una hora 00:00:00 sin zona horaria se lee como el día entero, pues así escribe GDAL (la exportación a KML de QGIS) una fecha (${placemarks})`
      );
    },
  ],
  [/^unknown source (".*")$/, (id) => `fuente desconocida ${id}`],
  [/^empty: (.+)$/, (places) => counted(places, { one: 'vacío:', other: 'vacíos:' })],
  [
    /^time 00:00 read as no time of day: (.+)$/,
    (places) => {
      const events = counted(places);
      return events && `la hora 00:00 se lee como «sin hora»: ${events}`;
    },
  ],
  [
    /^(\d+) ids written in lower case to be slugs \((.+) → (.+)\)$/,
    (n, id, slug) =>
      `${count(n)} ${esPlural(Number(n), { one: 'id escrito', other: 'ids escritos' })} en minúsculas para que ${esPlural(Number(n), { one: 'sea un identificador válido (slug)', other: 'sean identificadores válidos (slugs)' })} (${id} → ${slug})`,
  ],
  [
    /^(\d+) source ids \((.+)\) not resolved: the file has no sources list \(timemap serves it as a separate export\)$/,
    (n, ids) =>
      `${count(n)} ${esPlural(Number(n), { one: 'id de fuente', other: 'ids de fuentes' })} (${ids}) sin resolver: el archivo no tiene lista de fuentes (timemap la sirve como una exportación aparte)`,
  ],
  [
    /^(".*", ".*") read as swapped: latitude (\S+), longitude (\S+)$/,
    (given, lat, lon) => `${given} se leen intercambiadas: latitud ${lat}, longitud ${lon}`,
  ],
  [
    /^(".*", ".*"): not a latitude and longitude, left out$/,
    (given) => `${given}: no son una latitud y una longitud; se omiten`,
  ],
  [
    /^(its KML \w+) → start \((.+)\)$/,
    (from, share) => {
      const spanish = KML_TIMES.get(from);
      const of = feedShare(share);
      return spanish && of && `${spanish} → inicio (${of})`;
    },
  ],
  [
    /^(\S+) → start: dated when it was published \((.+)\)$/,
    (from, share) => {
      const of = feedShare(share);
      return of && `${from} → inicio: fechado cuando se publicó (${of})`;
    },
  ],
  [
    /^a pubDate at 00:00:00 read as the whole day, as feeds that know only the day write it \((.+)\)$/,
    (share) => {
      const of = feedShare(share);
      return (
        of &&
        `un pubDate a las 00:00:00 se lee como el día entero, como lo escriben los canales que solo conocen el día (${of})`
      );
    },
  ],
  [
    /^a date written as a number read as milliseconds since 1 January 1970, UTC, as the USGS feeds write it \((.+)\)$/,
    (share) => {
      const of = feedShare(share);
      return (
        of &&
        `una fecha escrita como número se lee como milisegundos desde el 1 de enero de 1970 (UTC), como la escriben los canales del USGS (${of})`
      );
    },
  ],
  [/^a KMZ archive: its KML, (.+), read$/, (name) => `un archivo KMZ: se lee su KML, ${name}`],
  [
    /^the other file in the archive \((.+)\) not imported: links to them cannot be followed$/,
    (name) =>
      `el otro archivo del KMZ (${name}) no se importa: los enlaces a él no se pueden seguir`,
  ],
  [
    /^the (\d+) other files in the archive \((.+)\) not imported: links to them cannot be followed$/,
    (n, names) =>
      `los otros ${count(n)} archivos del KMZ (${namesAndMore(names)}) no se importan: los enlaces a ellos no se pueden seguir`,
  ],
  [
    /^(an? [\w ]+): its sheet (".*") read as a table(?: \(from cell ([A-Z]+\d+), its first row the header\))?$/,
    (what, sheet, cell) => {
      const workbook = WORKBOOKS.get(what);
      const from = cell ? ` (desde la celda ${cell}, con su primera fila como encabezado)` : '';
      return workbook && `${workbook}: su hoja ${sheet} se lee como una tabla${from}`;
    },
  ],
  [
    /^dates before 15 October 1582 read as the file stores them, in the Gregorian calendar \((.+)\): LibreOffice shows such dates in the Julian calendar, some days earlier$/,
    (shown) =>
      `las fechas anteriores al 15 de octubre de 1582 se leen como las guarda el archivo, en el calendario gregoriano (${namesAndMore(shown)}): LibreOffice muestra esas fechas en el calendario juliano, unos días antes`,
  ],
  [
    /^the other sheet, (".*"), not imported: one sheet is read, the first with data$/,
    (name) => `la otra hoja, ${name}, no se importa: se lee una sola hoja, la primera con datos`,
  ],
  [
    /^the (\d+) other sheets, (.+), not imported: one sheet is read, the first with data$/,
    (n, names) =>
      `las otras ${count(n)} hojas, ${names}, no se importan: se lee una sola hoja, la primera con datos`,
  ],
  // SIMILE's attributes and keys that no store field takes (simile-read.ts).
  [
    /^attribute (\S+) not imported \((.+)\)$/,
    (name, places) => notImported(`el atributo ${name}`, places),
  ],
  [/^(.+) not imported \((.+)\)$/, notImported],
  // A date the file wrote as a JSON value (TimelineJS's date objects, timemap's strings).
  [
    /^(".*"|\{.*\}|\[.*\]|-?\d[\d.eE+-]*|true|false|null): (.+)$/,
    (value, why) => refusal(why) && `${value}: ${refusal(why)}`,
  ],
];

function relativeLink(link: string, url: string): string {
  return `el enlace relativo ${link} se lee respecto a la dirección del archivo: ${url}`;
}

function notImported(what: string, places: string): string | undefined {
  const where = whereInSpanish(places);
  return where && `no se importa ${what} (${where})`;
}

/** The tables, so that a test can tell a phrase or a rule the importers no longer say. */
export const SPANISH_NOTE_PHRASES = {
  phrases: PHRASES,
  rules: RULES,
  dateRefusals: DATE_REFUSALS,
  fields: FIELDS,
  /** Words the rules look up in what a message says. */
  parts: {
    foundBy: FOUND_BY,
    dateOrders: DATE_ORDERS,
    linkNames: LINK_NAMES,
    kmlTimes: KML_TIMES,
    feedShares: FEED_SHARES,
    workbooks: WORKBOOKS,
    axes: AXES,
    dateParts: DATE_PARTS,
    coordinateExamples: COORDINATE_EXAMPLES,
  },
};

/** A note's message in Spanish; undefined when the tables have no Spanish for all of it. */
export function messageInSpanish(english: string): string | undefined {
  return byTables(english, RULES, PHRASES);
}
