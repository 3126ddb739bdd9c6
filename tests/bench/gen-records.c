/* gen-records: write synthetic pactum records (format 1, JSON Lines) for the
 * benchmark in tests/bench/.
 *
 *   gen-records [--articles N] [--seed S] [--lang-mix] > records.jsonl
 *
 * Each line is one record as described in ontology/RECORDS.md: an article
 * (synthetic-000123.txt), 2-3 countries, 3-6 persons, 2-4 institutions, 1-2
 * places, an agreement (most of the time), an exercise (sometimes), a visit
 * and 1-2 meetings, with mentions whose offsets are consistent within the
 * article.
 *
 * Articles report "stories": about 60% of articles start a new story, the
 * others report one already told, so the same agreement, visit, meeting or
 * exercise comes from several articles (sometimes with a different status or
 * date precision), and persons, institutions and places are drawn from pools
 * whose size grows with N, so names recur and resolution has to merge them.
 *
 * The output depends only on N, the seed and --lang-mix: the generator uses
 * its own PRNG (splitmix64), never rand(), and no clock or locale.
 *
 * Without --lang-mix every article is in English; with it, articles alternate
 * en, fr, en, ... and names, titles and countries are written in the
 * article's language.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NELEMS(a) (sizeof(a) / sizeof((a)[0]))

/* ---------------------------------------------------------------- tables */

typedef struct {
	const char *code;
	const char *en;
	const char *fr;
	const char *city_en; /* capital or main city */
	const char *city_fr;
} Country;

static const Country countries[] = {
	{"SN", "Senegal", "Sénégal", "Dakar", "Dakar"},
	{"PT", "Portugal", "Portugal", "Lisbon", "Lisbonne"},
	{"FR", "France", "France", "Paris", "Paris"},
	{"MA", "Morocco", "Maroc", "Rabat", "Rabat"},
	{"PK", "Pakistan", "Pakistan", "Islamabad", "Islamabad"},
	{"TR", "Türkiye", "Turquie", "Ankara", "Ankara"},
	{"US", "United States", "États-Unis", "Washington", "Washington"},
	{"GB", "United Kingdom", "Royaume-Uni", "London", "Londres"},
	{"DE", "Germany", "Allemagne", "Berlin", "Berlin"},
	{"IT", "Italy", "Italie", "Rome", "Rome"},
	{"ES", "Spain", "Espagne", "Madrid", "Madrid"},
	{"BE", "Belgium", "Belgique", "Brussels", "Bruxelles"},
	{"NL", "Netherlands", "Pays-Bas", "The Hague", "La Haye"},
	{"PL", "Poland", "Pologne", "Warsaw", "Varsovie"},
	{"GR", "Greece", "Grèce", "Athens", "Athènes"},
	{"RO", "Romania", "Roumanie", "Bucharest", "Bucarest"},
	{"SE", "Sweden", "Suède", "Stockholm", "Stockholm"},
	{"NO", "Norway", "Norvège", "Oslo", "Oslo"},
	{"FI", "Finland", "Finlande", "Helsinki", "Helsinki"},
	{"DK", "Denmark", "Danemark", "Copenhagen", "Copenhague"},
	{"CH", "Switzerland", "Suisse", "Bern", "Berne"},
	{"AT", "Austria", "Autriche", "Vienna", "Vienne"},
	{"CZ", "Czechia", "Tchéquie", "Prague", "Prague"},
	{"HU", "Hungary", "Hongrie", "Budapest", "Budapest"},
	{"UA", "Ukraine", "Ukraine", "Kyiv", "Kyiv"},
	{"CA", "Canada", "Canada", "Ottawa", "Ottawa"},
	{"MX", "Mexico", "Mexique", "Mexico City", "Mexico"},
	{"BR", "Brazil", "Brésil", "Brasília", "Brasília"},
	{"AR", "Argentina", "Argentine", "Buenos Aires", "Buenos Aires"},
	{"CL", "Chile", "Chili", "Santiago", "Santiago"},
	{"CO", "Colombia", "Colombie", "Bogotá", "Bogota"},
	{"PE", "Peru", "Pérou", "Lima", "Lima"},
	{"DZ", "Algeria", "Algérie", "Algiers", "Alger"},
	{"TN", "Tunisia", "Tunisie", "Tunis", "Tunis"},
	{"EG", "Egypt", "Égypte", "Cairo", "Le Caire"},
	{"NG", "Nigeria", "Nigeria", "Abuja", "Abuja"},
	{"GH", "Ghana", "Ghana", "Accra", "Accra"},
	{"CI", "Côte d'Ivoire", "Côte d'Ivoire", "Abidjan", "Abidjan"},
	{"CM", "Cameroon", "Cameroun", "Yaoundé", "Yaoundé"},
	{"KE", "Kenya", "Kenya", "Nairobi", "Nairobi"},
	{"ET", "Ethiopia", "Éthiopie", "Addis Ababa", "Addis-Abeba"},
	{"ZA", "South Africa", "Afrique du Sud", "Pretoria", "Pretoria"},
	{"ML", "Mali", "Mali", "Bamako", "Bamako"},
	{"NE", "Niger", "Niger", "Niamey", "Niamey"},
	{"TD", "Chad", "Tchad", "N'Djamena", "N'Djaména"},
	{"MR", "Mauritania", "Mauritanie", "Nouakchott", "Nouakchott"},
	{"BF", "Burkina Faso", "Burkina Faso", "Ouagadougou", "Ouagadougou"},
	{"SA", "Saudi Arabia", "Arabie saoudite", "Riyadh", "Riyad"},
	{"AE", "United Arab Emirates", "Émirats arabes unis", "Abu Dhabi", "Abou Dabi"},
	{"QA", "Qatar", "Qatar", "Doha", "Doha"},
	{"JO", "Jordan", "Jordanie", "Amman", "Amman"},
	{"IN", "India", "Inde", "New Delhi", "New Delhi"},
	{"CN", "China", "Chine", "Beijing", "Pékin"},
	{"JP", "Japan", "Japon", "Tokyo", "Tokyo"},
	{"KR", "South Korea", "Corée du Sud", "Seoul", "Séoul"},
	{"ID", "Indonesia", "Indonésie", "Jakarta", "Jakarta"},
	{"MY", "Malaysia", "Malaisie", "Kuala Lumpur", "Kuala Lumpur"},
	{"SG", "Singapore", "Singapour", "Singapore", "Singapour"},
	{"AU", "Australia", "Australie", "Canberra", "Canberra"},
	{"VN", "Viet Nam", "Viêt Nam", "Hanoi", "Hanoï"},
	{"PH", "Philippines", "Philippines", "Manila", "Manille"},
	{"BD", "Bangladesh", "Bangladesh", "Dhaka", "Dacca"},
	{"AZ", "Azerbaijan", "Azerbaïdjan", "Baku", "Bakou"},
	{"KZ", "Kazakhstan", "Kazakhstan", "Astana", "Astana"},
};

