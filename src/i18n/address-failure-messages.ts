/*
 * Why a file could not be fetched from its address: the server's answer named, and what a
 * person can do about it; `null` when no answer came. Said by the explorer's Import dialog
 * (later-messages.ts, messages-es.ts) and by the editor (editor-messages.ts, and
 * publish-messages.ts for its Publish panel), none of them on the first screen.
 */
const EN_ANSWERS: Readonly<Record<number, string>> = {
  400: 'bad request',
  401: 'sign-in required',
  403: 'forbidden',
  404: 'not found',
  408: 'timed out',
  410: 'gone',
  429: 'too many requests',
  500: 'server error',
  502: 'bad gateway',
  503: 'unavailable',
  504: 'gateway timeout',
};

function enAdvice(status: number): string {
  if (status === 401 || status === 403)
    return ' The file is not public: download it, then open the file.';
  if (status === 404 || status === 410) return ' Check the address.';
  if (status === 408 || status === 429 || status >= 500) return ' Try again later.';
  return '';
}

/** `advise` false leaves out what to do, for a caller that says it (a Google Sheet's). */
export function addressFailureEn(status: number | null, advise = true): string {
  if (status === null)
    return 'No answer came from this address. Check it and your connection. A file on another site may not let other sites read it (CORS): download it, then open the file.';
  return `${serverAnsweredEn(status)}${advise ? enAdvice(status) : ''}`;
}

/** "The server answered 404 (not found)." */
export function serverAnsweredEn(status: number): string {
  const name = EN_ANSWERS[status];
  return `The server answered ${status}${name ? ` (${name})` : ''}.`;
}

const ES_ANSWERS: Readonly<Record<number, string>> = {
  400: 'petición incorrecta',
  401: 'hay que iniciar sesión',
  403: 'acceso prohibido',
  404: 'no encontrado',
  408: 'tiempo agotado',
  410: 'ya no existe',
  429: 'demasiadas peticiones',
  500: 'error del servidor',
  502: 'pasarela incorrecta',
  503: 'no disponible',
  504: 'la pasarela no respondió a tiempo',
};

function esAdvice(status: number): string {
  if (status === 401 || status === 403)
    return ' El archivo no es público: descárgalo y abre el archivo.';
  if (status === 404 || status === 410) return ' Comprueba la dirección.';
  if (status === 408 || status === 429 || status >= 500) return ' Vuelve a intentarlo más tarde.';
  return '';
}

/** `advise` false leaves out what to do, for a caller that says it (a Google Sheet's). */
export function addressFailureEs(status: number | null, advise = true): string {
  if (status === null)
    return 'No llegó respuesta de esta dirección. Compruébala y comprueba tu conexión. Un archivo de otro sitio puede no dejar que otros sitios lo lean (CORS): descárgalo y abre el archivo.';
  return `${serverAnsweredEs(status)}${advise ? esAdvice(status) : ''}`;
}

/** "El servidor respondió 404 (no encontrado)." */
export function serverAnsweredEs(status: number): string {
  const name = ES_ANSWERS[status];
  return `El servidor respondió ${status}${name ? ` (${name})` : ''}.`;
}
