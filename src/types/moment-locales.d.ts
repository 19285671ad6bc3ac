// moment's ESM locale files have no type declarations; they are imported for their effect.
declare module 'moment/dist/locale/es';