static const char *const given_names[] = {
	"Aminata", "Fatou", "Mamadou", "Ousmane", "Cheikh", "Aïssatou", "Moussa",
	"Awa", "Ibrahima", "Mariama", "Abdoulaye", "Seydou", "Adama", "Boubacar",
	"Kadiatou", "Souleymane", "Oumar", "Ndèye", "Khady", "Modou",
	"João", "José", "António", "Gonçalo", "Inês", "Conceição", "Luís",
	"Sebastião", "Tomás", "Beatriz", "Rui", "Filipa", "Vítor", "Margarida",
	"François", "Hélène", "Jérôme", "Éric", "Émilie", "Zoé", "Chloé", "Noël",
	"Anaïs", "Raphaël", "Joël", "Maëlle", "Gaëlle", "Agnès", "Benoît",
	"Cécile", "Frédéric", "Géraldine", "Léa", "Loïc", "Mathéo", "Océane",
	"Séverine", "Thérèse", "Valérie", "Amélie",
	"Andrés", "Ángel", "Sofía", "María", "Lucía", "Jesús", "Begoña", "Iñaki",
	"Martín", "Ramón", "Mónica", "Álvaro", "Rocío", "Joaquín", "Sebastián",
	"Jürgen", "Günther", "Björn", "Søren", "Åsa", "Jörg", "Käthe", "Ulrike",
	"Matthias", "Sabine", "Henrik", "Ingrid", "Lars", "Sigrún", "Þórður",
	"Łukasz", "Małgorzata", "Wojciech", "Agnieszka", "Paweł", "Zbigniew",
	"Tomáš", "Jiří", "Zuzana", "Dušan", "Ștefan", "Ioana", "Mihai", "Răzvan",
	"Zoltán", "Katalin", "Gábor", "Dimitrios", "Eleni", "Konstantinos",
	"Mehmet", "Ayşe", "Çağla", "Ömer", "Şükrü", "Emine", "Hakan", "Gülşen",
	"Yusuf", "Zeynep", "Hülya", "İsmail",
	"Khawaja", "Asim", "Bilal", "Sana", "Imran", "Ayesha", "Tariq", "Nadia",
	"Farhan", "Zainab", "Hamza", "Rukhsana",
	"Mohammed", "Ahmed", "Fatima", "Youssef", "Karim", "Leïla", "Rachid",
	"Samira", "Hicham", "Nour", "Omar", "Salma", "Abdelkader", "Meriem",
	"Hassan", "Yasmine", "Khalid", "Amira", "Walid", "Rania",
	"Ngozi", "Oluwaseun", "Chinedu", "Adaeze", "Emeka", "Folake", "Kwame",
	"Ama", "Kofi", "Abena", "Yaw", "Efua", "Wanjiru", "Otieno", "Achieng",
	"Tesfaye", "Meron", "Abebe", "Thabo", "Nomvula", "Sipho", "Lindiwe",
	"Arjun", "Priya", "Rahul", "Ananya", "Vikram", "Deepika", "Sanjay",
	"Lakshmi", "Wei", "Mei", "Jian", "Xiu", "Hiroshi", "Yuki", "Takeshi",
	"Sakura", "Min-jun", "Seo-yeon", "Ji-ho", "Hà", "Minh", "Thảo", "Dũng",
	"Siti", "Budi", "Dewi", "Agus", "Nurul", "Rizal",
	"James", "Mary", "Robert", "Patricia", "Michael", "Jennifer", "William",
	"Linda", "David", "Elizabeth", "Richard", "Susan", "Thomas", "Sarah",
	"Charles", "Karen", "Christopher", "Nancy", "Daniel", "Margaret",
	"Siobhán", "Seán", "Niamh", "Pádraig", "Aoife", "Ciarán", "D'Arcy",
	"Marco", "Giulia", "Alessandro", "Francesca", "Niccolò", "Chiara",
	"Olena", "Oleksandr", "Nataliya", "Dmytro", "Aigerim", "Nursultan",
	"Leyla", "Elnur",
};

