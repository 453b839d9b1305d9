/*
 * pq_civil.h
 *		Days since 1970-01-01 as a proleptic Gregorian date (Howard Hinnant's
 *		algorithm, valid for any day count).  Header-only, so that the Parquet
 *		reader and the sample generator (tools/hubgen) share one copy.
 */
#ifndef PQ_CIVIL_H
#define PQ_CIVIL_H

#include <stdint.h>

/* year, month (1-12) and day (1-31) of day z */
static inline void
pq_civil_from_days(int64_t z, int64_t *y, int *m, int *d)
{
	int64_t		era,
				doe,
				yoe,
				doy,
				mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int) (doy - (153 * mp + 2) / 5 + 1);
	*m = (int) (mp < 10 ? mp + 3 : mp - 9);
	*y = yoe + era * 400 + (*m <= 2);
}

#endif							/* PQ_CIVIL_H */
