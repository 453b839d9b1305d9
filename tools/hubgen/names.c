/*
 * names.c
 *		Invented names: users are adjective+noun+digits (never a real Hub
 *		account by construction of the digits), organisations are two invented
 *		syllable words plus a suffix, and short words decorate repo names.
 *
 * tools/hubgen/names.c
 */
#include <stdio.h>
#include <string.h>

#include "hubgen.h"

static const char *const adjectives[] = {
	"amber", "brisk", "calm", "dapper", "eager", "fuzzy", "gentle", "hollow",
	"icy", "jolly", "keen", "lucid", "mellow", "nimble", "odd", "plucky",
	"quiet", "rustic", "sunny", "tidy", "umber", "vivid", "wily", "zesty",
	"bold", "cosmic", "dusty", "feral", "gilded", "hazy", "jade", "lunar"
};

static const char *const nouns[] = {
	"otter", "falcon", "maple", "pebble", "comet", "badger", "lantern", "fjord",
	"heron", "quokka", "walrus", "thistle", "marmot", "cactus", "ember", "glacier",
	"koala", "lynx", "magpie", "newt", "orchid", "panda", "raven", "sparrow",
	"tapir", "urchin", "vole", "wombat", "yak", "zebra", "bison", "cobra"
};

static const char *const syllables[] = {
	"vel", "mor", "tri", "xen", "kor", "van", "thi", "zul", "dra", "ven",
	"qua", "lix", "oro", "pek", "sar", "nol", "fen", "bru", "cai", "dov",
	"ely", "gan", "hux", "ito", "jor", "kel", "lum", "myr", "nex", "pax"
};

static const char *const org_suffixes[] = {
	"labs", "ai", "research", "nlp-group", "institute", "collective",
	"foundation", "tech", "ml", "dynamics"
};

static const char *const words[] = {
	"chat", "instruct", "reasoner", "coder", "math", "tiny", "lite", "pro",
	"uncensored", "roleplay", "medical", "legal", "finance", "sft", "dpo",
	"orpo", "grpo", "distill", "rp", "story", "agent", "tool", "vision", "ko",
	"ja", "fr", "de", "zh", "ar", "hi", "es", "science"
};

#define NELEM(a) ((int) (sizeof(a) / sizeof((a)[0])))

/*
 * name_user: write an invented user name "adjectivenounNN" into buf.
 */
void
name_user(Rng *r, char *buf, size_t size)
{
	snprintf(buf, size, "%s%s%u", adjectives[rng_below(r, NELEM(adjectives))],
			 nouns[rng_below(r, NELEM(nouns))], 10 + rng_below(r, 9990));
}

/* invented_word: two or three syllables glued together. */
static void
invented_word(Rng *r, char *buf, size_t size)
{
	int			n = 2 + (int) rng_below(r, 2);
	int			i;

	buf[0] = '\0';
	for (i = 0; i < n; i++)
		strncat(buf, syllables[rng_below(r, NELEM(syllables))],
				size - strlen(buf) - 1);
}

/*
 * name_org: write an invented organisation name "Word-Word-suffix" into buf.
 */
void
name_org(Rng *r, char *buf, size_t size)
{
	char		a[16],
				b[16];

	invented_word(r, a, sizeof(a));
	invented_word(r, b, sizeof(b));
	a[0] = (char) (a[0] - 'a' + 'A');
	snprintf(buf, size, "%s%s-%s", a, b, org_suffixes[rng_below(r, NELEM(org_suffixes))]);
}

/*
 * name_word: write an invented capitalised word (for model names) into buf.
 */
void
name_word(Rng *r, char *buf, size_t size)
{
	invented_word(r, buf, size);
	buf[0] = (char) (buf[0] - 'a' + 'A');
}

/*
 * pick_word: a common repo-name word (static string).
 */
const char *
pick_word(Rng *r)
{
	return words[rng_below(r, NELEM(words))];
}