static const char *const surnames[] = {
	"Diallo", "Ndiaye", "Mbaye", "Sow", "Traoré", "Koné", "Ouédraogo",
	"Sawadogo", "Coulibaly", "Diop", "Fall", "Faye", "Gueye", "Cissé",
	"Touré", "Keïta", "Sanogo", "Bâ", "Camara", "Sylla",
	"Silva", "Santos", "Ferreira", "Gonçalves", "Simões", "Magalhães",
	"Guimarães", "Conceição", "Araújo", "Patrício", "Gaspar", "Brandão",
	"Dupont", "Lefèvre", "Gauthier", "Bérenger", "Côté", "Lévesque", "Dubois",
	"Lambert", "Fontaine", "Rousseau", "Girard", "Morel", "Mercier", "Guérin",
	"Faure", "Chevalier", "Leclerc", "Bonnet", "Béranger", "Thébault",
	"Rodríguez", "Gómez", "Pérez", "Núñez", "Muñoz", "Ibáñez", "García",
	"Fernández", "López", "Martínez", "Sánchez", "Jiménez", "Martín",
	"Müller", "Schäfer", "Weiß", "Köhler", "Jäger", "Schröder", "Krüger",
	"Hoffmann", "Becker", "Wagner", "Andersson", "Johansson", "Nilsson",
	"Hansen", "Jensen", "Nielsen", "Sørensen", "Virtanen", "Korhonen",
	"Kowalski", "Wiśniewski", "Wójcik", "Nowak", "Dvořák", "Novák", "Svoboda",
	"Horváth", "Nagy", "Kovács", "Tóth", "Popescu", "Ionescu", "Țurcanu",
	"Papadopoulos", "Georgiou", "Nikolaïdis",
	"Yılmaz", "Çelik", "Öztürk", "Doğan", "Şahin", "Kılıç", "Aydın",
	"Özdemir", "Arslan", "Koç",
	"O'Brien", "O'Neill", "O'Connor", "O'Sullivan", "D'Souza", "N'Diaye",
	"D'Angelo", "Dell'Acqua", "N'Guessan", "M'Baye", "D'Almeida", "O'Hara",
	"Al-Hashimi", "Al-Sayed", "El Amrani", "Benali", "Bennani", "Alaoui",
	"Tazi", "Belkacem", "Haddad", "Mansour", "Nasser", "Khoury", "Saleh",
	"Ben Youssef", "Bouazizi", "Chraïbi",
	"Khan", "Asif", "Qureshi", "Siddiqui", "Chaudhry", "Malik", "Hussain",
	"Butt", "Abbasi", "Rana",
	"Sharma", "Patel", "Singh", "Gupta", "Reddy", "Nair", "Iyer", "Banerjee",
	"Chatterjee", "Menon",
	"Okafor", "Adeyemi", "Okonkwo", "Eze", "Mensah", "Owusu", "Boateng",
	"Kamau", "Otieno", "Mwangi", "Haile", "Bekele", "Dlamini", "Nkosi",
	"Ndlovu", "Mbeki", "Abiodun", "Nwosu",
	"Nguyễn", "Trần", "Lê", "Phạm", "Kim", "Lee", "Park", "Choi", "Jung",
	"Tanaka", "Suzuki", "Satō", "Takahashi", "Watanabe", "Wang", "Li",
	"Zhang", "Liu", "Chen", "Santoso", "Wijaya", "Hidayat",
	"Smith", "Johnson", "Williams", "Brown", "Jones", "Taylor", "Davies",
	"Evans", "Roberts", "Walker", "Wright", "Thompson", "Tremblay", "Gagnon",
	"Bouchard", "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano",
	"Colombo", "Shevchenko", "Kovalenko", "Bondarenko", "Nurlanov",
	"Aliyev", "Mammadov",
};

typedef struct {
	const char *en;
	const char *fr;
} Pair;

static const Pair titles[] = {
	{"Defence Minister", "ministre de la Défense"},
	{"Foreign Minister", "ministre des Affaires étrangères"},
	{"Chief of Defence Staff", "chef d'état-major des armées"},
	{"Chief of Army Staff", "chef d'état-major de l'armée de terre"},
	{"Chief of Naval Staff", "chef d'état-major de la marine"},
	{"Chief of Air Staff", "chef d'état-major de l'armée de l'air"},
	{"Ambassador", "ambassadeur"},
	{"Defence Attaché", "attaché de défense"},
	{"Prime Minister", "Premier ministre"},
	{"President", "président"},
	{"General", "général"},
	{"Admiral", "amiral"},
	{"Colonel", "colonel"},
	{"Brigadier General", "général de brigade"},
	{"Lieutenant General", "général de corps d'armée"},
	{"Secretary of State for Defence", "secrétaire d'État à la Défense"},
	{"Director General of Armament", "directeur général de l'armement"},
	{"Commander", "commandant"},
	{"Deputy Minister of Defence", "vice-ministre de la Défense"},
	{"Minister of the Armed Forces", "ministre des Armées"},
	{"Rear Admiral", "contre-amiral"},
	{"Major General", "général de division"},
	{"Chief Executive", "directeur général"},
	{"Military Adviser", "conseiller militaire"},
};

typedef struct {
	const char *kind;
	const char *en; /* %s: country name */
	const char *fr;
} Template;

static const Template inst_templates[] = {
	{"ministry", "%s Ministry of Defence", "ministère de la Défense (%s)"},
	{"ministry", "%s Ministry of Foreign Affairs", "ministère des Affaires étrangères (%s)"},
	{"armed_forces", "%s Armed Forces", "Forces armées (%s)"},
	{"service_branch", "%s Navy", "Marine nationale (%s)"},
	{"service_branch", "%s Air Force", "Armée de l'air (%s)"},
	{"service_branch", "%s Army", "Armée de terre (%s)"},
	{"command", "%s Special Operations Command", "Commandement des opérations spéciales (%s)"},
	{"command", "%s Joint Staff Headquarters", "État-major des armées (%s)"},
	{"college", "%s National Defence College", "Collège de défense nationale (%s)"},
	{"embassy", "Embassy of %s", "Ambassade (%s)"},
	{"commission", "%s Joint Military Commission", "Commission militaire mixte (%s)"},
	{"government", "Government of %s", "Gouvernement (%s)"},
	{"other", "%s Coast Guard", "Garde côtière (%s)"},
};

static const char *const company_suffixes[] = {
	"Defence Systems", "Aerospace", "Naval Industries", "Dynamics",
	"Shipyards", "Electronics", "Armaments", "Technologies",
};

static const char *const place_patterns[][2] = {
	/* kind, pattern (%s: a surname) */
	{"base", "Camp %s"},
	{"base", "%s Air Base"},
	{"port", "Port %s"},
	{"region", "%s Province"},
	{"monument", "%s Memorial"},
	{"city", "Saint-%s"},
	{"other", "%s Training Area"},
};

static const char *const exercise_names[] = {
	"Atlantic Shield", "African Lion", "Desert Falcon", "Flintlock",
	"Obangame Express", "Cutlass Express", "Sea Breeze", "Cobra Gold",
	"Nomad Eagle", "Steadfast Defender", "Cold Response", "Baltic Operations",
	"Anatolian Eagle", "Iron Dome", "Blue Flag", "Bright Star", "Red Flag",
	"Rim of the Pacific", "Talisman Sabre", "Pitch Black", "Khaan Quest",
	"Justified Accord", "Phoenix Express", "Shared Accord", "Neptune Strike",
};

static const char *const exercise_adjs[] = {
	"Northern", "Southern", "Eastern", "Western", "Silent", "Swift", "Iron",
	"Golden", "Steel", "Blue", "Green", "Red", "Bold", "Brave", "Loyal",
	"Grand", "Desert", "Ocean", "Mountain", "Coastal",
};

