/*
 * dates.c
 *		UTC calendar arithmetic and ISO 8601 formatting, and the sampling of
 *		creation times that grow exponentially from 2021-01-01 to the latest
 *		snapshot.
 *
 * tools/hubgen/dates.c
 */
#include <math.h>
#include <stdio.h>

#include "hubgen.h"
#include "../../src/parquet/pq_civil.h"

/* civil_from_days: year, month and day of a day count (pq_civil.h) */
static void
civil_from_days(int64_t z, int *y, int *m, int *d)
{
	int64_t		year;

	pq_civil_from_days(z, &year, m, d);
	*y = (int) year;
}

/* floor_div: floor of a / b for b > 0. */
static int64_t
floor_div(int64_t a, int64_t b)
{
	return a >= 0 ? a / b : -((-a + b - 1) / b);
}

/*
 * year_of: UTC year of the epoch-seconds time t.
 */
int
year_of(int64_t t)
{
	int			y,
				m,
				d;

	civil_from_days(floor_div(t, HG_DAY), &y, &m, &d);
	return y;
}

/*
 * format_time: write t as "YYYY-MM-DDTHH:MM:SS.000Z" into buf (>= 25 bytes).
 */
void
format_time(char *buf, int64_t t)
{
	int			y,
				m,
				d;
	int64_t		days = floor_div(t, HG_DAY);
	int64_t		sec = t - days * HG_DAY;

	civil_from_days(days, &y, &m, &d);
	snprintf(buf, 32, "%04d-%02d-%02dT%02d:%02d:%02d.000Z", y, m, d,
			 (int) (sec / 3600), (int) (sec / 60 % 60), (int) (sec % 60));
}

/*
 * format_date: write the UTC date of t as "YYYY-MM-DD" into buf (>= 11 bytes).
 */
void
format_date(char *buf, int64_t t)
{
	int			y,
				m,
				d;

	civil_from_days(floor_div(t, HG_DAY), &y, &m, &d);
	snprintf(buf, 16, "%04d-%02d-%02d", y, m, d);
}

/*
 * year_key: the truths key for a creation time: "unknown" for the sentinel,
 * else the year.  Returns the year (0 for unknown).
 */
int
year_key(int64_t t, int sentinel, char *buf)
{
	int			y;

	if (sentinel)
	{
		snprintf(buf, 16, "unknown");
		return 0;
	}
	y = year_of(t);
	snprintf(buf, 16, "%d", y);
	return y;
}

/*
 * sample_growth_time: a creation time in [2021-01-01, latest snapshot) drawn
 * from a density growing by yearly_factor per year (inverse CDF of an
 * exponential density), rounded to whole seconds.
 */
int64_t
sample_growth_time(Rng *r, double yearly_factor)
{
	double		span = (double) (HG_LATEST_TIME - HG_START_TIME);
	double		years = span / (365.2425 * 86400.0);
	double		k = log(yearly_factor);
	double		u = rng_unit(r);
	double		x;
	int64_t		t;

	x = log1p(u * expm1(k * years)) / k;	/* in years */
	t = HG_START_TIME + (int64_t) (x * 365.2425 * 86400.0);
	if (t >= HG_LATEST_TIME)
		t = HG_LATEST_TIME - 1;
	if (t == HG_SENTINEL_TIME)
		t++;
	return t;
}
