/**
 * The editor's Publish panel (features/editor/components/publish-panel.tsx), English and
 * Spanish: how a draft becomes a store at a web address, what Check found there, and the
 * link and embed code that follow. Also `publish`, for the draft preview's bar, which leads
 * back to the panel.
 */

import { pluralsOf } from './plural';
import { serverAnsweredEn, serverAnsweredEs } from './address-failure-messages';
import type { EditorLang } from './editor-messages';

/** How the published store compares with the draft's downloaded file. */
export interface DraftComparison {
  readonly sameTitle: boolean;
  readonly sameEvents: boolean;
  readonly draftTitle: string;
  readonly draftEvents: number;
}

export interface PublishMessages {
  /** The toolbar's button, the panel's heading, the preview bar's link. */
  publish: string;
  close: string;
  /** Why publishing is needed at all. */
  intro: string;
  /** What to do, in order. */
  steps: readonly [string, string, string];
  /** Where it does not work, as a person tried first. */
  notSharingPages: string;
  publishedAddress: string;
  publishedAddressHint: string;
  check: string;
  checking: string;
  published: (title: string, events: number) => string;
  comparison: (comparison: DraftComparison) => string;
  notAnAddress: string;
  notHttps: string;
  unreachable: string;
  /** Blocked by CORS: what the host must send. `origin` is this site's. */
  cors: (host: string, origin: string) => string;
  timeout: (seconds: number) => string;
  http: (status: number) => string;
  notJson: (page: boolean) => string;
  /** Before the validator's first problems. */
  notAStore: (problems: number) => string;
  shareLink: string;
  shareLinkHint: string;
  copyLink: string;
  /** Opens the share link (in a new tab). */
  open: string;
  opensInNewTab: string;
  embedCode: string;
  embedCodeHint: string;
  copyCode: string;
  linkCopied: string;
  codeCopied: string;
  notCopied: string;
  /** The embedded frame's title, as the explorer's Embed dialog writes it. */
  embedFrameTitle: (storeTitle: string) => string;
}

const enCount = new Intl.NumberFormat('en-GB');
const esCount = new Intl.NumberFormat('es-ES');
const enPlural = pluralsOf('en');
const esPlural = pluralsOf('es');
const enEvents = (count: number) =>
  `${enCount.format(count)} ${enPlural(count, { one: 'event', other: 'events' })}`;
const esEvents = (count: number) =>
  `${esCount.format(count)} ${esPlural(count, { one: 'evento', other: 'eventos' })}`;

function enAdvice(status: number): string {
  if (status === 401 || status === 403)
    return ' The file is not public: put it where anyone can read it without signing in.';
  if (status === 404 || status === 410)
    return ' No file is at this address: check it, and that the upload is finished.';
  if (status === 408 || status === 429 || status >= 500) return ' Try again later.';
  return '';
}

function esAdvice(status: number): string {
  if (status === 401 || status === 403)
    return ' El archivo no es público: ponlo donde cualquiera pueda leerlo sin iniciar sesión.';
  if (status === 404 || status === 410)
    return ' No hay ningún archivo en esta dirección: compruébala, y que la subida haya terminado.';
  if (status === 408 || status === 429 || status >= 500) return ' Vuelve a intentarlo más tarde.';
  return '';
}

export const publishEn: PublishMessages = {
  publish: 'Publish',
  close: 'Close',
  intro:
    'A link or an embedded timeline opens the store from a web address, so the store file has to be published first. This draft is only in this browser.',
  steps: [
    'Download the file with Download store.',
    'Put it on a web host that serves it over https with the header Access-Control-Allow-Origin, which lets other pages read it. GitHub Pages sends it; a CMS media library or your own server can, if set up to. On the same site as Sourceline, no header is needed.',
    'Paste the address of the file below and check it. The link to share and the embed code follow.',
  ],
  notSharingPages:
    'A sharing link from Google Drive or Dropbox opens a page about the file, not the file itself: it does not work.',
  publishedAddress: 'Published address',
  publishedAddressHint:
    'For example https://yourname.github.io/timelines/store.json, or /data/store.json on this site.',
  check: 'Check',
  checking: 'Checking…',
  published: (title, events) =>
    `Published and valid: “${title}”, ${enEvents(events)}. The explorer opens it.`,
  comparison: ({ sameTitle, sameEvents, draftTitle, draftEvents }) => {
    if (sameTitle && sameEvents) return 'It matches this draft: same title, same number of events.';
    const differences = [
      ...(sameTitle ? [] : [`its title is not the draft’s (“${draftTitle}”)`]),
      ...(sameEvents ? [] : [`the draft has ${enEvents(draftEvents)}`]),
    ];
    return `It is not this draft as it is now: ${differences.join(', and ')}. Download the store again and replace the published file.`;
  },
  notAnAddress:
    'This is not an address the explorer can open. Paste the full address, starting with https://, or a path on this site starting with /.',
  notHttps:
    'This address starts with http://, and a page served over https (this one, and most articles) is not allowed to read it. Publish the file at an https:// address.',
  unreachable:
    'Nothing answered at this address. Check it (opened in a new tab, it should show the text of the file) and your connection.',
  cors: (host, origin) =>
    `The server at ${host} answered, but does not let other sites read the file (CORS). It must send the file with the header “Access-Control-Allow-Origin: *” (or “Access-Control-Allow-Origin: ${origin}”, for this site only). GitHub Pages does; on a CMS or your own server, set it up or ask for it. Or put the file on this site.`,
  timeout: (seconds) =>
    `The server sent nothing for ${enCount.format(seconds)} seconds. Try again later, or publish the file on another host.`,
  http: (status) => `${serverAnsweredEn(status)}${enAdvice(status)}`,
  notJson: (page) =>
    page
      ? 'This address sends a web page, not the store file. Paste the address of the file itself (opened in a new tab, it shows text starting with {).'
      : 'This address does not send JSON: it is not a store file. Paste the address of the file that Download store saved.',
  notAStore: (problems) =>
    `The file is JSON, but not a store the explorer can show. ${enPlural(problems, { one: 'The problem', other: 'The first problems' })} found by the validator:`,
  shareLink: 'Link to share',
  shareLinkHint: 'It opens this timeline in the explorer, for anyone who has it.',
  copyLink: 'Copy link',
  open: 'Open',
  opensInNewTab: 'Opens in a new tab',
  embedCode: 'Embed code',
  embedCodeHint: 'Paste it into a web page (in an article, an HTML or embed block).',
  copyCode: 'Copy code',
  linkCopied: 'Link copied.',
  codeCopied: 'Code copied.',
  notCopied:
    'The browser did not let the page copy it: select the text, then press Ctrl+C (⌘C on a Mac).',
  embedFrameTitle: (storeTitle) => `${storeTitle} — Sourceline timeline`,
};