static const char *const exercise_nouns[] = {
	"Eagle", "Falcon", "Shield", "Sword", "Lion", "Trident", "Dragon",
	"Phoenix", "Storm", "Thunder", "Arrow", "Anchor", "Guardian", "Sentinel",
	"Horizon", "Spear", "Wolf", "Tiger", "Dolphin", "Harbour",
};

/* the 17 English preferred labels of the cooperation-area scheme */
static const char *const areas[] = {
	"training", "military education", "exercises", "cybersecurity",
	"defence industry", "military health", "intelligence sharing",
	"counter-terrorism", "maritime security", "border security",
	"peacekeeping", "capacity building", "exchange of expertise", "aerospace",
	"research and technology", "logistics", "humanitarian assistance",
};

static const char *const agreement_kinds[] = {
	"mou", "treaty", "agreement", "protocol", "letter_of_intent",
};

static const Pair agreement_words[] = {
	{"a memorandum of understanding", "un protocole d'accord"},
	{"a treaty", "un traité"},
	{"an agreement", "un accord"},
	{"a protocol", "un protocole"},
	{"a letter of intent", "une lettre d'intention"},
};

#define NCOUNTRY ((uint64_t)NELEMS(countries))
#define NGIVEN ((uint64_t)NELEMS(given_names))
#define NSURNAME ((uint64_t)NELEMS(surnames))

/* ------------------------------------------------------------------ PRNG */

typedef struct {
	uint64_t s;
} Rng;

static uint64_t
splitmix64(uint64_t *s)
{
	uint64_t z = (*s += UINT64_C(0x9E3779B97F4A7C15));
	z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
	return z ^ (z >> 31);
}

/* A generator for one (seed, stream, index): the same triple always gives
 * the same sequence, whatever was drawn before. */
static Rng
rng_for(uint64_t seed, uint64_t stream, uint64_t index)
{
	Rng r;
	uint64_t s = seed ^ (stream * UINT64_C(0xD1B54A32D192ED03));
	r.s = splitmix64(&s) ^ (index * UINT64_C(0x8CB92BA72F3D8DD7));
	(void)splitmix64(&r.s);
	return r;
}

static uint64_t
rng_next(Rng *r)
{
	return splitmix64(&r->s);
}

/* uniform in [0, n), n > 0 (the bias of the modulo is irrelevant here) */
static uint64_t
rng_below(Rng *r, uint64_t n)
{
	return rng_next(r) % n;
}

/* uniform in [lo, hi] */
static int
rng_range(Rng *r, int lo, int hi)
{
	return lo + (int)rng_below(r, (uint64_t)(hi - lo + 1));
}

/* true with probability pct/100 */
static int
rng_chance(Rng *r, int pct)
{
	return (int)rng_below(r, 100) < pct;
}

/* a fixed hash of (seed, stream, index), for properties that belong to a
 * pooled thing rather than to an article */
static uint64_t
hash3(uint64_t seed, uint64_t stream, uint64_t index)
{
	Rng r = rng_for(seed, stream, index);
	return rng_next(&r);
}

enum { S_STORY = 1, S_ARTICLE, S_PERSON, S_PLACE, S_INST, S_CHOICE };

/* ---------------------------------------------------------------- output */

/* The record being written; flushed to stdout once complete. */
typedef struct {
	char *buf;
	size_t len;
	size_t cap;
} Buf;

static void
die(const char *msg)
{
	fprintf(stderr, "gen-records: %s\n", msg);
	exit(2);
}

static void
buf_reserve(Buf *b, size_t extra)
{
	if (b->len + extra + 1 <= b->cap) {
		return;
	}
	size_t cap = b->cap ? b->cap : 4096;
	while (cap < b->len + extra + 1) {
		cap *= 2;
	}
	char *p = realloc(b->buf, cap);
	if (!p) {
		die("out of memory");
	}
	b->buf = p;
	b->cap = cap;
}

static void
put(Buf *b, const char *s)
{
	size_t n = strlen(s);
	buf_reserve(b, n);
	memcpy(b->buf + b->len, s, n);
	b->len += n;
}

static void
putc_(Buf *b, char c)
{
	buf_reserve(b, 1);
	b->buf[b->len++] = c;
}

static void
putf(Buf *b, const char *fmt, ...)
{
	va_list ap;
	char tmp[512];
	va_start(ap, fmt);
	int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t)n >= sizeof tmp) {
		die("internal error: formatted text too long");
	}
	put(b, tmp);
}

/* a JSON string literal: quotes, backslashes and control characters escaped;
 * UTF-8 passed through unchanged */
static void
put_str(Buf *b, const char *s)
{
	static const char hex[] = "0123456789abcdef";
	putc_(b, '"');
	for (const unsigned char *p = (const unsigned char *)s; *p; ++p) {
		unsigned char c = *p;
		switch (c) {
		case '"': put(b, "\\\""); break;
		case '\\': put(b, "\\\\"); break;
		case '\n': put(b, "\\n"); break;
		case '\r': put(b, "\\r"); break;
		case '\t': put(b, "\\t"); break;
		case '\b': put(b, "\\b"); break;
		case '\f': put(b, "\\f"); break;
		default:
			if (c < 0x20) {
				put(b, "\\u00");
				putc_(b, hex[c >> 4]);
				putc_(b, hex[c & 15]);
			} else {
				putc_(b, (char)c);
			}
		}
	}
	putc_(b, '"');
}

/* number of Unicode code points in a UTF-8 string */
static unsigned
cplen(const char *s)
{
	unsigned n = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; ++p) {
		n += (*p & 0xC0) != 0x80;
	}
	return n;
}

/* ----------------------------------------------------------------- dates */

/* days since 1970-01-01 to a civil date (Howard Hinnant's algorithm) */
static void
civil(long z, int *y, int *m, int *d)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long yy = yoe + era * 400;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yy + (*m <= 2));
}

enum Precision { P_DAY, P_MONTH, P_YEAR, P_MONTHDAY };

static const long DAY0 = 19723; /* 2024-01-01 */

static void
put_date(Buf *b, long day, enum Precision p)
{
	int y, m, d;
	civil(DAY0 + day, &y, &m, &d);
	switch (p) {
	case P_DAY: putf(b, "\"%04d-%02d-%02d\"", y, m, d); break;
	case P_MONTH: putf(b, "\"%04d-%02d\"", y, m); break;
	case P_YEAR: putf(b, "\"%04d\"", y); break;
	case P_MONTHDAY: putf(b, "\"--%02d-%02d\"", m, d); break;
	}
}

