// Dates as staff read them ("20 November 2026"). The formatters are made once: making one is slow,
// and every page shows two or three dates.

/** A date from content (review dates), which is a calendar day with no time zone. */
export const contentDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A moment on the build machine's clock (when the content was built), as a day there. */
export const localDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
