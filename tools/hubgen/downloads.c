/*
 * downloads.c
 *		Download counters as functions of time: each repo has a release wave
 *		(weekly downloads shaped a*t*exp(-t/tau), peaking tau weeks after
 *		creation, integral `amp`) plus a steady weekly tail.  downloadsAllTime
 *		at any instant is the closed-form integral, so every snapshot is
 *		consistent without storing history; planted counter drops lower one
 *		snapshot's value by 10%.
 *
 * tools/hubgen/downloads.c
 */
#include <math.h>

#include "hubgen.h"

/*
 * downloads_alltime: cumulative downloads at time `at` of a repo created at
 * `created`; 0 before creation.
 */
int64_t
downloads_alltime(float amp, float tau, float tail, int64_t created, int64_t at)
{
	double		a,
				x,
				v;

	if (at <= created)
		return 0;
	a = (double) (at - created) / (double) HG_WEEK;
	x = a / (double) tau;
	v = (double) amp * (1.0 - (1.0 + x) * exp(-x)) + (double) tail * a;
	return (int64_t) floor(v);
}

/*
 * model_alltime: downloadsAllTime of model m in snapshot `snap` (index from
 * the oldest) taken at `at`, with the planted drop applied.
 */
int64_t
model_alltime(const Model *m, int snap, int64_t at)
{
	int64_t		v = downloads_alltime(m->dl_amp, m->dl_tau, m->dl_tail, m->created, at);

	if (m->drop_snap >= 0 && snap == m->drop_snap)
		v = v - v / 10;
	return v;
}

/*
 * model_recent: downloads over the 30 days before `at` (never negative).
 */
int64_t
model_recent(const Model *m, int64_t at)
{
	int64_t		now = downloads_alltime(m->dl_amp, m->dl_tau, m->dl_tail, m->created, at);
	int64_t		before = downloads_alltime(m->dl_amp, m->dl_tau, m->dl_tail, m->created,
										   at - 30 * HG_DAY);

	return now > before ? now - before : 0;
}