static int
year_of(long day)
{
	int y, m, d;
	civil(DAY0 + day, &y, &m, &d);
	return y;
}

/* ---------------------------------------------------------------- pools */

typedef struct {
	uint64_t seed;
	uint64_t persons_per_country;
	uint64_t insts_per_country;
	uint64_t places_per_country;
	uint64_t exercises;
	int lang_mix;
} Config;

/* A pooled person: global index g = k * NCOUNTRY + country. Names come from
 * a bijection of g onto given x surname, so distinct people have distinct
 * names until the pool exceeds the number of combinations. */
static void
person_name(const Config *cf, uint64_t g, const char **given, const char **sur)
{
	uint64_t combos = NGIVEN * NSURNAME;
	/* 1000003 is prime and larger than combos, so the map is a bijection */
	uint64_t idx = (g * UINT64_C(1000003) + cf->seed % combos) % combos;
	*given = given_names[idx % NGIVEN];
	*sur = surnames[idx / NGIVEN];
}

/* A quarter of the time an article spells a person's name otherwise, as
 * news does, so that resolution has spellings to merge: a middle initial,
 * surname first, or a vowel transliterated differently. */
static void
vary_name(Rng *r, char *name, size_t cap, const char *given, const char *sur)
{
	char *v;

	if (!rng_chance(r, 25)) {
		return;
	}
	switch (rng_below(r, 3)) {
	case 0:
		snprintf(name, cap, "%s %c. %s", given, (char)('A' + rng_below(r, 26)), sur);
		break;
	case 1:
		snprintf(name, cap, "%s %s", sur, given);
		break;
	default:
		/* a vowel of the surname written as another: Loudiyi, Loudayi */
		v = strpbrk(name + strlen(given) + 1, "aeiou");
		if (v) {
			*v = *v == 'a' ? 'e' : 'a';
		}
		break;
	}
}

/* pick a pooled person of country c: a fifth of the picks go to the
 * prominent tenth of the pool */
static uint64_t
pick_person(const Config *cf, Rng *r, unsigned c)
{
	uint64_t n = cf->persons_per_country;
	uint64_t top = n / 10 ? n / 10 : 1;
	uint64_t k = rng_chance(r, 20) ? rng_below(r, top) : rng_below(r, n);
	return k * NCOUNTRY + c;
}

/* pooled institution k of country c (k < templates: a state body; beyond:
 * a company, named from the surname table) */
static uint64_t
pick_inst(const Config *cf, Rng *r)
{
	if (rng_chance(r, 75)) {
		return rng_below(r, NELEMS(inst_templates));
	}
	return rng_below(r, cf->insts_per_country);
}

static uint64_t
pick_place(const Config *cf, Rng *r)
{
	if (rng_chance(r, 50)) {
		return 0; /* the capital */
	}
	return rng_below(r, cf->places_per_country);
}

/* ------------------------------------------------------------- a record */

#define MAXP 8
#define MAXI 6
#define MAXL 4

typedef struct {
	/* story: shared by every article that reports it */
	uint64_t id;
	long day;
	unsigned nc;
	unsigned c[3];
	uint64_t core_person[3];
	uint64_t core_inst[2];
	unsigned core_inst_country[2];
	uint64_t place;      /* in c[1], the host */
	int has_agreement;
	unsigned agr_kind;
	int agr_status;      /* 2 signed, 3 in force */
	enum Precision agr_prec;
	int agr_inst_party;  /* first party is core_inst[0] instead of c[0] */
	unsigned agr_areas[3];
	unsigned agr_nareas;
	int agr_signatories; /* 1 or 2 */
	int has_exercise;
	uint64_t exercise;
	int exercise_named;
	int exercise_edition;
	unsigned ex_areas[2];
	unsigned ex_nareas;
	int visit_days;
	int meeting_three;
	enum Precision meeting_prec;
} Story;

static void
make_story(const Config *cf, uint64_t sid, Story *s)
{
	Rng r = rng_for(cf->seed, S_STORY, sid);
	s->id = sid;
	s->day = rng_range(&r, 0, 3 * 365 - 1);
	s->nc = (unsigned)rng_range(&r, 2, 3);
	for (unsigned i = 0; i < s->nc; ++i) {
		unsigned c;
		int dup;
		do {
			c = (unsigned)rng_below(&r, NCOUNTRY);
			dup = 0;
			for (unsigned j = 0; j < i; ++j) {
				dup |= s->c[j] == c;
			}
		} while (dup);
		s->c[i] = c;
	}
	/* p1 from c0 (the visitor), p2 from c1 (the host), p3 from c2 or c0 */
	s->core_person[0] = pick_person(cf, &r, s->c[0]);
	s->core_person[1] = pick_person(cf, &r, s->c[1]);
	do {
		s->core_person[2] = pick_person(cf, &r, s->c[s->nc == 3 ? 2 : 0]);
	} while (s->core_person[2] == s->core_person[0]);
	for (unsigned i = 0; i < 2; ++i) {
		s->core_inst_country[i] = s->c[i];
		s->core_inst[i] = pick_inst(cf, &r);
	}
	s->place = pick_place(cf, &r);

	s->has_agreement = rng_chance(&r, 80);
	s->agr_kind = (unsigned)rng_below(&r, NELEMS(agreement_kinds));
	s->agr_status = rng_chance(&r, 85) ? 2 : 3;
	s->agr_prec = rng_chance(&r, 90) ? P_DAY : P_MONTH;
	s->agr_inst_party = rng_chance(&r, 15);
	s->agr_nareas = (unsigned)rng_range(&r, 1, 3);
	for (unsigned i = 0; i < s->agr_nareas; ++i) {
		s->agr_areas[i] = (unsigned)rng_below(&r, NELEMS(areas));
	}
	s->agr_signatories = rng_range(&r, 1, 2);

	s->has_exercise = rng_chance(&r, 30);
	s->exercise = rng_below(&r, cf->exercises);
	s->exercise_named = rng_chance(&r, 90);
	s->exercise_edition = year_of(s->day) - 2010 + (int)(s->exercise % 7);
	s->ex_nareas = (unsigned)rng_range(&r, 1, 2);
	s->ex_areas[0] = 2; /* "exercises" */
	s->ex_areas[1] = (unsigned)rng_below(&r, NELEMS(areas));

	s->visit_days = rng_range(&r, 1, 4);
	s->meeting_three = rng_chance(&r, 30);
	s->meeting_prec = rng_chance(&r, 95) ? P_DAY : P_MONTHDAY;
}

