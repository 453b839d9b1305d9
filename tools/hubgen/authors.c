/*
 * authors.c
 *		The namespaces of the synthetic Hub: real big organisations with their
 *		real country and developer type, invented organisations spread over
 *		countries and types, invented quantizer accounts, and a growing long
 *		tail of invented users (some registered as independent, the rest left
 *		out of authors.csv so the report sees them as unknown).
 *
 * tools/hubgen/authors.c
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubgen.h"

typedef struct RealOrg
{
	const char *name;
	const char *country;
	int			type;
	int			first_year;
	double		weight;
	const char *parent;
} RealOrg;

/* Real Hub organisations used for the main families (public facts). */
static const RealOrg real_orgs[] = {
	{"Qwen", "CN", DT_INDUSTRY, 2023, 6, "Alibaba"},
	{"deepseek-ai", "CN", DT_INDUSTRY, 2023, 2, ""},
	{"meta-llama", "US", DT_INDUSTRY, 2023, 2, "Meta"},
	{"facebook", "US", DT_INDUSTRY, 2021, 4, "Meta"},
	{"google", "US", DT_INDUSTRY, 2021, 6, "Google"},
	{"mistralai", "FR", DT_INDUSTRY, 2023, 2, ""},
	{"microsoft", "US", DT_INDUSTRY, 2021, 5, ""},
	{"openai", "US", DT_INDUSTRY, 2021, 1, ""},
	{"nvidia", "US", DT_INDUSTRY, 2021, 4, ""},
	{"ibm-granite", "US", DT_INDUSTRY, 2024, 2, "IBM"},
	{"allenai", "US", DT_NONPROFIT, 2021, 3, ""},
	{"tiiuae", "AE", DT_GOVERNMENT, 2023, 1, ""},
	{"BAAI", "CN", DT_NONPROFIT, 2022, 2, ""},
	{"zai-org", "CN", DT_INDUSTRY, 2024, 1.5, "Zhipu AI"},
	{"baidu", "CN", DT_INDUSTRY, 2025, 3, "Baidu"},
	{"tencent", "CN", DT_INDUSTRY, 2024, 2.5, "Tencent"},
	{"ByteDance-Seed", "CN", DT_INDUSTRY, 2025, 2.5, "ByteDance"},
	{"MiniMaxAI", "CN", DT_INDUSTRY, 2025, 0.8, ""},
	{"moonshotai", "CN", DT_INDUSTRY, 2025, 0.8, ""},
	{"stepfun-ai", "CN", DT_INDUSTRY, 2024, 0.8, ""},
	{"LGAI-EXAONE", "KR", DT_INDUSTRY, 2024, 1, "LG"},
	{"upstage", "KR", DT_INDUSTRY, 2023, 1, ""},
	{"naver-hyperclovax", "KR", DT_INDUSTRY, 2025, 0.6, "Naver"},
	{"swiss-ai", "CH", DT_ACADEMIA, 2025, 0.5, ""},
	{"stabilityai", "GB", DT_INDUSTRY, 2022, 2, ""},
	{"black-forest-labs", "DE", DT_INDUSTRY, 2024, 0.6, ""},
	{"lerobot", "US", DT_INDUSTRY, 2024, 1, "Hugging Face"},
	{"HuggingFaceTB", "US", DT_INDUSTRY, 2024, 1, "Hugging Face"},
	{"CohereLabs", "CA", DT_INDUSTRY, 2024, 0.8, "Cohere"},
	{"sarvamai", "IN", DT_INDUSTRY, 2024, 0.5, ""},
	{"Salesforce", "US", DT_INDUSTRY, 2021, 2, ""},
	{"apple", "US", DT_INDUSTRY, 2023, 1.5, ""},
	{"unsloth", "US", DT_INDUSTRY, 2024, 3, ""},
	{"internlm", "CN", DT_NONPROFIT, 2023, 1, "Shanghai AI Laboratory"},
	{"sentence-transformers", "", DT_COMMUNITY, 2021, 2, ""}
};

#define N_REAL ((int) (sizeof(real_orgs) / sizeof(real_orgs[0])))

static const char *const countries[] = {
	"US", "CN", "FR", "DE", "GB", "KR", "JP", "CA", "IN", "CH", "AE", "SG",
	"NL", "ES", "IT", "BR", "IL", "SE", "TW", "PL"
};
static const double country_w[] = {
	30, 20, 5, 6, 6, 5, 5, 4, 5, 2, 1, 2, 2, 2, 2, 2, 1, 1, 2, 1
};
static const double type_w[] = {40, 30, 8, 4, 18, 0};

static const char *const dt_names[DT_COUNT] = {
	"industry", "academia", "nonprofit", "government", "community", "independent"
};

