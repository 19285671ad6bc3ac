import moment from 'moment';
// The ESM build of the locale, because Vite resolves 'moment' to moment's ESM build and the
// locale must register on that same copy.
import 'moment/dist/locale/es';

// Defining a locale also makes it moment's global one: English is restored, since each
// timeline sets its own through vis-timeline's `locale` option.
moment.locale('en');