/* the article being written */
typedef struct {
	Buf *b;
	Rng r;
	int fr;
	unsigned cursor; /* offset of the next mention, in code points */
} Article;

static const char *
country_name(const Article *a, unsigned c)
{
	return a->fr ? countries[c].fr : countries[c].en;
}

/* "mentions":[{"text": ..., "start": s, "end": e}] with fresh offsets */
static void
put_mentions(Article *a, const char *text, const char *text2)
{
	Buf *b = a->b;
	put(b, ",\"mentions\":[");
	for (int i = 0; i < (text2 ? 2 : 1); ++i) {
		const char *t = i ? text2 : text;
		unsigned start = a->cursor + (unsigned)rng_range(&a->r, 8, 160);
		unsigned end = start + cplen(t);
		a->cursor = end;
		if (i) {
			putc_(b, ',');
		}
		put(b, "{\"text\":");
		put_str(b, t);
		putf(b, ",\"start\":%u,\"end\":%u}", start, end);
	}
	putc_(b, ']');
}

static void
put_country_ref(Buf *b, unsigned c)
{
	put_str(b, countries[c].code);
}

typedef struct {
	uint64_t g;
	unsigned country;
} PersonRef;

typedef struct {
	uint64_t k;
	unsigned country;
} PoolRef;

static void
inst_name(const Config *cf, const Article *a, PoolRef in, char *out, size_t n,
          const char **kind)
{
	if (in.k < NELEMS(inst_templates)) {
		const Template *t = &inst_templates[in.k];
		snprintf(out, n, a->fr ? t->fr : t->en, country_name(a, in.country));
		*kind = t->kind;
	} else {
		uint64_t h = hash3(cf->seed, S_INST, in.k * NCOUNTRY + in.country);
		snprintf(out, n, "%s %s", surnames[h % NSURNAME],
		         company_suffixes[(h >> 32) % NELEMS(company_suffixes)]);
		*kind = "company";
	}
}

static void
place_name(const Config *cf, const Article *a, PoolRef pl, char *out, size_t n,
           const char **kind)
{
	if (pl.k == 0) {
		snprintf(out, n, "%s",
		         a->fr ? countries[pl.country].city_fr : countries[pl.country].city_en);
		*kind = "city";
		return;
	}
	uint64_t h = hash3(cf->seed, S_PLACE, pl.k * NCOUNTRY + pl.country);
	const char *const *pat = place_patterns[h % NELEMS(place_patterns)];
	snprintf(out, n, pat[1], surnames[(h >> 32) % NSURNAME]);
	*kind = pat[0];
}

static void
exercise_name(uint64_t e, char *out, size_t n)
{
	if (e < NELEMS(exercise_names)) {
		snprintf(out, n, "%s", exercise_names[e]);
	} else {
		uint64_t k = e - NELEMS(exercise_names);
		snprintf(out, n, "%s %s", exercise_adjs[k % NELEMS(exercise_adjs)],
		         exercise_nouns[(k / NELEMS(exercise_adjs)) % NELEMS(exercise_nouns)]);
	}
}

static int
contains_u64(const uint64_t *v, unsigned n, uint64_t x)
{
	for (unsigned i = 0; i < n; ++i) {
		if (v[i] == x) {
			return 1;
		}
	}
	return 0;
}

static int
person_listed(const PersonRef *v, unsigned n, uint64_t g)
{
	for (unsigned i = 0; i < n; ++i) {
		if (v[i].g == g) {
			return 1;
		}
	}
	return 0;
}

