/**
 * The one format this code reads. Its own module: the page writes it into exports, and
 * importing it from the schema would bring zod, and its schema building, into the first
 * screen's script.
 */
export const FORMAT = 'sourceline/1';
