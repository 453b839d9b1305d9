/*
 * src/size/name_lines.c
 *
 * Published parameter counts of well-known open model lines, by the size
 * their names state.  A name rounds: Gemma "2B" has 2.51e9 parameters,
 * Llama 3.2 "1B" 1.24e9, Mixtral "8x7B" 46.7e9 (its experts share attention
 * and embeddings).  When the words right before the size name a line below
 * ("gemma", "Llama-3.2", "Qwen2.5", "DeepSeek-R1-Distill-Qwen") and the
 * size is one the line was released in, the line's own counts are taken.
 *
 * Line keys are compared atom by atom, an atom being a run of letters or a
 * run of digits with '.' between digits; everything else separates, and so
 * does the change from letters to digits.  "Llama-3.2", "llama3.2" and
 * "Llama_3.2" are all the atoms llama, 3.2; "recurrentgemma" is one atom
 * and no Gemma.  The key must be the last atoms before the size, so
 * "Qwen2-VL-7B" is no Qwen2 7B (it is Qwen2-VL 7B); the longest key wins
 * ("DeepSeek-R1-Distill-Qwen-7B" is the distilled model, not Qwen-7B).
 *
 * Every count is a published fact: the safetensors total of the official
 * release on the Hub (the figure its page shows), or, where that total is
 * not given or counts something else (stored causal masks, a tied
 * embedding stored twice), the model card's figure or the count of the
 * official config.json.  The source kind is said above each line.  Only
 * lines whose names carry a size word are here (Phi names say "mini", not
 * 3.8B); a line is in only with the sizes whose counts were found.
 */
#include "postgres.h"

#include "size/name_lines.h"

#define N(x)		INT64CONST(x)
#define M(x)		(INT64CONST(x) * INT64CONST(1000000))
#define B(x)		(INT64CONST(x) * INT64CONST(1000000000))
#define NONE		INT64CONST(-1)

/* Most atoms of a key, and of a name's words compared with keys. */
#define HF_LINE_MAX_ATOMS	8

/*
 * One row per published size of a line: the words that name the line
 * (alternatives separated by '|'), the counts a name states, the published
 * counts and the release they are of.
 */