static void
write_record(const Config *cf, uint64_t art, const Story *s, Buf *b)
{
	Article a;
	a.b = b;
	a.r = rng_for(cf->seed, S_ARTICLE, art);
	a.fr = cf->lang_mix && (art % 2 == 1);
	Rng *r = &a.r;
	const char *lang = a.fr ? "fr" : "en";
	char name[256];
	char title[512];

	b->len = 0;

	/* ---- article */
	if (s->has_agreement) {
		const Pair *w = &agreement_words[s->agr_kind];
		snprintf(title, sizeof title,
		         a.fr ? "%s et %s signent %s de coopération de défense"
		              : "%s and %s sign %s on defence cooperation",
		         country_name(&a, s->c[0]), country_name(&a, s->c[1]),
		         a.fr ? w->fr : w->en);
	} else {
		snprintf(title, sizeof title,
		         a.fr ? "%s et %s renforcent leur coopération militaire"
		              : "%s and %s strengthen military cooperation",
		         country_name(&a, s->c[0]), country_name(&a, s->c[1]));
	}
	a.cursor = cplen(title) + 40;
	long issued = s->day + rng_range(r, 0, 3);

	put(b, "{\"pactum\":1,\"article\":{\"file\":");
	putf(b, "\"synthetic-%06" PRIu64 ".txt\"", art + 1);
	put(b, ",\"issued\":");
	put_date(b, issued, P_DAY);
	put(b, ",\"language\":");
	put_str(b, lang);
	put(b, ",\"title\":");
	put_str(b, title);
	putf(b, ",\"source\":\"https://news.example.org/%s/%06" PRIu64 "\"}", lang,
	     art + 1);

	/* ---- countries: the story's, in a shuffled order */
	unsigned order[3] = {0, 1, 2};
	for (unsigned i = s->nc - 1; i > 0; --i) {
		unsigned j = (unsigned)rng_below(r, i + 1);
		unsigned t = order[i];
		order[i] = order[j];
		order[j] = t;
	}
	put(b, ",\"countries\":[");
	for (unsigned i = 0; i < s->nc; ++i) {
		unsigned c = s->c[order[i]];
		if (i) {
			putc_(b, ',');
		}
		put(b, "{\"code\":");
		put_country_ref(b, c);
		put(b, ",\"name\":");
		put_str(b, country_name(&a, c));
		put_mentions(&a, country_name(&a, c), NULL);
		putc_(b, '}');
	}
	putc_(b, ']');

	/* ---- persons: the story's three, then 0-3 of the article's own */
	PersonRef pers[MAXP];
	unsigned np = 0;
	for (unsigned i = 0; i < 3; ++i) {
		pers[np].g = s->core_person[i];
		pers[np].country = (unsigned)(s->core_person[i] % NCOUNTRY);
		++np;
	}
	/* 0-3 more, fewer more often: 40%, 30%, 20%, 10% */
	unsigned roll = (unsigned)rng_below(r, 100);
	int nextra = roll < 40 ? 0 : roll < 70 ? 1 : roll < 90 ? 2 : 3;
	for (int extra = nextra; extra > 0; --extra) {
		uint64_t g;
		do {
			g = pick_person(cf, r, s->c[rng_below(r, s->nc)]);
		} while (person_listed(pers, np, g));
		pers[np].g = g;
		pers[np].country = (unsigned)(g % NCOUNTRY);
		++np;
	}
	put(b, ",\"persons\":[");
	for (unsigned i = 0; i < np; ++i) {
		const char *given;
		const char *sur;
		person_name(cf, pers[i].g, &given, &sur);
		snprintf(name, sizeof name, "%s %s", given, sur);
		vary_name(r, name, sizeof name, given, sur);
		uint64_t h = hash3(cf->seed, S_PERSON, pers[i].g);
		const Pair *t1 = &titles[h % NELEMS(titles)];
		const Pair *t2 = &titles[(h >> 20) % NELEMS(titles)];
		int surname_too = rng_chance(r, 12);
		if (i) {
			putc_(b, ',');
		}
		putf(b, "{\"id\":\"p%u\",\"name\":", i + 1);
		put_str(b, name);
		if (surname_too) {
			put(b, ",\"variants\":[");
			put_str(b, sur);
			putc_(b, ']');
		}
		put(b, ",\"titles\":[");
		if (rng_chance(r, 30)) {
			put_str(b, a.fr ? t1->fr : t1->en); /* takes the article's language */
		} else {
			put(b, "{\"text\":");
			put_str(b, a.fr ? t1->fr : t1->en);
			put(b, ",\"lang\":");
			put_str(b, lang);
			putc_(b, '}');
		}
		if (t2 != t1 && (h >> 40) % 100 < 15) {
			put(b, ",{\"text\":");
			put_str(b, a.fr ? t2->fr : t2->en);
			put(b, ",\"lang\":");
			put_str(b, lang);
			putc_(b, '}');
		}
		put(b, "],\"country\":");
		put_country_ref(b, pers[i].country);
		put_mentions(&a, name, surname_too ? sur : NULL);
		putc_(b, '}');
	}
	putc_(b, ']');

	/* ---- institutions: the story's two, then 0-2 of the article's own */
	PoolRef insts[MAXI];
	uint64_t inst_keys[MAXI];
	unsigned ni = 0;
	for (unsigned i = 0; i < 2; ++i) {
		insts[ni].k = s->core_inst[i];
		insts[ni].country = s->core_inst_country[i];
		inst_keys[ni] = insts[ni].k * NCOUNTRY + insts[ni].country;
		++ni;
	}
	/* 0-2 more: 50%, 35%, 15% */
	roll = (unsigned)rng_below(r, 100);
	nextra = roll < 50 ? 0 : roll < 85 ? 1 : 2;
	for (int extra = nextra; extra > 0; --extra) {
		PoolRef in;
		do {
			in.country = s->c[rng_below(r, s->nc)];
			in.k = pick_inst(cf, r);
		} while (contains_u64(inst_keys, ni, in.k * NCOUNTRY + in.country));
		insts[ni] = in;
		inst_keys[ni] = in.k * NCOUNTRY + in.country;
		++ni;
	}
	put(b, ",\"institutions\":[");
	for (unsigned i = 0; i < ni; ++i) {
		const char *kind;
		inst_name(cf, &a, insts[i], name, sizeof name, &kind);
		if (i) {
			putc_(b, ',');
		}
		putf(b, "{\"id\":\"i%u\",\"name\":", i + 1);
		put_str(b, name);
		put(b, ",\"kind\":");
		put_str(b, kind);
		put(b, ",\"country\":");
		put_country_ref(b, insts[i].country);
		put_mentions(&a, name, NULL);
		putc_(b, '}');
	}
	putc_(b, ']');

	/* ---- places: the story's (in the host country), maybe one more */
	PoolRef places[MAXL];
	unsigned nl = 0;
	places[nl].k = s->place;
	places[nl].country = s->c[1];
	++nl;
	if (rng_chance(r, 35)) {
		PoolRef pl;
		do {
			pl.country = s->c[rng_below(r, s->nc)];
			pl.k = pick_place(cf, r);
		} while (pl.k == places[0].k && pl.country == places[0].country);
		places[nl++] = pl;
	}
	put(b, ",\"places\":[");
	for (unsigned i = 0; i < nl; ++i) {
		const char *kind;
		place_name(cf, &a, places[i], name, sizeof name, &kind);
		if (i) {
			putc_(b, ',');
		}
		putf(b, "{\"id\":\"l%u\",\"name\":", i + 1);
		put_str(b, name);
		put(b, ",\"kind\":");
		put_str(b, kind);
		put(b, ",\"country\":");
		put_country_ref(b, places[i].country);
		put_mentions(&a, name, NULL);
		putc_(b, '}');
	}
	putc_(b, ']');

	/* ---- agreement */
	if (s->has_agreement) {
		/* one article in five reports the other of signed / in force */
		int status = s->agr_status;
		if (rng_chance(r, 20)) {
			status = status == 2 ? 3 : 2;
		}
		put(b, ",\"agreements\":[{\"id\":\"a1\",\"kind\":");
		put_str(b, agreement_kinds[s->agr_kind]);
		put(b, ",\"status\":");
		put_str(b, status == 2 ? "signed" : "in_force");
		put(b, ",\"signed\":");
		put_date(b, s->day, s->agr_prec);
		put(b, ",\"place\":\"l1\",\"parties\":[");
		if (s->agr_inst_party) {
			put(b, "\"i1\"");
		} else {
			put_country_ref(b, s->c[0]);
		}
		putc_(b, ',');
		put_country_ref(b, s->c[1]);
		put(b, "],\"signatories\":[\"p1\"");
		if (s->agr_signatories == 2) {
			put(b, ",\"p2\"");
		}
		put(b, "],\"areas\":[");
		for (unsigned i = 0; i < s->agr_nareas; ++i) {
			if (i) {
				putc_(b, ',');
			}
			put_str(b, areas[s->agr_areas[i]]);
		}
		put(b, "]}]");
	}

	/* ---- exercise */
	if (s->has_exercise) {
		put(b, ",\"exercises\":[{\"id\":\"e1\",\"name\":");
		if (s->exercise_named) {
			exercise_name(s->exercise, name, sizeof name);
			put_str(b, name);
		} else {
			put(b, "null");
		}
		putf(b, ",\"edition\":%d,\"start\":", s->exercise_edition);
		/* articles disagree on the precision of the start */
		put_date(b, s->day + 20, rng_chance(r, 70) ? P_MONTH : P_DAY);
		put(b, ",\"end\":");
		if (rng_chance(r, 50)) {
			put(b, "null");
		} else {
			put_date(b, s->day + 34, P_DAY);
		}
		put(b, ",\"participants\":[");
		for (unsigned i = 0; i < s->nc; ++i) {
			if (i) {
				putc_(b, ',');
			}
			put_country_ref(b, s->c[i]);
		}
		put(b, "],\"place\":\"l1\",\"areas\":[");
		for (unsigned i = 0; i < s->ex_nareas; ++i) {
			if (i) {
				putc_(b, ',');
			}
			put_str(b, areas[s->ex_areas[i]]);
		}
		putc_(b, ']');
		if (s->exercise_named) {
			put_mentions(&a, name, NULL);
		}
		put(b, "}]");
	}

	/* ---- visit of p1 (from c0) to c1 */
	put(b, ",\"visits\":[{\"id\":\"v1\",\"visitor\":\"p1\",\"host\":");
	put_country_ref(b, s->c[1]);
	put(b, ",\"start\":");
	put_date(b, s->day - s->visit_days + 1, P_DAY);
	put(b, ",\"end\":");
	put_date(b, s->day, P_DAY);
	putf(b, ",\"days\":%d,\"places\":[\"l1\"]}]", s->visit_days);

	/* ---- meetings: the story's, and sometimes one among the article's own */
	put(b, ",\"meetings\":[{\"id\":\"m1\",\"participants\":[\"p1\",\"p2\"");
	if (s->meeting_three) {
		put(b, ",\"p3\"");
	}
	put(b, "],\"date\":");
	put_date(b, s->day, s->meeting_prec);
	put(b, ",\"place\":\"l1\"}");
	if (np > 3 && rng_chance(r, 60)) {
		putf(b, ",{\"id\":\"m2\",\"participants\":[\"p%u\",\"i%u\"],\"date\":",
		     np, ni);
		put_date(b, issued - rng_range(r, 0, 2), P_DAY);
		putf(b, ",\"place\":\"l%u\"}", nl);
	}
	put(b, "]}\n");
}

