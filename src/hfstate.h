/*
 * src/hfstate.h
 *
 * Declarations shared between the C files of the hfstate extension.
 */
#ifndef HFSTATE_H
#define HFSTATE_H

#include "postgres.h"

#define HFSTATE_VERSION "0.7"

#endif							/* HFSTATE_H */