static const HfNameLineSize name_lines[] = {
	/* Gemma: safetensors totals (the Keras Hub presets give the same) */
	{"gemma|gemma 1|gemma 1.1", B(2), NONE, N(2506172416), NONE, "google/gemma-2b"},
	{"gemma|gemma 1|gemma 1.1", B(7), NONE, N(8537680896), NONE, "google/gemma-7b"},
	{"codegemma|codegemma 1.1", B(2), NONE, N(2506172416), NONE, "google/codegemma-2b"},
	{"codegemma|codegemma 1.1", B(7), NONE, N(8537680896), NONE, "google/codegemma-7b"},
	{"gemma 2", B(2), NONE, N(2614341888), NONE, "google/gemma-2-2b"},
	{"gemma 2", B(9), NONE, N(9241705984), NONE, "google/gemma-2-9b"},
	{"gemma 2", B(27), NONE, N(27227128320), NONE, "google/gemma-2-27b"},
	/* Gemma 3: safetensors totals, with the vision tower from 4B up */
	{"gemma 3", M(270), NONE, N(268098176), NONE, "google/gemma-3-270m"},
	{"gemma 3", B(1), NONE, N(999885952), NONE, "google/gemma-3-1b-it"},
	{"gemma 3", B(4), NONE, N(4300079472), NONE, "google/gemma-3-4b-it"},
	{"gemma 3", B(12), NONE, N(12187325040), NONE, "google/gemma-3-12b-it"},
	{"gemma 3", B(27), NONE, N(27432406640), NONE, "google/gemma-3-27b-it"},

	/* Llama 2, 3, 3.1, 3.2, 3.3: safetensors totals */
	{"llama 2", B(7), NONE, N(6738415616), NONE, "meta-llama/Llama-2-7b-hf"},
	{"llama 2", B(13), NONE, N(13015864320), NONE, "meta-llama/Llama-2-13b-hf"},
	{"llama 2", B(70), NONE, N(68976648192), NONE, "meta-llama/Llama-2-70b-hf"},
	{"codellama", B(7), NONE, N(6738546688), NONE, "meta-llama/CodeLlama-7b-hf"},
	{"llama 3", B(8), NONE, N(8030261248), NONE, "meta-llama/Meta-Llama-3-8B"},
	{"llama 3", B(70), NONE, N(70553706496), NONE, "meta-llama/Meta-Llama-3-70B"},
	{"llama 3.1", B(8), NONE, N(8030261248), NONE, "meta-llama/Llama-3.1-8B"},
	{"llama 3.1", B(70), NONE, N(70553706496), NONE, "meta-llama/Llama-3.1-70B"},
	{"llama 3.2", B(1), NONE, N(1235814400), NONE, "meta-llama/Llama-3.2-1B"},
	{"llama 3.2", B(3), NONE, N(3212749824), NONE, "meta-llama/Llama-3.2-3B"},
	{"llama 3.2", B(11), NONE, N(10670220835), NONE, "meta-llama/Llama-3.2-11B-Vision-Instruct"},
	{"llama 3.3", B(70), NONE, N(70553706496), NONE, "meta-llama/Llama-3.3-70B-Instruct"},
	/* Llama 4: model cards (the names state the active count) */
	{"llama 4 scout", NONE, B(17), B(109), B(17), "meta-llama/Llama-4-Scout-17B-16E"},
	{"llama 4 maverick", NONE, B(17), B(400), B(17), "meta-llama/Llama-4-Maverick-17B-128E"},

	/* DeepSeek: safetensors totals */
	{"deepseek r1 distill qwen", M(1500), NONE, N(1777088000), NONE, "deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B"},
	{"deepseek r1 distill qwen", B(7), NONE, N(7615616512), NONE, "deepseek-ai/DeepSeek-R1-Distill-Qwen-7B"},
	{"deepseek r1 distill qwen", B(14), NONE, N(14770033664), NONE, "deepseek-ai/DeepSeek-R1-Distill-Qwen-14B"},
	{"deepseek r1 distill qwen", B(32), NONE, N(32763876352), NONE, "deepseek-ai/DeepSeek-R1-Distill-Qwen-32B"},
	{"deepseek r1 distill llama", B(8), NONE, N(8030261248), NONE, "deepseek-ai/DeepSeek-R1-Distill-Llama-8B"},
	{"deepseek r1 distill llama", B(70), NONE, N(70553706496), NONE, "deepseek-ai/DeepSeek-R1-Distill-Llama-70B"},
	{"deepseek llm", B(7), NONE, N(6910365696), NONE, "deepseek-ai/deepseek-llm-7b-base"},
	{"deepseek coder", M(6700), NONE, N(6740512768), NONE, "deepseek-ai/deepseek-coder-6.7b-instruct"},

	/*
	 * Qwen (1), and Qwen1.5 1.8B and 7B of the same shapes: counts of the
	 * official config.json, untied head (the Hub pages show 1.84B and 7.72B);
	 * Qwen1.5-0.5B its safetensors total
	 */
	{"qwen|qwen 1", M(1800), NONE, N(1836828672), NONE, "Qwen/Qwen-1_8B"},
	{"qwen|qwen 1", B(7), NONE, N(7721324544), NONE, "Qwen/Qwen-7B"},
	{"qwen 1.5", M(500), NONE, N(619570176), NONE, "Qwen/Qwen1.5-0.5B"},
	{"qwen 1.5", M(1800), NONE, N(1836828672), NONE, "Qwen/Qwen1.5-1.8B"},
	{"qwen 1.5", B(7), NONE, N(7721324544), NONE, "Qwen/Qwen1.5-7B"},
	/* Qwen1.5-MoE: safetensors total; the card's 2.7B active */
	{"qwen 1.5 moe", NONE, M(2700), N(14315784192), M(2700), "Qwen/Qwen1.5-MoE-A2.7B"},
	/* Qwen2, Qwen2-VL, Qwen2.5: safetensors totals */
	{"qwen 2", M(500), NONE, N(494032768), NONE, "Qwen/Qwen2-0.5B"},
	{"qwen 2", M(1500), NONE, N(1543714304), NONE, "Qwen/Qwen2-1.5B"},
	{"qwen 2", B(7), NONE, N(7615616512), NONE, "Qwen/Qwen2-7B"},
	{"qwen 2", B(72), NONE, N(72706203648), NONE, "Qwen/Qwen2-72B"},
	{"qwen 2 vl", B(2), NONE, N(2208985600), NONE, "Qwen/Qwen2-VL-2B-Instruct"},
	{"qwen 2 vl", B(7), NONE, N(8291375616), NONE, "Qwen/Qwen2-VL-7B-Instruct"},
	{"qwen 2 vl", B(72), NONE, N(73405560320), NONE, "Qwen/Qwen2-VL-72B-Instruct"},
	{"qwen 2.5", M(500), NONE, N(494032768), NONE, "Qwen/Qwen2.5-0.5B"},
	{"qwen 2.5", M(1500), NONE, N(1543714304), NONE, "Qwen/Qwen2.5-1.5B"},
	{"qwen 2.5", B(3), NONE, N(3085938688), NONE, "Qwen/Qwen2.5-3B"},
	{"qwen 2.5", B(7), NONE, N(7615616512), NONE, "Qwen/Qwen2.5-7B"},
	{"qwen 2.5", B(14), NONE, N(14770033664), NONE, "Qwen/Qwen2.5-14B"},
	{"qwen 2.5", B(32), NONE, N(32763876352), NONE, "Qwen/Qwen2.5-32B"},
	{"qwen 2.5", B(72), NONE, N(72706203648), NONE, "Qwen/Qwen2.5-72B"},

	/*
	 * Qwen3: safetensors totals; 0.6B and 1.7B the counts of their
	 * config.json with the tied embedding once, as their cards (0.44B and
	 * 1.4B without it) and Base repos have them: their other repos store it
	 * twice.  The MoE active counts from the cards.
	 */
	{"qwen 3", M(600), NONE, N(596049920), NONE, "Qwen/Qwen3-0.6B"},
	{"qwen 3", M(1700), NONE, N(1720574976), NONE, "Qwen/Qwen3-1.7B"},
	{"qwen 3", B(4), NONE, N(4022468096), NONE, "Qwen/Qwen3-4B"},
	{"qwen 3", B(8), NONE, N(8190735360), NONE, "Qwen/Qwen3-8B"},
	{"qwen 3", B(14), NONE, N(14768307200), NONE, "Qwen/Qwen3-14B"},
	{"qwen 3", B(32), NONE, N(32762123264), NONE, "Qwen/Qwen3-32B"},
	{"qwen 3", B(30), B(3), N(30532122624), M(3300), "Qwen/Qwen3-30B-A3B"},
	{"qwen 3", B(235), B(22), B(235), B(22), "Qwen/Qwen3-235B-A22B"},

	/* Mistral, Mixtral: safetensors totals, the cards' active counts */
	{"mistral", B(7), NONE, N(7241732096), NONE, "mistralai/Mistral-7B-v0.1"},
	{"mistral small", B(24), NONE, N(23572403200), NONE, "mistralai/Mistral-Small-24B-Instruct-2501"},
	{"mixtral", B(56), NONE, N(46702792704), M(12900), "mistralai/Mixtral-8x7B-v0.1"},
	{"mixtral", B(176), NONE, N(140620634112), B(39), "mistralai/Mixtral-8x22B-v0.1"},

	/* Small open lines: safetensors totals */
	{"tinyllama", M(1100), NONE, N(1100048384), NONE, "TinyLlama/TinyLlama-1.1B-intermediate-step-1431k-3T"},
	{"smollm", M(135), NONE, N(134515008), NONE, "HuggingFaceTB/SmolLM-135M"},
	{"smollm", M(360), NONE, N(361821120), NONE, "HuggingFaceTB/SmolLM-360M"},
	{"smollm 2", M(135), NONE, N(134515008), NONE, "HuggingFaceTB/SmolLM2-135M"},
	{"smollm 2", M(360), NONE, N(361821120), NONE, "HuggingFaceTB/SmolLM2-360M"},
	{"smollm 2", M(1700), NONE, N(1711376384), NONE, "HuggingFaceTB/SmolLM2-1.7B"},
	{"smollm 3", B(3), NONE, N(3075098624), NONE, "HuggingFaceTB/SmolLM3-3B"},
	{"falcon", B(7), NONE, N(6921720704), NONE, "tiiuae/falcon-7b"},
	{"falcon 3", B(1), NONE, N(1669408768), NONE, "tiiuae/Falcon3-1B-Instruct"},
	{"falcon 3", B(3), NONE, N(3227655168), NONE, "tiiuae/Falcon3-3B-Instruct"},

	/*
	 * Pythia: the model card's table (the safetensors of the official repos
	 * also count the causal masks stored with the weights)
	 */
	{"pythia", M(70), NONE, N(70426624), NONE, "EleutherAI/pythia-70m"},
	{"pythia", M(160), NONE, N(162322944), NONE, "EleutherAI/pythia-160m"},
	{"pythia", M(410), NONE, N(405334016), NONE, "EleutherAI/pythia-410m"},
	{"pythia", B(1), NONE, N(1011781632), NONE, "EleutherAI/pythia-1b"},
	{"pythia", M(1400), NONE, N(1414647808), NONE, "EleutherAI/pythia-1.4b"},
	{"pythia", M(2800), NONE, N(2775208960), NONE, "EleutherAI/pythia-2.8b"},
	{"pythia", M(6900), NONE, N(6857302016), NONE, "EleutherAI/pythia-6.9b"},
	{"pythia", B(12), NONE, N(11846072320), NONE, "EleutherAI/pythia-12b"},

	/* OPT, BLOOM (BLOOMZ is BLOOM finetuned), Yi, OLMo: safetensors totals */
	{"opt", M(125), NONE, N(125239296), NONE, "facebook/opt-125m"},
	{"opt", M(350), NONE, N(331196416), NONE, "facebook/opt-350m"},
	{"opt", M(6700), NONE, N(6658473984), NONE, "facebook/opt-6.7b"},
	{"bloom|bloomz", M(560), NONE, N(559214592), NONE, "bigscience/bloom-560m"},
	{"bloom|bloomz", M(7100), NONE, N(7069016064), NONE, "bigscience/bloom-7b1"},
	{"yi", B(6), NONE, N(6061035520), NONE, "01-ai/Yi-6B"},
	{"yi", B(34), NONE, N(34388917248), NONE, "01-ai/Yi-34B"},
	{"olmo", B(7), NONE, N(6888095744), NONE, "allenai/OLMo-7B-hf"},
	/* OLMoE: safetensors total, the paper's 1.3B active */
	{"olmoe", B(7), B(1), N(6919161856), M(1300), "allenai/OLMoE-1B-7B-0924"},

	/*
	 * Granite 3.0 and 3.1: the model cards' table (2.5B, 8.1B, 1.3B/400M,
	 * 3.3B/800M)
	 */
	{"granite 3.0", B(2), NONE, M(2500), NONE, "ibm-granite/granite-3.0-2b-base"},
	{"granite 3.0", B(8), NONE, M(8100), NONE, "ibm-granite/granite-3.0-8b-base"},
	{"granite 3.0", B(1), M(400), M(1300), M(400), "ibm-granite/granite-3.0-1b-a400m-base"},
	{"granite 3.0", B(3), M(800), M(3300), M(800), "ibm-granite/granite-3.0-3b-a800m-base"},
	{"granite 3.1", B(2), NONE, M(2500), NONE, "ibm-granite/granite-3.1-2b-base"},
	{"granite 3.1", B(8), NONE, M(8100), NONE, "ibm-granite/granite-3.1-8b-base"},
	{"granite 3.1", B(1), M(400), M(1300), M(400), "ibm-granite/granite-3.1-1b-a400m-base"},
	{"granite 3.1", B(3), M(800), M(3300), M(800), "ibm-granite/granite-3.1-3b-a800m-base"},

	/* StableLM 2, SOLAR: safetensors totals */
	{"stablelm 2|stablelm 2 zephyr", M(1600), NONE, N(1644515328), NONE, "stabilityai/stablelm-2-1_6b"},
	{"solar", M(10700), NONE, N(10731524096), NONE, "upstage/SOLAR-10.7B-v1.0"}
};

