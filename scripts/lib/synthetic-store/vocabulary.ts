/** Word lists the fictional names and the events' tags are made of. */

/** Word lists are written as one string each, split on spaces. */
const words = (text: string): readonly string[] => text.split(' ');

export const STATE_PREFIXES = words(
  'Ar Bel Cor Dal Es Fen Gal Hal Ist Kar Lor Mar Nor Ost Pal Quel Ros Sar Tal Ul Vel Wes Yar Zel Ber Mon Dra Sol Ven Kel Tor Am',
);
export const STATE_SUFFIXES = words(
  'avia oria esia ania istan onia aria ovia enia land mark adia ia ora ethia',
);
export const CITY_PREFIXES = words(
  'Ash Bran Cal Dor Elm Fal Gor Hel Ivan Jar Kol Lin Mir Nov Ore Pet Riv Sten Tam Uz Var Wil Zar Bor Kras Sev',
);
export const CITY_SUFFIXES = words(
  'grad burg ovo ica ville stad port haven sk ara polis ford ino mouth',
);
export const FIRST_NAMES = words(
  'Anna Boris Carmen Dmitri Elena Farid Greta Hiro Inés Jonas Kemal Lena Mateo Nadia Oskar Priya Rafael Sofia Tomás Ulla Viktor Yara Zoran Amira Bruno Chiara Emil Ivana Luca Mira Nikolai Oona Pavel Rosa Selim Tarek',
);
export const LAST_NAMES = words(
  'Aldana Berg Castell Dragan Eskildsen Ferreira Grün Halvorsen Ivanova Jovanović Kowalski Laurent Moreau Novak Okafor Petrov Quiroga Rossi Sato Tamm Urbanek Vásquez Weiss Yılmaz Zeller Nkemelu Haddad Lindqvist Mäkinen Oyelaran Brandt Costa',
);
export const ORGANIZATIONS = [
  'Foreign Ministry of',
  'Armed Forces of',
  'Central Bank of',
  'Parliament of',
  'State Security Service of',
  'National Energy Company of',
  'Supreme Court of',
];

export const TAGS = words(
  'diplomacy sanctions military energy trade protest elections treaty border humanitarian cyber nuclear migration espionage',
);
