/*
 * time.h - calendar arithmetic and ISO 8601 parsing without libc time zones.
 * Times are int64_t Unix seconds, UTC; days are days since 1970-01-01.
 */
#ifndef TD_CORE_TIME_H
#define TD_CORE_TIME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tidings/error.h"

/* Days since 1970-01-01 of a proleptic Gregorian date (no validation). */
int64_t time_days_from_civil(int64_t y, int m, int d);
/* The inverse of `time_days_from_civil`. */
void time_civil_from_days(int64_t days, int64_t *y, int *m, int *d);
/* Whether y-m-d is a real calendar date (1 <= m <= 12, day within month). */
bool time_valid_date(int64_t y, int m, int d);
int time_days_in_month(int64_t y, int m);

/* How much of a parsed ISO 8601 value was given. */
enum time_precision { TIME_PREC_YEAR = 1, TIME_PREC_MONTH, TIME_PREC_DAY, TIME_PREC_SECOND };

/*
 * Parses an ISO 8601 date ("2022-01-07"), year-month ("2022-01"), year
 * ("2022") or date-time with an offset ("2022-01-07T10:30:00Z",
 * "2022-01-07T10:30:00.5+01:00", "2022-01-07 10:30:00+0100"). A date-time
 * without an offset is read as UTC. On success `*unix_out` is the instant
 * (midnight UTC for a date) and `*prec_out` (may be NULL) its precision.
 * Errors: TD_ERR_PARSE (malformed), TD_ERR_INVALID (impossible date or time,
 * such as 2022-02-30 or 25:00).
 */
TD_NODISCARD enum td_err time_parse_iso8601(const char *s, size_t len, int64_t *unix_out,
                                            enum time_precision *prec_out, struct td_error *err);

/* Room for the ISO 8601 form `time_parse_date` writes ("2022-01-07T10:30:00+01:00"). */
#define TIME_ISO_MAX 32

/*
 * Parses a publication date in any form news feeds and archives use:
 * ISO 8601 as `time_parse_iso8601` takes it; ISO 8601's basic form
 * ("20220107", "20220107T103000Z", "20220107T1030+0100"); or an RFC 5322
 * date, RSS's pubDate ("Fri, 07 Jan 2022 10:30:00 +0100", weekday and
 * seconds optional, zones +hhmm, UT, UTC, GMT, Z, EST/EDT, CST/CDT, MST/MDT,
 * PST/PDT; "7 January 2022" alone is a day). English month names only.
 * `*unix_out` and `*prec_out` as `time_parse_iso8601`. `iso` (`iso_size`
 * bytes, TIME_ISO_MAX is enough) is "" when `s` was already ISO 8601's
 * extended form, else that form of the value, in the offset `s` gave, so
 * "Fri, 07 Jan 2022 23:30:00 -0500" is "2022-01-07T23:30:00-05:00".
 * Errors: TD_ERR_PARSE, TD_ERR_INVALID (an impossible date or time).
 */
TD_NODISCARD enum td_err time_parse_date(const char *s, size_t len, int64_t *unix_out,
                                         enum time_precision *prec_out, char *iso,
                                         size_t iso_size, struct td_error *err);

/* The day (days since 1970-01-01, UTC) that contains `unix_sec`; floors before 1970 too. */
int64_t time_day_of(int64_t unix_sec);

/* Writes "YYYY-MM-DD" of `unix_sec` (UTC) into `out` (at least 16 bytes). */
void time_format_date(int64_t unix_sec, char *out, size_t out_size);

/* Seconds on the monotonic clock: for durations, never for dates. */
double time_monotonic(void);

#endif