/* A run of bytes [start, start + len). */
typedef struct HfLineAtom
{
	const char *start;
	int			len;
} HfLineAtom;

static inline bool
line_is_letter(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

static inline bool
line_is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/*
 * The last atom of [s, *end): stores it in *atom, moves *end to its start
 * and returns true; false when [s, *end) holds no atom.  A '.' belongs to a
 * digit atom when digits are on both sides of it ("3.2").
 */
static bool
line_prev_atom(const char *s, const char **end, HfLineAtom *atom)
{
	const char *p = *end;
	const char *stop;

	while (p > s && !line_is_letter((unsigned char) p[-1]) &&
		   !line_is_digit((unsigned char) p[-1]))
		p--;
	if (p == s)
		return false;
	stop = p;
	if (line_is_letter((unsigned char) p[-1]))
	{
		while (p > s && line_is_letter((unsigned char) p[-1]))
			p--;
	}
	else
	{
		while (p > s && (line_is_digit((unsigned char) p[-1]) ||
						 (p[-1] == '.' && p - 1 > s &&
						  line_is_digit((unsigned char) p[-2]) &&
						  line_is_digit((unsigned char) p[0]))))
			p--;
	}
	atom->start = p;
	atom->len = stop - p;
	*end = p;
	return true;
}

/*
 * How many atoms the key [key, key_end) has, when they are the last atoms
 * of the name's words (atoms[0] the last of them, natoms in all); 0 when
 * they are not, or the key has more atoms than natoms.
 */
static int
line_key_matches(const char *key, const char *key_end,
				 const HfLineAtom *atoms, int natoms)
{
	const char *end = key_end;
	HfLineAtom	k;
	int			i = 0;

	while (line_prev_atom(key, &end, &k))
	{
		if (i >= natoms || k.len != atoms[i].len ||
			pg_strncasecmp(k.start, atoms[i].start, k.len) != 0)
			return 0;
		i++;
	}
	return i;
}

/*
 * hf_name_line_find: the published size of the model line named by the
 * last words of prefix[0..len) (the part of a repo name before its size
 * words) whose stated counts are stated_total and stated_active (-1 when
 * the name states none), or NULL when no line of the table fits.  When
 * keys of several lines fit, the one with the most atoms is taken.
 */
const HfNameLineSize *
hf_name_line_find(const char *prefix, int len, int64 stated_total,
				  int64 stated_active)
{
	HfLineAtom	atoms[HF_LINE_MAX_ATOMS];
	int			natoms = 0;
	const char *end = prefix + len;
	const HfNameLineSize *best = NULL;
	int			best_atoms = 0;

	while (natoms < HF_LINE_MAX_ATOMS &&
		   line_prev_atom(prefix, &end, &atoms[natoms]))
		natoms++;
	if (natoms == 0)
		return NULL;

	for (int i = 0; i < (int) lengthof(name_lines); i++)
	{
		const HfNameLineSize *size = &name_lines[i];
		const char *key = size->keys;

		if (size->stated_total != stated_total ||
			size->stated_active != stated_active)
			continue;

		/* each alternative key, up to the next '|' */
		while (*key)
		{
			const char *key_end = strchr(key, '|');
			int			n;

			if (key_end == NULL)
				key_end = key + strlen(key);
			n = line_key_matches(key, key_end, atoms, natoms);
			if (n > best_atoms)
			{
				best = size;
				best_atoms = n;
			}
			key = *key_end ? key_end + 1 : key_end;
		}
	}
	return best;
}
