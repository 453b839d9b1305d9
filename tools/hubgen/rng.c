/*
 * rng.c
 *		Deterministic pseudo-random numbers: splitmix64 for seeding and
 *		xoshiro256** for streams.  Every repo gets its own stream derived from
 *		(seed, stream, index), so output does not depend on generation order.
 *
 * tools/hubgen/rng.c
 */
#include <math.h>

#include "hubgen.h"

/*
 * splitmix64: advance *state and return the next 64-bit value.
 */
uint64_t
splitmix64(uint64_t *state)
{
	uint64_t	z = (*state += UINT64_C(0x9E3779B97F4A7C15));

	z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
	return z ^ (z >> 31);
}

/*
 * rng_seed: initialise r for the stream (seed, stream, index); any values are
 * accepted, the state is never all zero.
 */
void
rng_seed(Rng *r, uint64_t seed, uint64_t stream, uint64_t index)
{
	uint64_t	st = seed ^ (stream * UINT64_C(0xD1B54A32D192ED03)) ^
		(index * UINT64_C(0x8CB92BA72F3D8DD7));
	int			i;

	for (i = 0; i < 4; i++)
		r->s[i] = splitmix64(&st);
	if ((r->s[0] | r->s[1] | r->s[2] | r->s[3]) == 0)
		r->s[0] = 1;
}

/* rotl: rotate x left by k bits (0 < k < 64). */
static inline uint64_t
rotl(uint64_t x, int k)
{
	return (x << k) | (x >> (64 - k));
}

/*
 * rng_next: xoshiro256** step, returns 64 random bits.
 */
uint64_t
rng_next(Rng *r)
{
	uint64_t	result = rotl(r->s[1] * 5, 7) * 9;
	uint64_t	t = r->s[1] << 17;

	r->s[2] ^= r->s[0];
	r->s[3] ^= r->s[1];
	r->s[1] ^= r->s[2];
	r->s[0] ^= r->s[3];
	r->s[2] ^= t;
	r->s[3] = rotl(r->s[3], 45);
	return result;
}

/*
 * rng_unit: uniform double in [0, 1) with 53 random bits.
 */
double
rng_unit(Rng *r)
{
	return (double) (rng_next(r) >> 11) * (1.0 / 9007199254740992.0);
}

/*
 * rng_below: uniform integer in [0, n); returns 0 when n is 0.
 */
uint32_t
rng_below(Rng *r, uint32_t n)
{
	if (n == 0)
		return 0;
	return (uint32_t) (((rng_next(r) >> 32) * (uint64_t) n) >> 32);
}

/*
 * rng_normal: standard normal deviate (Box-Muller, one value per call).
 */
double
rng_normal(Rng *r)
{
	double		u1 = rng_unit(r);
	double		u2 = rng_unit(r);

	if (u1 < 1e-300)
		u1 = 1e-300;
	return sqrt(-2.0 * log(u1)) * cos(6.283185307179586 * u2);
}

/*
 * rng_chance: 1 with probability p (p <= 0 never, p >= 1 always).
 */
int
rng_chance(Rng *r, double p)
{
	return rng_unit(r) < p;
}

/*
 * rng_weighted: index in [0, n) drawn with the given non-negative weights;
 * all-zero weights give index 0.
 */
int
rng_weighted(Rng *r, const double *w, int n)
{
	double		total = 0.0;
	double		x;
	int			i;

	for (i = 0; i < n; i++)
		total += w[i];
	if (total <= 0.0)
		return 0;
	x = rng_unit(r) * total;
	for (i = 0; i < n; i++)
	{
		if (x < w[i])
			return i;
		x -= w[i];
	}
	return n - 1;
}