static Author *authors = NULL;
static int	n_authors = 0;
static int	cap_authors = 0;
static IdSet *author_set = NULL;

/* synthetic organisations split by CN / other, with cumulative weights */
static int *org_idx[2];
static double *org_cum[2];
static int	n_org[2];
static int	quant_first,
			quant_count;
static int *user_idx = NULL;
static int	n_users = 0,
			cap_users = 0;
static Rng	user_rng;

/*
 * devtype_name: the csv spelling of a developer type (NULL never returned).
 */
const char *
devtype_name(int t)
{
	return (t >= 0 && t < DT_COUNT) ? dt_names[t] : "unknown";
}

/* add_author: append a namespace; returns its index or -1 if the name is taken. */
static int
add_author(const char *name, const char *country, int type, int klass,
		   int registered, const char *parent, int first_year, double weight)
{
	Author	   *a;
	char	   *copy = arena_strdup(name);

	if (!idset_insert(author_set, copy, n_authors))
		return -1;
	if (n_authors == cap_authors)
	{
		cap_authors = cap_authors ? cap_authors * 2 : 1024;
		authors = xrealloc(authors, sizeof(Author) * (size_t) cap_authors);
	}
	a = &authors[n_authors];
	a->name = copy;
	snprintf(a->country, sizeof(a->country), "%s", country ? country : "");
	a->type = (uint8_t) type;
	a->klass = (uint8_t) klass;
	a->registered = (uint8_t) registered;
	a->parent_org = parent ? parent : "";
	a->first_year = first_year;
	a->weight = weight;
	return n_authors++;
}

/*
 * authors_init: create the real organisations, about n_models/250 invented
 * organisations (at least 40) and a dozen quantizer accounts.  Users are
 * created later, on demand, by author_new_user (at most one per repo, so
 * n_repos sizes the name set).
 */
void
authors_init(Rng *r, int n_models, int n_repos)
{
	int			n_synth = n_models / 250 < 40 ? 40 : n_models / 250;
	int			i,
				k;
	char		name[64];

	author_set = idset_create((size_t) n_repos / 2 + (size_t) n_synth + 1000);
	for (i = 0; i < N_REAL; i++)
		add_author(real_orgs[i].name, real_orgs[i].country, real_orgs[i].type,
				   AC_BIGORG, 1, real_orgs[i].parent, real_orgs[i].first_year,
				   real_orgs[i].weight);
	for (k = 0; k < 2; k++)
	{
		org_idx[k] = xmalloc(sizeof(int) * (size_t) n_synth);
		org_cum[k] = xmalloc(sizeof(double) * (size_t) n_synth);
		n_org[k] = 0;
	}
	for (i = 0; i < n_synth; i++)
	{
		int			c = rng_weighted(r, country_w, 20);
		int			t = rng_weighted(r, type_w, 6);
		const char *cc = countries[c];
		double		w = pow((double) (i + 1), -0.8);
		int			idx;
		int			side;

		if (t == DT_COMMUNITY && rng_chance(r, 0.3))
			cc = "";
		do
		{
			name_org(r, name, sizeof(name));
			idx = add_author(name, cc, t, AC_ORG, 1, "", 2021, w);
		} while (idx < 0);
		side = strcmp(cc, "CN") == 0 ? 0 : 1;
		org_idx[side][n_org[side]] = idx;
		org_cum[side][n_org[side]] = (n_org[side] ? org_cum[side][n_org[side] - 1] : 0) + w;
		n_org[side]++;
	}
	quant_first = n_authors;
	quant_count = 12;
	for (i = 0; i < quant_count; i++)
	{
		int			idx;

		do
		{
			name_user(r, name, sizeof(name));
			strncat(name, "-quants", sizeof(name) - strlen(name) - 1);
			idx = add_author(name, "", DT_INDEPENDENT, AC_QUANTIZER, 1, "", 2023,
							 pow((double) (i + 1), -1.0));
		} while (idx < 0);
	}
	rng_seed(&user_rng, r->s[0], 77, 0);
}

/* author_count: number of namespaces created so far. */
int
author_count(void)
{
	return n_authors;
}

/* author_get: namespace i (no bounds check beyond an assertion-like die). */
Author *
author_get(int i)
{
	if (i < 0 || i >= n_authors)
		die("author index %d out of range", i);
	return &authors[i];
}

/* author_find: index of the namespace named exactly name, or -1. */
int
author_find(const char *name)
{
	return idset_lookup(author_set, name, strlen(name));
}

/*
 * author_pick_bigorg: a real organisation active in `year`, weighted by how
 * prolific it is; falls back to google when none is active.
 */
