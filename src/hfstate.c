/*
 * src/hfstate.c
 *
 * Module entry: the one PG_MODULE_MAGIC and the build version function.
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"

#include "hfstate.h"

PG_MODULE_MAGIC;

/*
 * hfstate_build_version: the version of the loaded shared library, so users
 * can compare it with the SQL-level extversion after an upgrade.
 */
PG_FUNCTION_INFO_V1(hfstate_build_version);
Datum
hfstate_build_version(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(HFSTATE_VERSION));
}
