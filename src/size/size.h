/*
 * src/size/size.h
 *
 * Size classes of parameter counts: the report's coarse buckets and the
 * fine scale (table T6).
 */
#ifndef HF_SIZE_H
#define HF_SIZE_H

#include "postgres.h"

#define HF_SIZE_NBUCKETS	4
#define HF_SIZE_NSCALES		9

/*
 * Index (0-based, in enum order) of the coarse bucket / fine scale that
 * holds a parameter count.  The caller rejects negative and NaN counts.
 */
extern int	hf_size_bucket_index(double params);
extern int	hf_size_scale_index(double params);

#endif							/* HF_SIZE_H */