int
author_pick_bigorg(Rng *r, int year)
{
	double		w[N_REAL];
	int			i;

	for (i = 0; i < N_REAL; i++)
		w[i] = (real_orgs[i].first_year <= year) ? real_orgs[i].weight : 0.0;
	return rng_weighted(r, w, N_REAL);
}

/* pick_cum: index in [0, n) drawn from a cumulative weight array. */
static int
pick_cum(Rng *r, const double *cum, int n)
{
	double		x = rng_unit(r) * cum[n - 1];
	int			lo = 0,
				hi = n - 1;

	while (lo < hi)
	{
		int			mid = (lo + hi) / 2;

		if (cum[mid] > x)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

/*
 * author_pick_org: an invented organisation; Chinese ones become more likely
 * each year (8% of picks in 2021, 40% in 2026).
 */
int
author_pick_org(Rng *r, int year)
{
	static const double p_cn[] = {0.08, 0.10, 0.15, 0.25, 0.40, 0.45};
	int			yi = year < 2021 ? 0 : (year > 2026 ? 5 : year - 2021);
	int			side = rng_chance(r, p_cn[yi]) ? 0 : 1;

	if (n_org[side] == 0)
		side = 1 - side;
	return org_idx[side][pick_cum(r, org_cum[side], n_org[side])];
}

/* author_pick_quantizer: a quantizer account, the first ones most prolific. */
int
author_pick_quantizer(Rng *r)
{
	double		w[32];
	int			i;

	for (i = 0; i < quant_count; i++)
		w[i] = authors[quant_first + i].weight;
	return quant_first + rng_weighted(r, w, quant_count);
}

/*
 * author_new_user: create a new invented user; 45% are registered as
 * independent with no country, the rest are unknown to the registry.
 */
int
author_new_user(Rng *r)
{
	char		name[64];
	int			idx;
	int			reg = rng_chance(r, 0.45);

	do
	{
		name_user(r, name, sizeof(name));
		idx = add_author(name, "", DT_INDEPENDENT, AC_USER, reg, "", 2021, 1.0);
		if (idx < 0)
		{
			/* crowded name space: lengthen with a second number */
			char		longer[80];

			snprintf(longer, sizeof(longer), "%s%u", name, rng_below(&user_rng, 1000));
			idx = add_author(longer, "", DT_INDEPENDENT, AC_USER, reg, "", 2021, 1.0);
		}
	} while (idx < 0);
	if (n_users == cap_users)
	{
		cap_users = cap_users ? cap_users * 2 : 4096;
		user_idx = xrealloc(user_idx, sizeof(int) * (size_t) cap_users);
	}
	user_idx[n_users++] = idx;
	return idx;
}

/*
 * author_pick_existing_user: a user created earlier, biased toward the first
 * ones (active users keep publishing); creates one when there is none.
 */
int
author_pick_existing_user(Rng *r)
{
	double		u;

	if (n_users == 0)
		return author_new_user(r);
	u = rng_unit(r);
	return user_idx[(int) (u * u * n_users)];
}

/* csv_field: write s as a csv field, quoting when needed. */
static void
csv_field(FILE *f, const char *s)
{
	if (strpbrk(s, ",\"\n"))
	{
		fputc('"', f);
		for (; *s; s++)
		{
			if (*s == '"')
				fputc('"', f);
			fputc(*s, f);
		}
		fputc('"', f);
	}
	else
		fputs(s, f);
}

/*
 * write_authors_csv: write the registry (registered namespaces only) in
 * creation order; returns the number of rows.
 */
int
write_authors_csv(const char *path)
{
	FILE	   *f = fopen(path, "w");
	int			i,
				rows = 0;

	if (!f)
		die("cannot write %s", path);
	fputs("namespace,country,developer_type,parent_org\n", f);
	for (i = 0; i < n_authors; i++)
	{
		if (!authors[i].registered)
			continue;
		csv_field(f, authors[i].name);
		fputc(',', f);
		fputs(authors[i].country, f);
		fputc(',', f);
		fputs(dt_names[authors[i].type], f);
		fputc(',', f);
		csv_field(f, authors[i].parent_org);
		fputc('\n', f);
		rows++;
	}
	if (fclose(f) != 0)
		die("error writing %s", path);
	return rows;
}

/*
 * authors_free: release every namespace table (names live in the arena).
 */
void
authors_free(void)
{
	int			k;

	free(authors);
	authors = NULL;
	n_authors = cap_authors = 0;
	for (k = 0; k < 2; k++)
	{
		free(org_idx[k]);
		free(org_cum[k]);
	}
	free(user_idx);
	user_idx = NULL;
	n_users = cap_users = 0;
	idset_free(author_set);
	author_set = NULL;
}