/* ------------------------------------------------------------------ main */

static void
usage(FILE *f)
{
	fputs("usage: gen-records [--articles N] [--seed S] [--lang-mix]\n"
	      "Write N synthetic pactum records (JSON Lines) to standard output.\n"
	      "  --articles N  number of articles (default 1000)\n"
	      "  --seed S      PRNG seed (default 1); same N, seed, options: same bytes\n"
	      "  --lang-mix    alternate English and French articles (default: English)\n",
	      f);
}

static int
parse_u64(const char *s, uint64_t *out)
{
	char *end;
	errno = 0;
	if (!s || !*s || *s == '-') {
		return -1;
	}
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || *end) {
		return -1;
	}
	*out = (uint64_t)v;
	return 0;
}

int
main(int argc, char **argv)
{
	uint64_t n = 1000;
	uint64_t seed = 1;
	int lang_mix = 0;

	for (int i = 1; i < argc; ++i) {
		const char *arg = argv[i];
		if (!strcmp(arg, "--articles") || !strcmp(arg, "-n")) {
			if (parse_u64(i + 1 < argc ? argv[++i] : NULL, &n) || n == 0 ||
			    n > 999999) {
				fprintf(stderr, "gen-records: --articles wants 1..999999\n");
				return 2;
			}
		} else if (!strcmp(arg, "--seed") || !strcmp(arg, "-s")) {
			if (parse_u64(i + 1 < argc ? argv[++i] : NULL, &seed)) {
				fprintf(stderr, "gen-records: --seed wants an unsigned integer\n");
				return 2;
			}
		} else if (!strcmp(arg, "--lang-mix")) {
			lang_mix = 1;
		} else if (!strcmp(arg, "--help") || !strcmp(arg, "-h")) {
			usage(stdout);
			return 0;
		} else {
			fprintf(stderr, "gen-records: unknown argument '%s'\n", arg);
			usage(stderr);
			return 2;
		}
	}

	Config cf;
	cf.seed = seed;
	cf.lang_mix = lang_mix;
	/* pools grow with N so that names recur at any scale: about N/2 people,
	 * N/5 companies, N/4 places, N/200 exercises */
	cf.persons_per_country = 10 + n / (2 * NCOUNTRY);
	cf.insts_per_country = NELEMS(inst_templates) + n / (5 * NCOUNTRY);
	cf.places_per_country = 2 + n / (4 * NCOUNTRY);
	cf.exercises = NELEMS(exercise_names) + n / 200;

	/* story of each article: 60% start a new one, the others retell one of
	 * the last 40 articles' stories */
	uint64_t *story = malloc(n * sizeof *story);
	if (!story) {
		die("out of memory");
	}
	static char obuf[1 << 16];
	setvbuf(stdout, obuf, _IOFBF, sizeof obuf);
	Buf b = {NULL, 0, 0};
	Story s;
	for (uint64_t j = 0; j < n; ++j) {
		Rng r = rng_for(seed, S_CHOICE, j);
		if (j == 0 || rng_chance(&r, 60)) {
			story[j] = j;
		} else {
			uint64_t back = 1 + rng_below(&r, j < 40 ? j : 40);
			story[j] = story[j - back];
		}
		make_story(&cf, story[j], &s);
		write_record(&cf, j, &s, &b);
		if (fwrite(b.buf, 1, b.len, stdout) != b.len) {
			break;
		}
	}
	free(story);
	free(b.buf);
	if (fflush(stdout) || ferror(stdout)) {
		fprintf(stderr, "gen-records: write error: %s\n", strerror(errno));
		return 1;
	}
	return 0;
}