export const publishEs: PublishMessages = {
  publish: 'Publicar',
  close: 'Cerrar',
  intro:
    'Un enlace o una cronología insertada abren el almacén desde una dirección web, así que primero hay que publicar el archivo del almacén. Este borrador solo está en este navegador.',
  steps: [
    'Descarga el archivo con Descargar almacén.',
    'Ponlo en un alojamiento web que lo sirva por https con la cabecera Access-Control-Allow-Origin, que deja que otras páginas lo lean. GitHub Pages la envía; la biblioteca de medios de un CMS o tu propio servidor pueden, si se configuran para ello. En el mismo sitio que Sourceline no hace falta ninguna cabecera.',
    'Pega abajo la dirección del archivo y compruébala. Después aparecen el enlace para compartir y el código para insertar.',
  ],
  notSharingPages:
    'Un enlace para compartir de Google Drive o Dropbox abre una página sobre el archivo, no el archivo: no sirve.',
  publishedAddress: 'Dirección publicada',
  publishedAddressHint:
    'Por ejemplo https://tunombre.github.io/cronologias/almacen.json, o /data/almacen.json en este sitio.',
  check: 'Comprobar',
  checking: 'Comprobando…',
  published: (title, events) =>
    `Publicado y válido: «${title}», ${esEvents(events)}. El explorador lo abre.`,
  comparison: ({ sameTitle, sameEvents, draftTitle, draftEvents }) => {
    if (sameTitle && sameEvents)
      return 'Coincide con este borrador: el mismo título, el mismo número de eventos.';
    const differences = [
      ...(sameTitle ? [] : [`su título no es el del borrador («${draftTitle}»)`]),
      ...(sameEvents ? [] : [`el borrador tiene ${esEvents(draftEvents)}`]),
    ];
    return `No es este borrador tal como está ahora: ${differences.join(', y ')}. Vuelve a descargar el almacén y sustituye el archivo publicado.`;
  },
  notAnAddress:
    'No es una dirección que el explorador pueda abrir. Pega la dirección completa, que empieza por https://, o una ruta de este sitio que empiece por /.',
  notHttps:
    'Esta dirección empieza por http://, y una página servida por https (esta, y la mayoría de los artículos) no puede leerla. Publica el archivo en una dirección https://.',
  unreachable:
    'Nada respondió en esta dirección. Compruébala (abierta en una pestaña nueva, debe mostrar el texto del archivo) y comprueba tu conexión.',
  cors: (host, origin) =>
    `El servidor de ${host} respondió, pero no deja que otros sitios lean el archivo (CORS). Debe enviar el archivo con la cabecera «Access-Control-Allow-Origin: *» (o «Access-Control-Allow-Origin: ${origin}», solo para este sitio). GitHub Pages lo hace; en un CMS o en tu propio servidor, configúralo o pídelo. O pon el archivo en este sitio.`,
  timeout: (seconds) =>
    `El servidor no envió nada en ${esCount.format(seconds)} segundos. Vuelve a intentarlo más tarde, o publica el archivo en otro alojamiento.`,
  http: (status) => `${serverAnsweredEs(status)}${esAdvice(status)}`,
  notJson: (page) =>
    page
      ? 'Esta dirección envía una página web, no el archivo del almacén. Pega la dirección del propio archivo (abierta en una pestaña nueva, muestra un texto que empieza por {).'
      : 'Esta dirección no envía JSON: no es un archivo de almacén. Pega la dirección del archivo que guardó Descargar almacén.',
  notAStore: (problems) =>
    `El archivo es JSON, pero no un almacén que el explorador pueda mostrar. ${esPlural(problems, { one: 'El problema', other: 'Los primeros problemas' })} que encontró el validador:`,
  shareLink: 'Enlace para compartir',
  shareLinkHint: 'Abre esta cronología en el explorador, para cualquiera que lo tenga.',
  copyLink: 'Copiar enlace',
  open: 'Abrir',
  opensInNewTab: 'Se abre en una pestaña nueva',
  embedCode: 'Código para insertar',
  embedCodeHint: 'Pégalo en una página web (en un artículo, en un bloque HTML o de inserción).',
  copyCode: 'Copiar el código',
  linkCopied: 'Enlace copiado.',
  codeCopied: 'Código copiado.',
  notCopied: 'El navegador no dejó copiarlo: selecciona el texto y pulsa Ctrl+C (⌘C en un Mac).',
  embedFrameTitle: (storeTitle) => `${storeTitle} — cronología de Sourceline`,
};

export const PUBLISH_MESSAGES: Record<EditorLang, PublishMessages> = {
  en: publishEn,
  es: publishEs,
};
