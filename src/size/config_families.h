/*
 * src/size/config_families.h
 *
 * The per-family parameter formulas of config_params() (config_families.c),
 * found by model_type or by architectures[0].
 */
#ifndef HF_CONFIG_FAMILIES_H
#define HF_CONFIG_FAMILIES_H

#include "postgres.h"

#include "size/config_read.h"

extern HfCfgFormula hf_cfg_lookup_model_type(const char *name, int len,
											 const char **canon,
											 bool *tie_default,
											 bool *nested);
extern HfCfgFormula hf_cfg_lookup_architecture(const char *name, int len,
											   const char **canon,
											   bool *tie_default,
											   bool *nested);

#endif							/* HF_CONFIG_FAMILIES_H */
