/* gen-articles: write synthetic news articles about defence cooperation, in
 * English and French, for the extraction benchmark in tests/bench/.
 *
 *   gen-articles --out DIR [--articles N] [--mb M] [--seed S] [--stats]
 *   gen-articles --show I [--seed S]
 *
 * Article i (from 1) goes to DIR/synthetic-00000i.txt (six digits or more).
 * Odd articles are English, even ones French. Each is 1536-4096 bytes of
 * UTF-8 text in the layout of tests/samples/articles/: a first line
 * "date YYYY-MM-DD Headline", a blank line, then paragraphs separated by
 * blank lines, the first one opening with a dateline ("DAKAR, March 4 — ").
 *
 * An article tells one story (a minister's or army chief's visit, an MoU
 * signed or expected, a joint exercise with its edition and dates, a
 * meeting between counterparts) with side facts (an agreement, a planned
 * exercise, background, quotes). Sentences come from about 90 English and 90
 * French templates whose slots are filled from tables: ~100 countries with
 * their English and French names, articles, prepositions and demonyms; 25
 * naming regions of given names and surnames (accents, apostrophes,
 * compound and family-first names); offices, ranks and their French
 * feminines; institutions, cities, bases, exercises, agreement kinds and
 * cooperation areas; dates in many forms ("on Tuesday", "from March 2 to
 * 4", "du 2 au 4 mars", "last year", "l'an dernier", "in April 2025").
 * Some articles use typographic apostrophes (’) and quotes, and French
 * ones (and a few English ones) non-breaking spaces.
 *
 * Persons are not drawn afresh for each article: each country has a pool
 * of 200 people (office holders who change every two years, ambassadors,
 * officers), so the same people recur across articles, with the same
 * country and office, and the number of distinct persons levels off (at
 * most 22,200) however many articles are written.
 *
 * Article i depends only on the seed and i (its own splitmix64 streams;
 * no rand(), clock or locale), so --articles N writes the first N articles
 * of any larger run, byte for byte.
 *
 * --mb M stops once the articles written hold at least M * 1,000,000 bytes
 * (with --articles too, at whichever limit comes first). --stats prints a
 * summary line to standard error. --show I prints article I to standard
 * output and writes nothing.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>

#define NELEMS(a) (sizeof(a) / sizeof((a)[0]))

#define NBSP "\xC2\xA0"       /* U+00A0 NO-BREAK SPACE */
#define NNBSP "\xE2\x80\xAF"  /* U+202F NARROW NO-BREAK SPACE */
#define RSQUO "\xE2\x80\x99"  /* U+2019 ’ */

enum { EN = 0, FR = 1 };

#define MIN_BYTES 1536
#define MAX_BYTES 4096
#define POOL 200 /* persons per country */

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

/* a generator for one (seed, stream, index) */
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

/* uniform in [0, n), n > 0 */
static int
rng_below(Rng *r, int n)
{
	return (int)(rng_next(r) % (uint64_t)n);
}

/* uniform in [lo, hi] */
static int
rng_range(Rng *r, int lo, int hi)
{
	return lo + rng_below(r, hi - lo + 1);
}

/* true with probability pct/100 */
static int
rng_chance(Rng *r, int pct)
{
	return rng_below(r, 100) < pct;
}

static uint64_t
hash3(uint64_t seed, uint64_t stream, uint64_t index)
{
	Rng r = rng_for(seed, stream, index);
	return rng_next(&r);
}

enum { S_ARTICLE = 1, S_PERSON, S_OFFICE, S_COUNTRY, S_PAIR };

/* ---------------------------------------------------------------- buffer */

typedef struct {
	char *p;
	size_t len;
	size_t cap;
} Buf;

static void
die(const char *msg)
{
	fprintf(stderr, "gen-articles: %s\n", msg);
	exit(1);
}

static void
reserve(Buf *b, size_t extra)
{
	if (b->len + extra + 1 <= b->cap) {
		return;
	}
	size_t cap = b->cap ? b->cap : 8192;
	while (cap < b->len + extra + 1) {
		cap *= 2;
	}
	char *p = realloc(b->p, cap);
	if (!p) {
		die("out of memory");
	}
	b->p = p;
	b->cap = cap;
}

static void
putn(Buf *b, const char *s, size_t n)
{
	reserve(b, n);
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
}

static void
put(Buf *b, const char *s)
{
	putn(b, s, strlen(s));
}

static void
put_int(Buf *b, long v)
{
	char tmp[32];
	int n = snprintf(tmp, sizeof tmp, "%ld", v);
	putn(b, tmp, (size_t)n);
}

/* ------------------------------------------------------------- regions */

/* Naming regions: given names (male, female) and surnames, '|'-separated. */
enum {
	R_WAF, R_LUSO, R_FR, R_HISP, R_GERM, R_NORD, R_CEE, R_GREEK, R_TURK,
	R_SASIA, R_ARAB, R_EAFR, R_JP, R_KR, R_CN, R_VN, R_MALAY, R_PHIL,
	R_THAI, R_ANGLO, R_ITAL, R_ESLAV, R_CAUC, R_MALG, R_MONG, NREGION
};

typedef struct {
	const char *male;
	const char *female;
	const char *sur;
	int family_first; /* surname written first (Zhang Wei) */
	int double_sur;   /* percent of two surnames (Ibáñez Salgado) */
	int middle;       /* percent of a second given name */
} RegionSrc;

static const RegionSrc region_src[NREGION] = {
	[R_WAF] = {"Mamadou|Ousmane|Cheikh|Moussa|Ibrahima|Abdoulaye|Seydou|Adama|"
		   "Boubacar|Souleymane|Oumar|Modou|Lamine|Babacar|Alassane|Mahamadou|"
		   "Issa|Salif|Bakary|Idrissa|Aliou|Djibril|Pape|Serigne|Amadou|"
		   "Hamidou|Tiémoko|Yacouba|Sidiki|Jean-Baptiste|Pierre-Claver|Émile|"
		   "Désiré|Koffi|Yao|Fousseyni|Mahamat|Théophile",
		   "Aminata|Fatou|Aïssatou|Awa|Mariama|Kadiatou|Ndèye|Khady|Rokhaya|"
		   "Coumba|Adjoua|Mariétou|Bintou|Safiatou|Oumou|Assétou|Djénéba|Rokia|"
		   "Hawa|Nafissatou|Clémentine|Euphrasie",
		   "Diallo|Ndiaye|N'Diaye|Mbaye|Sow|Traoré|Koné|Ouédraogo|Sawadogo|"
		   "Coulibaly|Diop|Fall|Faye|Gueye|Cissé|Touré|Keïta|Sanogo|Bâ|Camara|"
		   "Sylla|Sarr|Kaboré|Zongo|Maïga|Issoufou|Ouattara|Kouassi|N'Guessan|"
		   "Kouamé|Bamba|Dembélé|Diarra|Konaté|Sidibé|Mbodj|Niang|Thiam|Seck|"
		   "Kane|Baldé|Bah|Kourouma|Nkoulou|Mbarga|Essomba|Atangana|N'Dour|"
		   "M'Bengue|Tall|Dramé|Soumaré|Goïta|Zerbo|Hounkpatin|Agbodjan",
		   0, 0, 20},
	[R_LUSO] = {"João|José|António|Gonçalo|Luís|Sebastião|Tomás|Rui|Vítor|Nuno|"
		    "Duarte|Afonso|Joaquim|Manuel|Fernando|Paulo|Sérgio|Márcio|Flávio|"
		    "Rodrigo|Augusto|Henrique|Domingos|Filipe|Júlio|Agostinho",
		    "Inês|Conceição|Beatriz|Filipa|Margarida|Helena|Ana|Joana|Mariana|"
		    "Leonor|Fátima|Graça|Luísa|Sónia|Cláudia|Patrícia|Rosário|Teresa",
		    "Silva|Santos|Ferreira|Gonçalves|Simões|Magalhães|Guimarães|Araújo|"
		    "Patrício|Gaspar|Brandão|Pereira|Costa|Oliveira|Rodrigues|Martins|"
		    "Sousa|Fernandes|Lopes|Marques|Almeida|Ribeiro|Pinto|Carvalho|"
		    "Teixeira|Moreira|Correia|Mendes|Nunes|Soares|Vieira|Monteiro|"
		    "Cardoso|Rocha|Neves|Coelho|Cunha|Lourenço|Baptista|Tavares|Sampaio|"
		    "Nogueira|Azevedo|dos Santos|da Silva|de Sousa|Mondlane|Chissano|"
		    "Neto|Tavares da Veiga",
		    0, 40, 15},
	[R_FR] = {"François|Jérôme|Éric|Raphaël|Joël|Benoît|Frédéric|Loïc|Mathéo|"
		  "Noël|Pierre|Jean-Marc|Jean-Pierre|Pierre-Antoine|Thierry|Olivier|"
		  "Laurent|Stéphane|Sébastien|Guillaume|Étienne|Hervé|Gérard|Didier|"
		  "Xavier|Yannick|Rémi|Cédric|Grégoire|Thibault|Bertrand|Édouard|"
		  "Jean-Baptiste|Marc-Antoine|Hugues|Gaël|Anthime",
		  "Hélène|Émilie|Zoé|Chloé|Anaïs|Maëlle|Gaëlle|Agnès|Cécile|Géraldine|"
		  "Léa|Océane|Séverine|Thérèse|Valérie|Amélie|Catherine|Sophie|"
		  "Isabelle|Florence|Béatrice|Claire|Élodie|Marie-Christine|Anne-Laure|"
		  "Ségolène|Nathalie|Brigitte|Marion|Clémence",
		  "Dupont|Lefèvre|Gauthier|Bérenger|Côté|Lévesque|Dubois|Lambert|"
		  "Fontaine|Rousseau|Girard|Morel|Mercier|Guérin|Faure|Chevalier|"
		  "Leclerc|Bonnet|Béranger|Thébault|Lefèvre-Ducasse|Martin|Bernard|"
		  "Petit|Durand|Leroy|Moreau|Simon|Michel|Roux|Vincent|Fournier|"
		  "Lemaire|Barbier|Arnaud|Duval|Brunet|Blanchard|Gaillard|Perrin|"
		  "Dumas|Marchand|Renaud|Picard|Aubert|Hébert|Lacroix|Delacroix|"
		  "Desjardins|d'Estaing|de La Rochefoucauld|Kerjean|Prud'homme|"
		  "L'Héritier|D'Aubigné|Saint-Martin|Pélissier|Vaillancourt|Gagné|"
		  "de Villiers|Burkhard|Lecointre",
		  0, 0, 0},
	[R_HISP] = {"Andrés|Ángel|Jesús|Iñaki|Martín|Ramón|Álvaro|Joaquín|Sebastián|"
		    "Rodrigo|Alejandro|Carlos|Javier|Miguel|Fernando|Diego|Gonzalo|"
		    "Ignacio|Raúl|Óscar|Héctor|Luis|Francisco|Juan Carlos|José María|"
		    "Mauricio|Hernán|Esteban|Pablo|Tomás",
		    "Sofía|María|Lucía|Begoña|Mónica|Rocío|Carmen|Pilar|Isabel|Elena|"
		    "Marta|Beatriz|Gabriela|Valentina|Camila|Daniela|Ximena|Inés|"
		    "Margarita|María José|Paula|Verónica|Adriana",
		    "Rodríguez|Gómez|Pérez|Núñez|Muñoz|Ibáñez|García|Fernández|López|"
		    "Martínez|Sánchez|Jiménez|Salgado|Hernández|Díaz|Moreno|Álvarez|"
		    "Romero|Torres|Ramírez|Flores|Vargas|Castillo|Ortega|Rubio|Molina|"
		    "Delgado|Castro|Ortiz|Serrano|Vázquez|Gutiérrez|Mendoza|Aguilar|"
		    "Peña|Cabrera|Reyes|Herrera|Medina|Guerrero|Cortés|Fuentes|Carrasco|"
		    "Echeverría|Aranguren|Urrutia|Goicoechea|de la Fuente|del Río",
		    0, 45, 10},
	[R_GERM] = {"Jürgen|Günther|Jörg|Matthias|Andreas|Stefan|Thomas|Michael|Klaus|"
		    "Wolfgang|Uwe|Dirk|Frank|Markus|Tobias|Florian|Sebastian|Jan|"
		    "Pieter|Maarten|Joost|Sjoerd|Willem|Bram|Hendrik|Lukas|Maximilian|"
		    "Johannes|Rüdiger|Björn|Karl-Heinz|Hans-Peter",
		    "Käthe|Ulrike|Sabine|Annegret|Ursula|Christine|Claudia|Monika|Petra|"
		    "Anke|Heike|Julia|Franziska|Katrin|Sanne|Femke|Anouk|Marieke|Ineke|"
		    "Lotte|Birgit|Gisela|Jutta",
		    "Müller|Schäfer|Weiß|Köhler|Jäger|Schröder|Krüger|Hoffmann|Becker|"
		    "Wagner|Schmidt|Schneider|Fischer|Meyer|Weber|Schulz|Koch|Richter|"
		    "Klein|Wolf|Neumann|Schwarz|Zimmermann|Braun|Hartmann|Lange|Schmitt|"
		    "Werner|Krause|Lehmann|Herrmann|König|Walter|Huber|Kaiser|Fuchs|"
		    "Scholz|Möller|Groß|de Jong|Jansen|de Vries|van den Berg|van Dijk|"
		    "Bakker|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Peeters|"
		    "Janssens|Maes|Claes|Goossens|Wouters|De Smet|Vermeulen",
		    0, 0, 5},
	[R_NORD] = {"Lars|Henrik|Søren|Björn|Erik|Magnus|Anders|Nils|Olav|Knut|Jens|"
		    "Mikkel|Rasmus|Johan|Gustav|Oskar|Mikko|Jukka|Antti|Pekka|Timo|"
		    "Ville|Tõnu|Jaak|Rein|Sigurður",
		    "Åsa|Ingrid|Sigrún|Karin|Kristin|Astrid|Linnea|Maja|Sofie|Mette|"
		    "Hanne|Anneli|Liisa|Marjatta|Päivi|Kaja|Signe|Tiina|Hildur",
		    "Andersson|Johansson|Nilsson|Hansen|Jensen|Nielsen|Sørensen|"
		    "Virtanen|Korhonen|Karlsson|Eriksson|Larsson|Olsson|Persson|"
		    "Svensson|Gustafsson|Lindqvist|Lindström|Bergström|Åberg|Lindgren|"
		    "Johansen|Olsen|Pedersen|Andersen|Christensen|Rasmussen|Jørgensen|"
		    "Madsen|Haugen|Berg|Dahl|Solberg|Bakken|Nieminen|Mäkinen|"
		    "Hämäläinen|Laine|Heikkinen|Koskinen|Järvinen|Tamm|Saar|Sepp|Mägi|"
		    "Kask",
		    0, 0, 5},
	[R_CEE] = {"Łukasz|Wojciech|Paweł|Zbigniew|Tomasz|Krzysztof|Piotr|Marek|"
		   "Jarosław|Tomáš|Jiří|Dušan|Petr|Pavel|Miroslav|Ladislav|Ștefan|"
		   "Mihai|Răzvan|Ion|Andrei|Cătălin|Zoltán|Gábor|László|István|Bogdan|"
		   "Dragan|Nikola|Milan|Goran|Ivan|Dimitar|Georgi|Tomislav|Mindaugas|"
		   "Andris|Aleš|Vilmos",
		   "Małgorzata|Agnieszka|Katarzyna|Joanna|Ewa|Zuzana|Jana|Lucie|"
		   "Markéta|Ioana|Elena|Andreea|Mihaela|Katalin|Zsuzsanna|Erzsébet|"
		   "Ivana|Milica|Jelena|Snežana|Rasa|Inga|Dace|Vesna|Nataša",
		   "Kowalski|Wiśniewski|Wójcik|Nowak|Kamiński|Lewandowski|Zieliński|"
		   "Szymański|Woźniak|Dąbrowski|Kozłowski|Mazur|Dvořák|Novák|Svoboda|"
		   "Novotný|Černý|Procházka|Kučera|Veselý|Horváth|Nagy|Kovács|Tóth|"
		   "Szabó|Varga|Kiss|Molnár|Popescu|Ionescu|Țurcanu|Popa|Stan|Dumitru|"
		   "Constantinescu|Georgescu|Ivanov|Petrov|Dimitrov|Georgiev|"
		   "Jovanović|Petrović|Nikolić|Marković|Horvat|Kovačević|Babić|"
		   "Kazlauskas|Jankauskas|Bērziņš|Kalniņš|Krajnc|Zupančič",
		   0, 0, 0},
	[R_GREEK] = {"Dimitrios|Konstantinos|Georgios|Nikolaos|Ioannis|Panagiotis|"
		     "Christos|Vasileios|Athanasios|Michail|Evangelos|Stavros|Andreas|"
		     "Kyriakos|Nikos|Spyros",
		     "Eleni|Maria|Aikaterini|Sofia|Despina|Vasiliki|Georgia|Anna|"
		     "Dimitra|Theodora|Chrysanthi",
		     "Papadopoulos|Georgiou|Nikolaïdis|Papadakis|Pappas|Oikonomou|"
		     "Vlachos|Konstantinidis|Dimitriou|Ioannou|Karagiannis|Alexiou|"
		     "Christodoulou|Panagiotopoulos|Angelopoulos|Makris|Antoniou|"
		     "Athanasiou|Stavrou|Kyriakou|Michaelides|Charalambous",
		     0, 0, 0},
	[R_TURK] = {"Mehmet|Ömer|Şükrü|Hakan|Yusuf|İsmail|Mustafa|Ahmet|Hüseyin|Hasan|"
		    "İbrahim|Murat|Emre|Selçuk|Yaşar|Kemal|Elnur|Rashad|Zakir|"
		    "Nursultan|Yerlan|Askar|Bakhtiyor|Rustam|Timur|Dauren|Serik",
		    "Ayşe|Çağla|Emine|Gülşen|Zeynep|Hülya|Elif|Fatma|Merve|Selin|"
		    "Leyla|Aytən|Günel|Aigerim|Dinara|Saule|Gulnara|Dilnoza|Nigora",
		    "Yılmaz|Çelik|Öztürk|Doğan|Şahin|Kılıç|Aydın|Özdemir|Arslan|Koç|"
		    "Kaya|Demir|Yıldız|Yıldırım|Güler|Erdem|Aksoy|Aliyev|Mammadov|"
		    "Hasanov|Huseynov|Guliyev|Nurlanov|Abenov|Zhaksybekov|Seitkali|"
		    "Karimov|Yusupov|Rakhimov|Ergashev|Tursunov",
		    0, 0, 0},
	[R_SASIA] = {"Khawaja|Asim|Bilal|Imran|Tariq|Farhan|Hamza|Arjun|Rahul|Vikram|"
		     "Sanjay|Anil|Rajesh|Sunil|Amit|Manoj|Zubair|Shahid|Naveed|Faisal|"
		     "Kamran|Junaid|Raheel|Rohan|Abdul|Mahmud|Shafiqul|Nirmal|Prakash|"
		     "Dinesh|Ravi",
		     "Sana|Ayesha|Nadia|Zainab|Rukhsana|Priya|Ananya|Deepika|Lakshmi|"
		     "Shreya|Kavita|Sunita|Nasreen|Farzana|Dilrukshi|Sita|Meena|Pooja|"
		     "Rabia|Hina",
		     "Khan|Asif|Qureshi|Siddiqui|Chaudhry|Malik|Hussain|Butt|Abbasi|"
		     "Rana|Sharma|Patel|Singh|Gupta|Reddy|Nair|Iyer|Banerjee|Chatterjee|"
		     "Menon|Mirza|Javed|Raza|Sheikh|Ahmed|Rahman|Chowdhury|Hossain|"
		     "Islam|Perera|Fernando|Jayasuriya|Wickramasinghe|Bandara|Thapa|"
		     "Gurung|Shrestha|Rao|Mehta|Kapoor|Verma|Joshi|Pillai|Das|Bose|"
		     "Mukherjee|Kulkarni|Awan|Niazi|Gilani|Bajwa|Durrani",
		     0, 0, 15},
	[R_ARAB] = {"Mohammed|Ahmed|Youssef|Karim|Rachid|Hicham|Omar|Abdelkader|Hassan|"
		    "Khalid|Walid|Abdellatif|Mustapha|Saïd|Nabil|Fayçal|Tarek|Sami|Ziad|"
		    "Faisal|Abdullah|Sultan|Hamad|Mansour|Saud|Nasser|Jassim|Adel|"
		    "Ibrahim|Mahmoud|Abdelaziz|Driss|Lahcen|Brahim|Noureddine|Slimane|"
		    "Mourad|Riad",
		    "Fatima|Leïla|Samira|Nour|Salma|Meriem|Yasmine|Amira|Rania|Hind|"
		    "Nadia|Khadija|Zineb|Latifa|Souad|Houda|Rim|Dalia|Reem|Aïcha|Nawal|"
		    "Ghita|Amal|Hanane",
		    "Al-Hashimi|Al-Sayed|El Amrani|Benali|Bennani|Alaoui|Tazi|Belkacem|"
		    "Haddad|Mansour|Khoury|Saleh|Ben Youssef|Bouazizi|Chraïbi|"
		    "El Idrissi|Benjelloun|Berrada|Loudiyi|El Fassi|Ouazzani|Benmoussa|"
		    "Zerhouni|Medjdoub|Boukhari|Hamdi|Trabelsi|Jaziri|Gharbi|Ben Salem|"
		    "Mejri|Abdelrahman|Fahmy|Mostafa|Al-Otaibi|Al-Qahtani|Al-Shammari|"
		    "Al-Dosari|Al-Mazrouei|Al-Nuaimi|Al-Kaabi|Al-Busaidi|Al-Rashid|"
		    "Al-Jubouri|Al-Obeidi|Aoun|Salameh|Karam|Nassar|Ould Cheikh|"
		    "Ould Brahim|Ould Ahmed|Ben M'Barek|Aït Ahmed",
		    0, 0, 10},
	[R_EAFR] = {"Chinedu|Emeka|Oluwaseun|Kwame|Kofi|Yaw|Kwabena|Otieno|Kipchoge|"
		    "Kiprotich|Tesfaye|Abebe|Thabo|Sipho|Musa|Babatunde|Tunde|Ifeanyi|"
		    "Olusegun|Yakubu|Samuel|Daniel|Peter|Joseph|Godfrey|Moses|Emmanuel|"
		    "Patrice|Jean-Paul|Innocent|Mandla|Bongani|Lwazi|Tendai|Kagiso|Mpho|"
		    "Dawit",
		    "Ngozi|Adaeze|Folake|Ama|Abena|Efua|Akosua|Wanjiru|Achieng|Njeri|"
		    "Meron|Hiwot|Nomvula|Lindiwe|Thandiwe|Naledi|Chiamaka|Funmilayo|"
		    "Yetunde|Aisha|Grace|Esther|Joyce|Florence|Immaculée|Josiane",
		    "Okafor|Adeyemi|Okonkwo|Eze|Mensah|Owusu|Boateng|Kamau|Otieno|"
		    "Mwangi|Haile|Bekele|Dlamini|Nkosi|Ndlovu|Abiodun|Nwosu|Adebayo|"
		    "Ogunleye|Obi|Ibekwe|Danjuma|Abubakar|Bello|Yusuf|Lawal|Asante|"
		    "Agyeman|Darko|Osei|Appiah|Kiprop|Rotich|Ochieng|Njoroge|Kariuki|"
		    "Wambua|Gebremedhin|Tadesse|Girma|Mokoena|Khumalo|Mahlangu|"
		    "van der Merwe|Botha|Pretorius|Habimana|Uwimana|Nshimiyimana|"
		    "Mugisha|Okello|Banda|Phiri|Mwale|Mwakyembe",
		    0, 0, 25},
	[R_JP] = {"Hiroshi|Takeshi|Kenji|Takashi|Makoto|Yoshihiro|Kazuo|Shinji|Koichi|"
		  "Daisuke|Satoshi|Haruto|Akira|Tetsuya|Masahiro|Ryo|Minoru",
		  "Yuki|Sakura|Yoko|Keiko|Naoko|Akiko|Emi|Haruka|Mariko|Tomoko|Ayumi|"
		  "Chieko",
		  "Tanaka|Suzuki|Satō|Takahashi|Watanabe|Itō|Yamamoto|Nakamura|"
		  "Kobayashi|Katō|Yoshida|Yamada|Sasaki|Yamaguchi|Matsumoto|Inoue|"
		  "Kimura|Hayashi|Shimizu|Saitō|Nakagawa|Ōno|Kōno|Mori|Ikeda",
		  0, 0, 0},
	[R_KR] = {"Min-jun|Ji-ho|Seo-jun|Do-yun|Jae-hyun|Sung-ho|Young-soo|Dong-hyun|"
		  "Jong-seop|Kyung-soo|Hyun-woo|Sang-min|Byung-chul|Tae-young|"
		  "Joon-young",
		  "Seo-yeon|Ji-woo|Ha-eun|Min-seo|Su-bin|Eun-ji|Hye-jin|Yoon-hee|"
		  "Ji-young|Mi-kyung|Soo-ah",
		  "Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Han|Oh|Seo|Shin|Kwon|"
		  "Hwang|Ahn|Song|Jeon|Hong|Moon|Yang|Baek|Nam|Ryu",
		  1, 0, 0},
	[R_CN] = {"Wei|Jian|Lei|Tao|Jun|Hao|Bo|Gang|Ming|Qiang|Yong|Jie|Feng|Zhiwei|"
		  "Guoqiang|Xiaoming|Jianguo|Dong|Hui|Lin",
		  "Mei|Xiu|Li|Fang|Jing|Yan|Min|Ying|Hong|Xiaoyan|Yuxin|Lan|Hua|Qing",
		  "Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|"
		  "Guo|He|Gao|Lin|Luo|Zheng|Liang|Xie|Song|Tang|Han|Feng|Deng|Cao|"
		  "Peng",
		  1, 0, 0},
	[R_VN] = {"Văn Minh|Văn Dũng|Đức Thắng|Quốc Khánh|Hữu Thành|Minh Tuấn|"
		  "Xuân Phúc|Thanh Sơn|Văn Giang|Tiến Dũng|Hoàng Nam|Công Phượng",
		  "Thị Hà|Thị Thảo|Thị Lan|Thu Trang|Ngọc Anh|Thanh Hương|Minh Châu|"
		  "Thị Mai",
		  "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|"
		  "Dương|Lý",
		  1, 0, 0},
	[R_MALAY] = {"Budi|Agus|Rizal|Ahmad|Muhammad|Hadi|Bambang|Joko|Yudo|Andika|"
		     "Hishammuddin|Azman|Faizal|Hafiz|Zulkifli|Wahyu|Eko|Dedi",
		     "Siti|Dewi|Nurul|Sri|Putri|Ratna|Wulan|Aminah|Nor Azizah|Farah",
		     "Santoso|Wijaya|Hidayat|Kusuma|Pratama|Saputra|Setiawan|Nugroho|"
		     "Wibowo|Susanto|Gunawan|Siregar|Nasution|Harahap|Ibrahim|Abdullah|"
		     "Hassan|Rahman|Ismail|Osman|Yusof|bin Hussein|bin Ahmad|Razak",
		     0, 0, 10},
	[R_PHIL] = {"Rodrigo|Eduardo|Romeo|Delfin|Teodoro|Gilberto|Ronald|Jose|Antonio|"
		    "Emmanuel|Rafael|Manuel|Andres|Ramon",
		    "Maria Elena|Cristina|Rosario|Liza|Corazon|Gloria|Teresita|Marites|"
		    "Ma. Luisa",
		    "dela Cruz|Reyes|Santos|Bautista|Villanueva|Aquino|Dimaculangan|"
		    "Macaraeg|Garcia|Mendoza|Ramos|Castillo|Lorenzana|Padilla|"
		    "Tolentino|Soriano",
		    0, 0, 0},
	[R_THAI] = {"Somchai|Anupong|Chaiwat|Kittisak|Narong|Sompong|Thawatchai|"
		    "Surasak|Worawut|Apirat|Chalermchai",
		    "Siriporn|Nattaya|Kanokwan|Pimchanok|Sukanya|Ratana|Wanida|Porntip",
		    "Srisuk|Chaiyaporn|Wongsuwan|Sukprasert|Thongchai|Rattanakorn|"
		    "Boonmee|Kaewkhao|Phromsuwan|Charoenkul|Saetang|Jaidee|Somboon|"
		    "Intharat",
		    0, 0, 0},
	[R_ANGLO] = {"James|Robert|Michael|William|David|Richard|Thomas|Charles|"
		     "Christopher|Daniel|Matthew|Andrew|Mark|Paul|Steven|Kevin|Brian|"
		     "Patrick|Seán|Ciarán|Pádraig|Liam|Connor|Hamish|Angus|Rhys|Gareth|"
		     "Nathan|Tyler|Ryan|Lloyd|D'Arcy|Grant|Malcolm",
		     "Mary|Patricia|Jennifer|Linda|Elizabeth|Susan|Sarah|Karen|Nancy|"
		     "Margaret|Siobhán|Niamh|Aoife|Emma|Olivia|Charlotte|Rebecca|Rachel|"
		     "Fiona|Kirsty|Megan|Jacinta|Penelope|Grace|Hannah|Kathleen",
		     "Smith|Johnson|Williams|Brown|Jones|Taylor|Davies|Evans|Roberts|"
		     "Walker|Wright|Thompson|O'Brien|O'Neill|O'Connor|O'Sullivan|O'Hara|"
		     "McCarthy|MacLeod|McKenzie|Murphy|Kelly|Ryan|Byrne|Campbell|"
		     "Stewart|Anderson|Clarke|Hughes|Harris|Lewis|Robinson|Hall|Allen|"
		     "Young|King|Scott|Green|Baker|Adams|Nelson|Carter|Mitchell|Turner|"
		     "Phillips|Parker|Collins|Edwards|Morris|Cooper|Ward|Bailey|"
		     "Holloway|Ashcombe|Fitzgerald|Fitzpatrick|Sinclair|Whitaker|"
		     "Tremblay|Gagnon|Bouchard|D'Souza|Ó Briain|Ní Bhriain",
		     0, 0, 20},
	[R_ITAL] = {"Marco|Alessandro|Niccolò|Giuseppe|Giovanni|Antonio|Francesco|Luca|"
		    "Matteo|Lorenzo|Andrea|Stefano|Roberto|Paolo|Guido|Carmelo|"
		    "Salvatore|Fabrizio|Claudio|Giancarlo",
		    "Giulia|Francesca|Chiara|Alessandra|Elisabetta|Federica|Valentina|"
		    "Silvia|Paola|Roberta|Simona|Lucia|Antonella",
		    "Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|"
		    "Greco|Bruno|Gallo|Conti|De Luca|Mancini|Costa|Giordano|Rizzo|"
		    "Lombardi|Moretti|D'Angelo|Dell'Acqua|D'Alessandro|Dell'Orto|"
		    "Lo Russo|Di Stefano|Fabbri|Caruso|Farrugia|Camilleri|Borg|Vella|"
		    "Grech|Zammit",
		    0, 0, 0},
	[R_ESLAV] = {"Oleksandr|Dmytro|Andriy|Serhiy|Mykola|Volodymyr|Yuriy|Vasyl|"
		     "Bohdan|Taras|Oleh|Ihor|Valeriy|Vitaliy|Roman|Anatolie|Vlad|Igor|"
		     "Maxim|Petru",
		     "Olena|Nataliya|Iryna|Oksana|Tetiana|Yuliia|Halyna|Svitlana|"
		     "Kateryna|Maia|Natalia|Doina",
		     "Shevchenko|Kovalenko|Bondarenko|Tkachenko|Kravchenko|Oliynyk|"
		     "Melnyk|Boyko|Marchenko|Lysenko|Rudenko|Moroz|Savchenko|Hrytsenko|"
		     "Pavlenko|Kovalchuk|Polishchuk|Sydorenko|Ciobanu|Rusu|Munteanu|"
		     "Ceban|Lungu|Cojocaru",
		     0, 0, 0},
	[R_CAUC] = {"Giorgi|Levan|Davit|Armen|Tigran|Aram|Irakli|Zurab|Vakhtang|"
		    "Hayk|Gevorg",
		    "Nino|Tamar|Ani|Gayane|Lusine|Ketevan|Mariam|Tamta",
		    "Beridze|Kapanadze|Gelashvili|Japaridze|Lomidze|Tsiklauri|"
		    "Petrosyan|Harutyunyan|Sargsyan|Hovhannisyan|Grigoryan|Avetisyan|"
		    "Papuashvili|Chkheidze",
		    0, 0, 0},
	[R_MALG] = {"Andry|Hery|Rivo|Tiana|Fanomezantsoa|Njaka|Mamy|Haja|Lova",
		    "Voahangy|Lalao|Hanitra|Fara|Noro|Volatiana",
		    "Rakotomalala|Randrianarisoa|Rasolofo|Andriamanana|Rakotoarison|"
		    "Razafindrakoto|Rabemananjara|Andrianjafy|Ratsimbazafy|"
		    "Randriamampionona",
		    0, 0, 0},
	[R_MONG] = {"Batbayar|Ganbold|Enkhbold|Tsogt|Bat-Erdene|Sükhbaatar|Gantulga",
		    "Oyuun|Enkhjargal|Sarangerel|Altantsetseg|Bolormaa",
		    "Ganbaatar|Dorj|Bold|Erdenebat|Tserendorj|Batsaikhan|Purevdorj",
		    0, 0, 0},
};

typedef struct {
	const char **v;
	int n;
} List;

typedef struct {
	List male, female, sur;
} Region;

static Region regions[NREGION];

static List
split_list(const char *src)
{
	List l = {NULL, 1};
	for (const char *p = src; *p; ++p) {
		l.n += *p == '|';
	}
	char *copy = malloc(strlen(src) + 1);
	l.v = malloc((size_t)l.n * sizeof *l.v);
	if (!copy || !l.v) {
		die("out of memory");
	}
	strcpy(copy, src);
	int i = 0;
	char *s = copy;
	for (char *p = copy;; ++p) {
		if (*p == '|' || *p == '\0') {
			int end = *p == '\0';
			*p = '\0';
			l.v[i++] = s;
			s = p + 1;
			if (end) {
				break;
			}
		}
	}
	return l;
}

/* ------------------------------------------------------------ countries */

typedef struct {
	const char *code;
	const char *en;      /* "Pakistan", "the United States" */
	const char *adj_en;  /* "Pakistani" */
	const char *inst_en; /* adjective in institution names; NULL: adj_en */
	const char *fr;      /* "Pakistan", without its article */
	const char *fr_art;  /* "le", "la", "l'", "les" or "" */
	const char *adj_m;   /* "pakistanais" */
	const char *adj_f;   /* "pakistanaise" */
	const char *cap_en, *cap_fr;
	const char *city_en, *city_fr; /* another city; NULL: the capital */
	signed char reg1, reg2;        /* naming regions (reg2 for 30%) */
	unsigned char franco;          /* French-speaking or close to it */
} Country;

static const Country countries[] = {
	{"SN", "Senegal", "Senegalese", 0, "Sénégal", "le", "sénégalais", "sénégalaise", "Dakar", "Dakar", "Thiès", "Thiès", R_WAF, -1, 1},
	{"ML", "Mali", "Malian", 0, "Mali", "le", "malien", "malienne", "Bamako", "Bamako", "Gao", "Gao", R_WAF, -1, 1},
	{"CI", "Côte d'Ivoire", "Ivorian", 0, "Côte d'Ivoire", "la", "ivoirien", "ivoirienne", "Abidjan", "Abidjan", "Bouaké", "Bouaké", R_WAF, -1, 1},
	{"BF", "Burkina Faso", "Burkinabe", 0, "Burkina Faso", "le", "burkinabè", "burkinabè", "Ouagadougou", "Ouagadougou", "Bobo-Dioulasso", "Bobo-Dioulasso", R_WAF, -1, 1},
	{"NE", "Niger", "Nigerien", 0, "Niger", "le", "nigérien", "nigérienne", "Niamey", "Niamey", "Agadez", "Agadez", R_WAF, R_ARAB, 1},
	{"GN", "Guinea", "Guinean", 0, "Guinée", "la", "guinéen", "guinéenne", "Conakry", "Conakry", "Kankan", "Kankan", R_WAF, -1, 1},
	{"CM", "Cameroon", "Cameroonian", 0, "Cameroun", "le", "camerounais", "camerounaise", "Yaoundé", "Yaoundé", "Douala", "Douala", R_WAF, -1, 1},
	{"TD", "Chad", "Chadian", 0, "Tchad", "le", "tchadien", "tchadienne", "N'Djamena", "N'Djaména", "Abéché", "Abéché", R_WAF, R_ARAB, 1},
	{"MR", "Mauritania", "Mauritanian", 0, "Mauritanie", "la", "mauritanien", "mauritanienne", "Nouakchott", "Nouakchott", "Nouadhibou", "Nouadhibou", R_ARAB, R_WAF, 1},
	{"BJ", "Benin", "Beninese", 0, "Bénin", "le", "béninois", "béninoise", "Cotonou", "Cotonou", "Parakou", "Parakou", R_WAF, -1, 1},
	{"TG", "Togo", "Togolese", 0, "Togo", "le", "togolais", "togolaise", "Lomé", "Lomé", "Kara", "Kara", R_WAF, -1, 1},
	{"GA", "Gabon", "Gabonese", 0, "Gabon", "le", "gabonais", "gabonaise", "Libreville", "Libreville", "Port-Gentil", "Port-Gentil", R_WAF, -1, 1},
	{"CG", "Congo", "Congolese", 0, "Congo", "le", "congolais", "congolaise", "Brazzaville", "Brazzaville", "Pointe-Noire", "Pointe-Noire", R_WAF, -1, 1},
	{"CD", "the Democratic Republic of the Congo", "Congolese", 0, "République démocratique du Congo", "la", "congolais", "congolaise", "Kinshasa", "Kinshasa", "Goma", "Goma", R_WAF, R_EAFR, 1},
	{"CF", "the Central African Republic", "Central African", 0, "Centrafrique", "la", "centrafricain", "centrafricaine", "Bangui", "Bangui", NULL, NULL, R_WAF, -1, 1},
	{"DJ", "Djibouti", "Djiboutian", 0, "Djibouti", "", "djiboutien", "djiboutienne", "Djibouti", "Djibouti", NULL, NULL, R_ARAB, -1, 1},
	{"MG", "Madagascar", "Malagasy", 0, "Madagascar", "", "malgache", "malgache", "Antananarivo", "Antananarivo", "Toamasina", "Toamasina", R_MALG, -1, 1},
	{"RW", "Rwanda", "Rwandan", 0, "Rwanda", "le", "rwandais", "rwandaise", "Kigali", "Kigali", "Gisenyi", "Gisenyi", R_EAFR, -1, 1},
	{"PT", "Portugal", "Portuguese", 0, "Portugal", "le", "portugais", "portugaise", "Lisbon", "Lisbonne", "Porto", "Porto", R_LUSO, -1, 0},
	{"BR", "Brazil", "Brazilian", 0, "Brésil", "le", "brésilien", "brésilienne", "Brasília", "Brasília", "Rio de Janeiro", "Rio de Janeiro", R_LUSO, -1, 0},
	{"AO", "Angola", "Angolan", 0, "Angola", "l'", "angolais", "angolaise", "Luanda", "Luanda", "Lobito", "Lobito", R_LUSO, -1, 0},
	{"MZ", "Mozambique", "Mozambican", 0, "Mozambique", "le", "mozambicain", "mozambicaine", "Maputo", "Maputo", "Beira", "Beira", R_LUSO, -1, 0},
	{"CV", "Cape Verde", "Cape Verdean", 0, "Cap-Vert", "le", "cap-verdien", "cap-verdienne", "Praia", "Praia", "Mindelo", "Mindelo", R_LUSO, -1, 0},
	{"FR", "France", "French", 0, "France", "la", "français", "française", "Paris", "Paris", "Toulon", "Toulon", R_FR, -1, 1},
	{"BE", "Belgium", "Belgian", 0, "Belgique", "la", "belge", "belge", "Brussels", "Bruxelles", "Liège", "Liège", R_FR, R_GERM, 1},
	{"CH", "Switzerland", "Swiss", 0, "Suisse", "la", "suisse", "suisse", "Bern", "Berne", "Geneva", "Genève", R_GERM, R_FR, 1},
	{"LU", "Luxembourg", "Luxembourgish", 0, "Luxembourg", "le", "luxembourgeois", "luxembourgeoise", "Luxembourg", "Luxembourg", NULL, NULL, R_FR, R_GERM, 1},
	{"CA", "Canada", "Canadian", 0, "Canada", "le", "canadien", "canadienne", "Ottawa", "Ottawa", "Halifax", "Halifax", R_ANGLO, R_FR, 1},
	{"ES", "Spain", "Spanish", 0, "Espagne", "l'", "espagnol", "espagnole", "Madrid", "Madrid", "Cartagena", "Carthagène", R_HISP, -1, 0},
	{"MX", "Mexico", "Mexican", 0, "Mexique", "le", "mexicain", "mexicaine", "Mexico City", "Mexico", "Veracruz", "Veracruz", R_HISP, -1, 0},
	{"AR", "Argentina", "Argentine", 0, "Argentine", "l'", "argentin", "argentine", "Buenos Aires", "Buenos Aires", "Córdoba", "Córdoba", R_HISP, R_ITAL, 0},
	{"CL", "Chile", "Chilean", 0, "Chili", "le", "chilien", "chilienne", "Santiago", "Santiago", "Valparaíso", "Valparaíso", R_HISP, -1, 0},
	{"CO", "Colombia", "Colombian", 0, "Colombie", "la", "colombien", "colombienne", "Bogotá", "Bogota", "Cartagena", "Carthagène", R_HISP, -1, 0},
	{"PE", "Peru", "Peruvian", 0, "Pérou", "le", "péruvien", "péruvienne", "Lima", "Lima", "Callao", "Callao", R_HISP, -1, 0},
	{"UY", "Uruguay", "Uruguayan", 0, "Uruguay", "l'", "uruguayen", "uruguayenne", "Montevideo", "Montevideo", NULL, NULL, R_HISP, R_ITAL, 0},
	{"EC", "Ecuador", "Ecuadorian", 0, "Équateur", "l'", "équatorien", "équatorienne", "Quito", "Quito", "Guayaquil", "Guayaquil", R_HISP, -1, 0},
	{"DO", "the Dominican Republic", "Dominican", 0, "République dominicaine", "la", "dominicain", "dominicaine", "Santo Domingo", "Saint-Domingue", NULL, NULL, R_HISP, -1, 0},
	{"DE", "Germany", "German", 0, "Allemagne", "l'", "allemand", "allemande", "Berlin", "Berlin", "Munich", "Munich", R_GERM, -1, 0},
	{"AT", "Austria", "Austrian", 0, "Autriche", "l'", "autrichien", "autrichienne", "Vienna", "Vienne", "Graz", "Graz", R_GERM, -1, 0},
	{"NL", "the Netherlands", "Dutch", "Netherlands", "Pays-Bas", "les", "néerlandais", "néerlandaise", "The Hague", "La Haye", "Den Helder", "Den Helder", R_GERM, -1, 0},
	{"SE", "Sweden", "Swedish", 0, "Suède", "la", "suédois", "suédoise", "Stockholm", "Stockholm", "Karlskrona", "Karlskrona", R_NORD, -1, 0},
	{"NO", "Norway", "Norwegian", 0, "Norvège", "la", "norvégien", "norvégienne", "Oslo", "Oslo", "Bergen", "Bergen", R_NORD, -1, 0},
	{"DK", "Denmark", "Danish", 0, "Danemark", "le", "danois", "danoise", "Copenhagen", "Copenhague", "Aarhus", "Aarhus", R_NORD, -1, 0},
	{"FI", "Finland", "Finnish", 0, "Finlande", "la", "finlandais", "finlandaise", "Helsinki", "Helsinki", "Turku", "Turku", R_NORD, -1, 0},
	{"EE", "Estonia", "Estonian", 0, "Estonie", "l'", "estonien", "estonienne", "Tallinn", "Tallinn", "Tartu", "Tartu", R_NORD, -1, 0},
	{"PL", "Poland", "Polish", 0, "Pologne", "la", "polonais", "polonaise", "Warsaw", "Varsovie", "Gdańsk", "Gdańsk", R_CEE, -1, 0},
	{"CZ", "Czechia", "Czech", 0, "Tchéquie", "la", "tchèque", "tchèque", "Prague", "Prague", "Brno", "Brno", R_CEE, -1, 0},
	{"SK", "Slovakia", "Slovak", 0, "Slovaquie", "la", "slovaque", "slovaque", "Bratislava", "Bratislava", "Košice", "Košice", R_CEE, -1, 0},
	{"HU", "Hungary", "Hungarian", 0, "Hongrie", "la", "hongrois", "hongroise", "Budapest", "Budapest", "Debrecen", "Debrecen", R_CEE, -1, 0},
	{"RO", "Romania", "Romanian", 0, "Roumanie", "la", "roumain", "roumaine", "Bucharest", "Bucarest", "Constanța", "Constanța", R_CEE, -1, 1},
	{"BG", "Bulgaria", "Bulgarian", 0, "Bulgarie", "la", "bulgare", "bulgare", "Sofia", "Sofia", "Varna", "Varna", R_CEE, -1, 0},
	{"HR", "Croatia", "Croatian", 0, "Croatie", "la", "croate", "croate", "Zagreb", "Zagreb", "Split", "Split", R_CEE, -1, 0},
	{"RS", "Serbia", "Serbian", 0, "Serbie", "la", "serbe", "serbe", "Belgrade", "Belgrade", "Niš", "Niš", R_CEE, -1, 0},
	{"LT", "Lithuania", "Lithuanian", 0, "Lituanie", "la", "lituanien", "lituanienne", "Vilnius", "Vilnius", "Klaipėda", "Klaipėda", R_CEE, -1, 0},
	{"LV", "Latvia", "Latvian", 0, "Lettonie", "la", "letton", "lettone", "Riga", "Riga", "Liepāja", "Liepāja", R_CEE, -1, 0},
	{"SI", "Slovenia", "Slovenian", 0, "Slovénie", "la", "slovène", "slovène", "Ljubljana", "Ljubljana", "Koper", "Koper", R_CEE, -1, 0},
	{"GR", "Greece", "Greek", 0, "Grèce", "la", "grec", "grecque", "Athens", "Athènes", "Thessaloniki", "Thessalonique", R_GREEK, -1, 0},
	{"CY", "Cyprus", "Cypriot", 0, "Chypre", "", "chypriote", "chypriote", "Nicosia", "Nicosie", "Limassol", "Limassol", R_GREEK, -1, 0},
	{"TR", "Türkiye", "Turkish", 0, "Turquie", "la", "turc", "turque", "Ankara", "Ankara", "Istanbul", "Istanbul", R_TURK, -1, 0},
	{"AZ", "Azerbaijan", "Azerbaijani", 0, "Azerbaïdjan", "l'", "azerbaïdjanais", "azerbaïdjanaise", "Baku", "Bakou", "Ganja", "Gandja", R_TURK, -1, 0},
	{"KZ", "Kazakhstan", "Kazakh", 0, "Kazakhstan", "le", "kazakh", "kazakhe", "Astana", "Astana", "Almaty", "Almaty", R_TURK, R_ESLAV, 0},
	{"UZ", "Uzbekistan", "Uzbek", 0, "Ouzbékistan", "l'", "ouzbek", "ouzbèke", "Tashkent", "Tachkent", "Samarkand", "Samarcande", R_TURK, -1, 0},
	{"PK", "Pakistan", "Pakistani", "Pakistan", "Pakistan", "le", "pakistanais", "pakistanaise", "Islamabad", "Islamabad", "Karachi", "Karachi", R_SASIA, -1, 0},
	{"IN", "India", "Indian", 0, "Inde", "l'", "indien", "indienne", "New Delhi", "New Delhi", "Mumbai", "Bombay", R_SASIA, -1, 0},
	{"BD", "Bangladesh", "Bangladeshi", "Bangladesh", "Bangladesh", "le", "bangladais", "bangladaise", "Dhaka", "Dacca", "Chittagong", "Chittagong", R_SASIA, -1, 0},
	{"LK", "Sri Lanka", "Sri Lankan", 0, "Sri Lanka", "le", "sri-lankais", "sri-lankaise", "Colombo", "Colombo", "Trincomalee", "Trincomalee", R_SASIA, -1, 0},
	{"NP", "Nepal", "Nepali", 0, "Népal", "le", "népalais", "népalaise", "Kathmandu", "Katmandou", "Pokhara", "Pokhara", R_SASIA, -1, 0},
	{"MA", "Morocco", "Moroccan", 0, "Maroc", "le", "marocain", "marocaine", "Rabat", "Rabat", "Casablanca", "Casablanca", R_ARAB, -1, 1},
	{"DZ", "Algeria", "Algerian", 0, "Algérie", "l'", "algérien", "algérienne", "Algiers", "Alger", "Oran", "Oran", R_ARAB, -1, 1},
	{"TN", "Tunisia", "Tunisian", 0, "Tunisie", "la", "tunisien", "tunisienne", "Tunis", "Tunis", "Bizerte", "Bizerte", R_ARAB, -1, 1},
	{"EG", "Egypt", "Egyptian", 0, "Égypte", "l'", "égyptien", "égyptienne", "Cairo", "Le Caire", "Alexandria", "Alexandrie", R_ARAB, -1, 0},
	{"JO", "Jordan", "Jordanian", 0, "Jordanie", "la", "jordanien", "jordanienne", "Amman", "Amman", "Aqaba", "Aqaba", R_ARAB, -1, 0},
	{"SA", "Saudi Arabia", "Saudi", 0, "Arabie saoudite", "l'", "saoudien", "saoudienne", "Riyadh", "Riyad", "Jeddah", "Djeddah", R_ARAB, -1, 0},
	{"AE", "the United Arab Emirates", "Emirati", "UAE", "Émirats arabes unis", "les", "émirien", "émirienne", "Abu Dhabi", "Abou Dhabi", "Dubai", "Dubaï", R_ARAB, -1, 0},
	{"QA", "Qatar", "Qatari", 0, "Qatar", "le", "qatarien", "qatarienne", "Doha", "Doha", NULL, NULL, R_ARAB, -1, 0},
	{"OM", "Oman", "Omani", 0, "Oman", "", "omanais", "omanaise", "Muscat", "Mascate", "Salalah", "Salalah", R_ARAB, -1, 0},
	{"KW", "Kuwait", "Kuwaiti", 0, "Koweït", "le", "koweïtien", "koweïtienne", "Kuwait City", "Koweït", NULL, NULL, R_ARAB, -1, 0},
	{"IQ", "Iraq", "Iraqi", 0, "Irak", "l'", "irakien", "irakienne", "Baghdad", "Bagdad", "Basra", "Bassora", R_ARAB, -1, 0},
	{"LB", "Lebanon", "Lebanese", 0, "Liban", "le", "libanais", "libanaise", "Beirut", "Beyrouth", "Tripoli", "Tripoli", R_ARAB, -1, 1},
	{"BH", "Bahrain", "Bahraini", 0, "Bahreïn", "", "bahreïnien", "bahreïnienne", "Manama", "Manama", NULL, NULL, R_ARAB, -1, 0},
	{"LY", "Libya", "Libyan", 0, "Libye", "la", "libyen", "libyenne", "Tripoli", "Tripoli", "Benghazi", "Benghazi", R_ARAB, -1, 0},
	{"NG", "Nigeria", "Nigerian", 0, "Nigeria", "le", "nigérian", "nigériane", "Abuja", "Abuja", "Lagos", "Lagos", R_EAFR, -1, 0},
	{"GH", "Ghana", "Ghanaian", 0, "Ghana", "le", "ghanéen", "ghanéenne", "Accra", "Accra", "Tamale", "Tamale", R_EAFR, -1, 0},
	{"KE", "Kenya", "Kenyan", "Kenya", "Kenya", "le", "kényan", "kényane", "Nairobi", "Nairobi", "Mombasa", "Mombasa", R_EAFR, -1, 0},
	{"ET", "Ethiopia", "Ethiopian", 0, "Éthiopie", "l'", "éthiopien", "éthiopienne", "Addis Ababa", "Addis-Abeba", "Dire Dawa", "Dire Dawa", R_EAFR, -1, 0},
	{"ZA", "South Africa", "South African", 0, "Afrique du Sud", "l'", "sud-africain", "sud-africaine", "Pretoria", "Pretoria", "Cape Town", "Le Cap", R_EAFR, R_ANGLO, 0},
	{"UG", "Uganda", "Ugandan", 0, "Ouganda", "l'", "ougandais", "ougandaise", "Kampala", "Kampala", "Entebbe", "Entebbe", R_EAFR, -1, 0},
	{"TZ", "Tanzania", "Tanzanian", 0, "Tanzanie", "la", "tanzanien", "tanzanienne", "Dodoma", "Dodoma", "Dar es Salaam", "Dar es Salaam", R_EAFR, -1, 0},
	{"ZM", "Zambia", "Zambian", 0, "Zambie", "la", "zambien", "zambienne", "Lusaka", "Lusaka", "Ndola", "Ndola", R_EAFR, -1, 0},
	{"BW", "Botswana", "Botswanan", 0, "Botswana", "le", "botswanais", "botswanaise", "Gaborone", "Gaborone", NULL, NULL, R_EAFR, -1, 0},
	{"JP", "Japan", "Japanese", 0, "Japon", "le", "japonais", "japonaise", "Tokyo", "Tokyo", "Yokosuka", "Yokosuka", R_JP, -1, 0},
	{"KR", "South Korea", "South Korean", 0, "Corée du Sud", "la", "sud-coréen", "sud-coréenne", "Seoul", "Séoul", "Busan", "Busan", R_KR, -1, 0},
	{"CN", "China", "Chinese", 0, "Chine", "la", "chinois", "chinoise", "Beijing", "Pékin", "Shanghai", "Shanghai", R_CN, -1, 0},
	{"VN", "Viet Nam", "Vietnamese", 0, "Viêt Nam", "le", "vietnamien", "vietnamienne", "Hanoi", "Hanoï", "Ho Chi Minh City", "Hô Chi Minh-Ville", R_VN, -1, 0},
	{"ID", "Indonesia", "Indonesian", 0, "Indonésie", "l'", "indonésien", "indonésienne", "Jakarta", "Jakarta", "Surabaya", "Surabaya", R_MALAY, -1, 0},
	{"MY", "Malaysia", "Malaysian", 0, "Malaisie", "la", "malaisien", "malaisienne", "Kuala Lumpur", "Kuala Lumpur", "Lumut", "Lumut", R_MALAY, R_CN, 0},
	{"SG", "Singapore", "Singaporean", 0, "Singapour", "", "singapourien", "singapourienne", "Singapore", "Singapour", NULL, NULL, R_CN, R_MALAY, 0},
	{"PH", "the Philippines", "Philippine", 0, "Philippines", "les", "philippin", "philippine", "Manila", "Manille", "Subic Bay", "Subic", R_PHIL, -1, 0},
	{"TH", "Thailand", "Thai", 0, "Thaïlande", "la", "thaïlandais", "thaïlandaise", "Bangkok", "Bangkok", "Sattahip", "Sattahip", R_THAI, -1, 0},
	{"MN", "Mongolia", "Mongolian", 0, "Mongolie", "la", "mongol", "mongole", "Ulaanbaatar", "Oulan-Bator", NULL, NULL, R_MONG, -1, 0},
	{"US", "the United States", "American", "US", "États-Unis", "les", "américain", "américaine", "Washington", "Washington", "Norfolk", "Norfolk", R_ANGLO, R_HISP, 0},
	{"GB", "the United Kingdom", "British", 0, "Royaume-Uni", "le", "britannique", "britannique", "London", "Londres", "Portsmouth", "Portsmouth", R_ANGLO, -1, 0},
	{"IE", "Ireland", "Irish", 0, "Irlande", "l'", "irlandais", "irlandaise", "Dublin", "Dublin", "Cork", "Cork", R_ANGLO, -1, 0},
	{"AU", "Australia", "Australian", 0, "Australie", "l'", "australien", "australienne", "Canberra", "Canberra", "Darwin", "Darwin", R_ANGLO, -1, 0},
	{"NZ", "New Zealand", "New Zealand", 0, "Nouvelle-Zélande", "la", "néo-zélandais", "néo-zélandaise", "Wellington", "Wellington", "Auckland", "Auckland", R_ANGLO, -1, 0},
	{"IT", "Italy", "Italian", 0, "Italie", "l'", "italien", "italienne", "Rome", "Rome", "Taranto", "Tarente", R_ITAL, -1, 0},
	{"MT", "Malta", "Maltese", 0, "Malte", "", "maltais", "maltaise", "Valletta", "La Valette", NULL, NULL, R_ITAL, -1, 0},
	{"UA", "Ukraine", "Ukrainian", 0, "Ukraine", "l'", "ukrainien", "ukrainienne", "Kyiv", "Kyiv", "Odesa", "Odessa", R_ESLAV, -1, 0},
	{"MD", "Moldova", "Moldovan", 0, "Moldavie", "la", "moldave", "moldave", "Chișinău", "Chisinau", NULL, NULL, R_ESLAV, R_CEE, 0},
	{"GE", "Georgia", "Georgian", 0, "Géorgie", "la", "géorgien", "géorgienne", "Tbilisi", "Tbilissi", "Batumi", "Batoumi", R_CAUC, -1, 0},
	{"AM", "Armenia", "Armenian", 0, "Arménie", "l'", "arménien", "arménienne", "Yerevan", "Erevan", "Gyumri", "Gyumri", R_CAUC, -1, 0},
};

#define NCOUNTRY ((int)NELEMS(countries))

static int franco_idx[NCOUNTRY];
static int nfranco;

/* ------------------------------------------------------ offices, ranks */

/* French title markers: %A the person's country as an adjective agreeing
 * with the person ("ministre pakistanaise"), %m / %f / %p the masculine,
 * feminine and feminine plural adjective (agreeing with a noun of the
 * title: "Marine pakistanaise"), %T the country the person is posted to
 * ("au Sénégal"; English: "Senegal"). A title without its country drops
 * every marker but %T. */
typedef struct {
	const char *en;      /* after a possessive: "Pakistan's Defence Minister" */
	const char *en_pre;  /* before the name, for civilians; NULL: none */
	const char *en_head; /* "defence minister" */
	const char *en_heads;
	const char *fr_m, *fr_f;
	const char *fr_heads;
	int rank_class;
} Office;

enum { RC_NONE, RC_CDS, RC_ARMY, RC_NAVY, RC_AIR, RC_MID, RC_NAVYMID, RC_LTG, RC_COL };

enum {
	O_DEFMIN, O_FOREIGN, O_CDS, O_ARMY, O_NAVY, O_AIR, O_PRESIDENT, O_PM,
	O_DEPDEF, O_ARMAMENT, /* the ten "holder" offices */
	O_AMBASSADOR, O_ATTACHE, O_SPOKES, O_COOPDIR, O_SPECFORCES, O_FLEET,
	O_ACADEMY, O_DEPCDS, O_INTEL, O_NSA, O_REGION, O_OPS, NOFFICE
};
#define NHOLDER 10

static const Office offices[NOFFICE] = {
	[O_DEFMIN] = {"Defence Minister", "Defence Minister", "defence minister", "defence ministers",
		      "ministre%A de la Défense", "ministre%A de la Défense", "ministres de la Défense", RC_NONE},
	[O_FOREIGN] = {"Foreign Minister", "Foreign Minister", "foreign minister", "foreign ministers",
		       "ministre%A des Affaires étrangères", "ministre%A des Affaires étrangères",
		       "ministres des Affaires étrangères", RC_NONE},
	[O_CDS] = {"Chief of Defence Staff", NULL, "defence chief", "defence chiefs",
		   "chef d'état-major des armées%p", "cheffe d'état-major des armées%p",
		   "chefs d'état-major des armées", RC_CDS},
	[O_ARMY] = {"Chief of Army Staff", NULL, "army chief", "army chiefs",
		    "chef d'état-major de l'armée de Terre%f", "cheffe d'état-major de l'armée de Terre%f",
		    "chefs d'état-major des armées de Terre", RC_ARMY},
	[O_NAVY] = {"Chief of Naval Staff", NULL, "navy chief", "navy chiefs",
		    "chef d'état-major de la Marine%f", "cheffe d'état-major de la Marine%f",
		    "chefs d'état-major des marines", RC_NAVY},
	[O_AIR] = {"Chief of Air Staff", NULL, "air force chief", "air force chiefs",
		   "chef d'état-major de l'armée de l'Air%f", "cheffe d'état-major de l'armée de l'Air%f",
		   "chefs d'état-major des armées de l'Air", RC_AIR},
	[O_PRESIDENT] = {"President", "President", "president", "presidents",
			 "président%A", "présidente%A", "présidents", RC_NONE},
	[O_PM] = {"Prime Minister", "Prime Minister", "prime minister", "prime ministers",
		  "Premier ministre%A", "Première ministre%A", "Premiers ministres", RC_NONE},
	[O_DEPDEF] = {"Deputy Defence Minister", "Deputy Defence Minister", "deputy defence minister",
		      "deputy defence ministers", "vice-ministre%A de la Défense", "vice-ministre%A de la Défense",
		      "vice-ministres de la Défense", RC_NONE},
	[O_ARMAMENT] = {"Director General of Armament", "Armament Director", "armament chief", "armament chiefs",
			"directeur général%A de l'armement", "directrice générale%A de l'armement",
			"directeurs de l'armement", RC_NONE},
	[O_AMBASSADOR] = {"ambassador to %T", "Ambassador", "ambassador", "ambassadors",
			  "ambassadeur%A%T", "ambassadrice%A%T", "ambassadeurs", RC_NONE},
	[O_ATTACHE] = {"defence attaché in %T", NULL, "defence attaché", "defence attachés",
		       "attaché de défense%A%T", "attachée de défense%A%T", "attachés de défense", RC_COL},
	[O_SPOKES] = {"defence ministry spokesperson", "Spokesperson", "spokesperson", "spokespersons",
		      "porte-parole du ministère%m de la Défense", "porte-parole du ministère%m de la Défense",
		      "porte-parole", RC_NONE},
	[O_COOPDIR] = {"director of international cooperation at the defence ministry", NULL,
		       "cooperation director", "cooperation directors",
		       "directeur de la coopération internationale au ministère%m de la Défense",
		       "directrice de la coopération internationale au ministère%m de la Défense",
		       "directeurs de la coopération", RC_NONE},
	[O_SPECFORCES] = {"special forces commander", NULL, "special forces commander", "special forces commanders",
			  "commandant des forces spéciales%p", "commandante des forces spéciales%p",
			  "commandants des forces spéciales", RC_MID},
	[O_FLEET] = {"fleet commander", NULL, "fleet commander", "fleet commanders",
		     "commandant de la flotte%f", "commandante de la flotte%f", "commandants de flotte", RC_NAVYMID},
	[O_ACADEMY] = {"commandant of the national defence college", NULL, "college commandant", "college commandants",
		       "commandant du Collège de défense nationale", "commandante du Collège de défense nationale",
		       "commandants d'école", RC_MID},
	[O_DEPCDS] = {"Deputy Chief of Defence Staff", NULL, "deputy defence chief", "deputy defence chiefs",
		      "sous-chef d'état-major des armées%p", "sous-cheffe d'état-major des armées%p",
		      "sous-chefs d'état-major", RC_LTG},
	[O_INTEL] = {"director of military intelligence", NULL, "intelligence chief", "intelligence chiefs",
		     "directeur du renseignement militaire%m", "directrice du renseignement militaire%m",
		     "directeurs du renseignement militaire", RC_MID},
	[O_NSA] = {"National Security Adviser", "National Security Adviser", "national security adviser",
		   "national security advisers", "conseiller%A à la sécurité nationale",
		   "conseillère%A à la sécurité nationale", "conseillers à la sécurité nationale", RC_NONE},
	[O_REGION] = {"commander of the northern military region", NULL, "regional commander", "regional commanders",
		      "commandant de la région militaire Nord", "commandante de la région militaire Nord",
		      "commandants de région", RC_MID},
	[O_OPS] = {"director of operations at the defence staff", NULL, "operations director", "operations directors",
		   "directeur des opérations à l'état-major des armées%p",
		   "directrice des opérations à l'état-major des armées%p", "directeurs des opérations", RC_MID},
};

typedef struct {
	const char *en, *en_ref;
	const char *fr_m, *fr_f;         /* full rank */
	const char *fr_ref_m, *fr_ref_f; /* how a later mention names it */
} Rank;

static const Rank ranks[] = {
	{"General", "General", "général d'armée", "générale d'armée", "général", "générale"},
	{"Lieutenant General", "General", "général de corps d'armée", "générale de corps d'armée", "général", "générale"},
	{"Major General", "General", "général de division", "générale de division", "général", "générale"},
	{"Brigadier General", "General", "général de brigade", "générale de brigade", "général", "générale"},
	{"Colonel", "Colonel", "colonel", "colonelle", "colonel", "colonelle"},
	{"Lieutenant Colonel", "Colonel", "lieutenant-colonel", "lieutenante-colonelle", "lieutenant-colonel", "lieutenante-colonelle"},
	{"Admiral", "Admiral", "amiral", "amirale", "amiral", "amirale"},
	{"Vice Admiral", "Admiral", "vice-amiral", "vice-amirale", "amiral", "amirale"},
	{"Rear Admiral", "Admiral", "contre-amiral", "contre-amirale", "amiral", "amirale"},
	{"Captain", "Captain", "capitaine de vaisseau", "capitaine de vaisseau", "commandant", "commandante"},
	{"Air Chief Marshal", "Air Chief Marshal", "général d'armée aérienne", "générale d'armée aérienne", "général", "générale"},
	{"Air Marshal", "Air Marshal", "général de corps aérien", "générale de corps aérien", "général", "générale"},
	{"Air Vice-Marshal", "Air Vice-Marshal", "général de division aérienne", "générale de division aérienne", "général", "générale"},
	{"Group Captain", "Group Captain", "colonel", "colonelle", "colonel", "colonelle"},
	{"Brigadier", "Brigadier", "général de brigade", "générale de brigade", "général", "générale"},
};

/* ranks a rank class draws from (-1 ends) */
static const signed char rank_classes[][6] = {
	[RC_NONE] = {-1},
	[RC_CDS] = {0, 0, 6, 10, -1},
	[RC_ARMY] = {0, 1, 1, -1},
	[RC_NAVY] = {6, 7, -1},
	[RC_AIR] = {10, 11, -1},
	[RC_MID] = {2, 3, 8, 12, 14, -1},
	[RC_NAVYMID] = {7, 8, 8, -1},
	[RC_LTG] = {1, 7, 11, -1},
	[RC_COL] = {4, 5, 9, 13, -1},
};

/* offices drawn for the "other" persons of a pool */
static const unsigned char other_offices[] = {
	O_ATTACHE, O_SPOKES, O_COOPDIR, O_SPECFORCES, O_FLEET, O_ACADEMY,
	O_DEPCDS, O_INTEL, O_NSA, O_REGION, O_OPS, O_ATTACHE, O_SPECFORCES,
	O_REGION,
};

/* ------------------------------------------------------- other tables */

typedef struct {
	const char *en;
	const char *fr;
} Pair;

typedef struct {
	const char *en;
	const char *fr;  /* with its article */
	const char *loc; /* French locative: "au Sahel" */
} RegionName;

static const RegionName sea_regions[] = {
	{"the Sahel", "le Sahel", "au Sahel"},
	{"the Gulf of Guinea", "le golfe de Guinée", "dans le golfe de Guinée"},
	{"the Black Sea", "la mer Noire", "en mer Noire"},
	{"the Indo-Pacific", "l'Indo-Pacifique", "dans l'Indo-Pacifique"},
	{"the Red Sea", "la mer Rouge", "en mer Rouge"},
	{"the Horn of Africa", "la Corne de l'Afrique", "dans la Corne de l'Afrique"},
	{"the Mediterranean", "la Méditerranée", "en Méditerranée"},
	{"the Baltic Sea region", "la région de la Baltique", "dans la région de la Baltique"},
	{"the western Indian Ocean", "l'ouest de l'océan Indien", "dans l'ouest de l'océan Indien"},
	{"the Gulf", "le Golfe", "dans le Golfe"},
	{"Central Asia", "l'Asie centrale", "en Asie centrale"},
	{"the South China Sea", "la mer de Chine méridionale", "en mer de Chine méridionale"},
	{"the Caribbean", "les Caraïbes", "dans les Caraïbes"},
	{"the Balkans", "les Balkans", "dans les Balkans"},
	{"the Lake Chad basin", "le bassin du lac Tchad", "dans le bassin du lac Tchad"},
	{"the Strait of Hormuz", "le détroit d'Ormuz", "dans le détroit d'Ormuz"},
	{"the South Atlantic", "l'Atlantique Sud", "dans l'Atlantique Sud"},
	{"the High North", "le Grand Nord", "dans le Grand Nord"},
	{"the Arabian Sea", "la mer d'Arabie", "en mer d'Arabie"},
};

/* the seas and regions a naming region's countries talk about (indices
 * into sea_regions, -1 ends) */
static const signed char region_seas[NREGION][4] = {
	[R_WAF] = {0, 1, 14, -1}, [R_LUSO] = {1, 8, 16, -1}, [R_FR] = {6, 0, 3, -1},
	[R_HISP] = {12, 16, 6, -1}, [R_GERM] = {7, 2, 6, -1}, [R_NORD] = {7, 17, -1},
	[R_CEE] = {2, 7, 13, -1}, [R_GREEK] = {6, 13, -1}, [R_TURK] = {2, 10, 6, -1},
	[R_SASIA] = {18, 8, 3, -1}, [R_ARAB] = {4, 9, 15, 0}, [R_EAFR] = {5, 1, 8, -1},
	[R_JP] = {3, 11, -1}, [R_KR] = {3, 11, -1}, [R_CN] = {11, 3, -1}, [R_VN] = {11, 3, -1},
	[R_MALAY] = {11, 3, -1}, [R_PHIL] = {11, 3, -1}, [R_THAI] = {11, 3, -1},
	[R_ANGLO] = {3, 7, 9, 17}, [R_ITAL] = {6, 0, -1}, [R_ESLAV] = {2, -1},
	[R_CAUC] = {2, 10, -1}, [R_MALG] = {8, -1}, [R_MONG] = {10, -1},
};

typedef struct {
	const char *en_a[2];   /* indefinite: "a memorandum of understanding", "an MoU" */
	const char *en_the[2]; /* "the memorandum", "the MoU" */
	const char *en_word;   /* "memorandum" */
	const char *en_head;   /* "MoU" */
	const char *fr_a[2];
	const char *fr_the[2];
	int fr_fem;
} AgrKind;

static const AgrKind agr_kinds[] = {
	{{"a memorandum of understanding", "an MoU"}, {"the memorandum", "the MoU"}, "memorandum", "MoU",
	 {"un mémorandum d'entente", "un protocole d'accord"}, {"le mémorandum", "le protocole d'accord"}, 0},
	{{"a defence cooperation agreement", "an agreement"}, {"the agreement", "the accord"}, "agreement",
	 "defence agreement", {"un accord de coopération de défense", "un accord de défense"},
	 {"l'accord", "cet accord"}, 0},
	{{"a protocol", "an additional protocol"}, {"the protocol", "the protocol"}, "protocol", "protocol",
	 {"un protocole", "un protocole additionnel"}, {"le protocole", "ce protocole"}, 0},
	{{"a letter of intent", "a letter of intent"}, {"the letter of intent", "the letter"}, "letter of intent",
	 "letter of intent", {"une lettre d'intention", "une lettre d'intention"},
	 {"la lettre d'intention", "cette lettre d'intention"}, 1},
	{{"a technical arrangement", "an implementing arrangement"}, {"the arrangement", "the arrangement"},
	 "arrangement", "technical arrangement", {"un arrangement technique", "un accord technique"},
	 {"l'arrangement", "ce texte"}, 0},
	{{"a defence treaty", "a treaty of friendship and defence cooperation"}, {"the treaty", "the treaty"},
	 "treaty", "defence treaty", {"un traité de défense", "un traité d'amitié et de coopération de défense"},
	 {"le traité", "ce traité"}, 0},
};
static const int agr_weights[] = {40, 25, 10, 10, 8, 7};

static const Pair areas[] = {
	{"maritime security", "la sécurité maritime"},
	{"military training", "la formation militaire"},
	{"cyber defence", "la cyberdéfense"},
	{"counter-terrorism", "la lutte contre le terrorisme"},
	{"defence industry", "l'industrie de défense"},
	{"military health", "la santé militaire"},
	{"intelligence sharing", "le partage de renseignements"},
	{"peacekeeping", "le maintien de la paix"},
	{"border security", "la sécurité des frontières"},
	{"logistics", "la logistique"},
	{"aerospace", "l'aéronautique"},
	{"research and technology", "la recherche et la technologie"},
	{"humanitarian assistance", "l'aide humanitaire"},
	{"military education", "l'enseignement militaire"},
	{"search and rescue", "la recherche et le sauvetage"},
	{"demining", "le déminage"},
	{"joint exercises", "les exercices conjoints"},
	{"capacity building", "le renforcement des capacités"},
	{"the exchange of expertise", "l'échange d'expertise"},
	{"military medicine", "la médecine militaire"},
};

static const Pair equipment[] = {
	{"two offshore patrol vessels", "deux patrouilleurs hauturiers"},
	{"four transport aircraft", "quatre avions de transport"},
	{"a batch of armoured vehicles", "un lot de véhicules blindés"},
	{"coastal surveillance radars", "des radars de surveillance côtière"},
	{"six training aircraft", "six avions d'entraînement"},
	{"night-vision equipment", "des équipements de vision nocturne"},
	{"communications equipment", "des équipements de transmission"},
	{"three utility helicopters", "trois hélicoptères de manœuvre"},
	{"a corvette", "une corvette"},
	{"surveillance drones", "des drones de surveillance"},
};

static const Pair xtasks[] = {
	{"counter-terrorism operations, the clearance of improvised explosive devices and casualty evacuation",
	 "des opérations de contre-terrorisme, la neutralisation d'engins explosifs improvisés et l'évacuation de blessés"},
	{"amphibious landings, maritime interdiction and search and rescue",
	 "des débarquements amphibies, des interceptions en mer et des opérations de recherche et de sauvetage"},
	{"air defence, close air support and combat search and rescue",
	 "la défense aérienne, l'appui aérien rapproché et la recherche et le sauvetage au combat"},
	{"urban combat, convoy protection and medical evacuation",
	 "le combat en zone urbaine, la protection de convois et l'évacuation sanitaire"},
	{"peacekeeping scenarios, checkpoint operations and crowd control",
	 "des scénarios de maintien de la paix, la tenue de points de contrôle et le contrôle des foules"},
	{"mountain warfare, long-range patrols and logistics in difficult terrain",
	 "le combat en montagne, des patrouilles de longue portée et la logistique en terrain difficile"},
};

typedef struct {
	const char *en, *fr;
	int kind; /* 0 land, 1 naval, 2 air */
} XKind;

static const XKind xkinds[] = {
	{"joint field exercise", "exercice conjoint sur le terrain", 0},
	{"joint naval exercise", "exercice naval conjoint", 1},
	{"combined air exercise", "exercice aérien combiné", 2},
	{"bilateral counter-terrorism exercise", "exercice bilatéral de lutte antiterroriste", 0},
	{"command post exercise", "exercice de poste de commandement", 0},
	{"joint special forces exercise", "exercice conjoint de forces spéciales", 0},
	{"combined maritime security exercise", "exercice combiné de sécurité maritime", 1},
};

static const Pair monuments[] = {
	{"the Tomb of the Unknown Soldier", "la tombe du Soldat inconnu"},
	{"the national war memorial", "le monument aux morts national"},
	{"the Heroes' Monument", "le monument des Héros"},
	{"the Martyrs' Memorial", "le mémorial des Martyrs"},
	{"the Monument to the Fallen", "le monument aux Morts"},
};

static const Pair forums[] = {
	{"a regional security conference", "une conférence régionale sur la sécurité"},
	{"an international defence exhibition", "un salon international de défense"},
	{"a meeting of defence ministers", "une réunion des ministres de la Défense"},
	{"a maritime security symposium", "un symposium sur la sécurité maritime"},
	{"an international peacekeeping forum", "un forum international sur le maintien de la paix"},
};

static const Pair jcomms[] = {
	{"joint military commission", "commission militaire mixte"},
	{"joint defence committee", "commission mixte de défense"},
	{"high-level defence dialogue", "commission de coopération militaire"},
};

static const Pair agr_prev[] = {
	{"a framework agreement", "un accord-cadre"},
	{"an earlier protocol", "un protocole antérieur"},
	{"a technical arrangement", "un arrangement technique"},
	{"a defence cooperation agreement", "un accord de coopération de défense"},
};

static const char *const company_suffixes[] = {
	"Defence Systems", "Aerospace", "Naval Industries", "Dynamics",
	"Shipyards", "Electronics", "Armaments", "Technologies",
};

static const char *const ex_fixed[] = {
	"Atlantic Shield", "African Lion", "Desert Falcon", "Flintlock",
	"Obangame Express", "Cutlass Express", "Sea Breeze", "Cobra Gold",
	"Nomad Eagle", "Steadfast Defender", "Cold Response", "Anatolian Eagle",
	"Blue Flag", "Bright Star", "Pitch Black", "Khaan Quest",
	"Justified Accord", "Phoenix Express", "Shared Accord", "Neptune Strike",
	"Pamoja Shield", "Harmattan", "Sirocco", "Baobab", "Épervier",
	"Croix du Sud", "Lion d'Or", "Aigle du Désert", "Bouclier Atlantique",
	"Trident Austral", "Tamaris", "Corymbe", "Raïs Hamidou", "Al-Sharqiya",
};

static const char *const ex_adjs[] = {
	"Northern", "Southern", "Eastern", "Western", "Silent", "Swift", "Iron",
	"Golden", "Steel", "Blue", "Green", "Red", "Bold", "Brave", "Loyal",
	"Grand", "Desert", "Ocean", "Mountain", "Coastal", "Sahel", "Atlantic",
	"Falcon's", "Royal", "Joint", "Noble", "Vigilant", "Rapid", "Distant",
	"Shared",
};

static const char *const ex_nouns[] = {
	"Eagle", "Falcon", "Shield", "Sword", "Lion", "Trident", "Dragon",
	"Phoenix", "Storm", "Thunder", "Arrow", "Anchor", "Guardian", "Sentinel",
	"Horizon", "Spear", "Wolf", "Tiger", "Dolphin", "Harbour", "Endeavour",
	"Resolve", "Partner", "Response", "Strike", "Warrior", "Star", "Dawn",
	"Bridge", "Compass",
};

static const char *const quotes_en[] = {
	"Our navies watch the same waters and face the same threats",
	"This agreement opens a new chapter in our defence relationship",
	"We train together so that we can work together when it matters",
	"Security in {REGION} is a responsibility we share",
	"Our officers learn as much from their {C2.adj} colleagues as they teach them",
	"We came here to listen, and we leave with concrete projects",
	"Nothing replaces soldiers who know each other",
	"The threats we face do not stop at borders",
	"This is not a symbolic visit; we have work to do",
	"Interoperability is built in the field, not in conference rooms",
	"We have agreed on a road map for the next three years",
	"{C1.nu} values the trust that {C2.nu} has placed in our armed forces",
	"Our cooperation in {AREA} has never been stronger",
	"Every exercise makes our forces more capable and our partnership more solid",
	"We want more exchanges of cadets and instructors",
	"The training our troops receive here is of the highest standard",
	"Terrorism and piracy are common enemies",
	"We will meet again soon to take stock of progress",
	"Our two countries share the same vision of regional stability",
	"This partnership is built on mutual respect, and it is here to stay",
};

static const char *const quotes_fr[] = {
	"Nos marines surveillent les mêmes eaux et font face aux mêmes menaces",
	"Cet accord ouvre un nouveau chapitre de notre relation de défense",
	"Nous nous entraînons ensemble pour pouvoir agir ensemble le moment venu",
	"La sécurité {REGION.loc} est une responsabilité partagée",
	"Nos officiers apprennent autant de leurs camarades {C2.adjp} qu'ils leur enseignent",
	"Nous sommes venus écouter, et nous repartons avec des projets concrets",
	"Rien ne remplace des soldats qui se connaissent",
	"Les menaces auxquelles nous faisons face ne s'arrêtent pas aux frontières",
	"Ce n'est pas une visite symbolique{;} nous avons du travail",
	"L'interopérabilité se construit sur le terrain, pas dans les salles de conférence",
	"Nous avons arrêté une feuille de route pour les trois prochaines années",
	"Notre coopération dans le domaine {AREA|de} n'a jamais été aussi forte",
	"Chaque exercice rend nos forces plus aptes et notre partenariat plus solide",
	"Nous voulons davantage d'échanges d'élèves officiers et d'instructeurs",
	"La formation que reçoivent ici nos soldats est du plus haut niveau",
	"Le terrorisme et la piraterie sont des ennemis communs",
	"Nous nous reverrons bientôt pour faire le point",
	"Nos deux pays partagent la même vision de la stabilité régionale",
	"Ce partenariat repose sur le respect mutuel, et il est fait pour durer",
	"Nos deux armées partagent une longue histoire",
};

static const Pair quote_nouns[] = {
	{"strategic", "stratégique"},
	{"exemplary", "exemplaire"},
	{"a partnership of equals", "partenariat d'égal à égal"},
	{"a model for the region", "modèle pour la région"},
	{"stronger than ever", "sans précédent"},
	{"historic", "historique"},
};

static const Pair quote_advs[] = {
	{"in a realistic setting", "dans un cadre réaliste"},
	{"under real conditions", "en conditions réelles"},
	{"as a single force", "comme une seule force"},
	{"from day one", "dès le premier jour"},
};

/* ------------------------------------------------------------- calendar */

static const char *const months_en[] = {
	"", "January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December",
};
static const char *const months_ap[] = {
	"", "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.",
	"Sept.", "Oct.", "Nov.", "Dec.",
};
static const char *const months_fr[] = {
	"", "janvier", "février", "mars", "avril", "mai", "juin", "juillet",
	"août", "septembre", "octobre", "novembre", "décembre",
};
static const char *const wdays_en[] = {
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
};
static const char *const wdays_fr[] = {
	"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
};
static const char *const card_en[] = {
	"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
	"nine", "ten", "eleven", "twelve",
};
static const char *const card_fr[] = {
	"zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
	"neuf", "dix", "onze", "douze",
};
static const char *const ord_en[] = {
	"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
	"eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
	"fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
	"nineteenth", "twentieth",
};
static const char *const ord_fr[] = {
	"", "première", "deuxième", "troisième", "quatrième", "cinquième",
	"sixième", "septième", "huitième", "neuvième", "dixième", "onzième",
	"douzième", "treizième", "quatorzième", "quinzième", "seizième",
	"dix-septième", "dix-huitième", "dix-neuvième", "vingtième",
};

/* days since 1970-01-01 (H. Hinnant's algorithms) */
static int64_t
days_from_civil(int y, int m, int d)
{
	y -= m <= 2;
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	unsigned yoe = (unsigned)(y - era * 400);
	unsigned doy = (unsigned)((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1);
	unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (int64_t)doe - 719468;
}

typedef struct {
	int y, m, d, wd; /* wd: 0 Sunday */
} Date;

static Date
civil(int64_t z)
{
	Date r;
	r.wd = (int)(((z % 7) + 11) % 7);
	z += 719468;
	int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	unsigned doe = (unsigned)(z - era * 146097);
	unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t y = (int64_t)yoe + era * 400;
	unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	unsigned mp = (5 * doy + 2) / 153;
	r.d = (int)(doy - (153 * mp + 2) / 5 + 1);
	r.m = (int)(mp < 10 ? mp + 3 : mp - 9);
	r.y = (int)(y + (r.m <= 2));
	return r;
}

/* ---------------------------------------------------------------- persons */

typedef struct {
	int c;      /* country */
	int slot;   /* in the country's pool */
	int office;
	int rank;   /* -1: civilian */
	int female;
	int target; /* country an ambassador or attaché is posted to, or -1 */
	char name[128];
	int sur_off, sur_len; /* the surname later mentions use, in name */
} Person;

static uint64_t g_seed;

static const char *
pick(const List *l, Rng *r)
{
	return l->v[rng_below(r, l->n)];
}

static void
make_person(int c, int slot, Person *p)
{
	const Country *co = &countries[c];
	Rng r = rng_for(g_seed, S_PERSON, (uint64_t)c * 1000 + (uint64_t)slot);
	int reg = co->reg1;
	if (co->reg2 >= 0 && rng_chance(&r, 30)) {
		reg = co->reg2;
	}
	const RegionSrc *src = &region_src[reg];
	const Region *rg = &regions[reg];

	p->c = c;
	p->slot = slot;
	p->target = -1;
	if (slot < NHOLDER * 3) {
		p->office = slot / 3;
	} else if (slot < 60) {
		p->office = O_AMBASSADOR;
	} else {
		p->office = other_offices[rng_below(&r, (int)NELEMS(other_offices))];
		if (p->office == O_ATTACHE) {
			p->target = (c + 1 + rng_below(&r, NCOUNTRY - 1)) % NCOUNTRY;
		}
	}
	int rc = offices[p->office].rank_class;
	p->rank = -1;
	if (rc != RC_NONE) {
		int n = 0;
		while (rank_classes[rc][n] >= 0) {
			n++;
		}
		p->rank = rank_classes[rc][rng_below(&r, n)];
	}
	p->female = rng_chance(&r, p->rank >= 0 ? 8 : 30);

	const List *given = p->female ? &rg->female : &rg->male;
	const char *g1 = pick(given, &r);
	const char *g2 = NULL;
	if (src->middle && rng_chance(&r, src->middle)) {
		g2 = pick(given, &r);
		if (g2 == g1 || strchr(g1, ' ') || strchr(g1, '-')) {
			g2 = NULL;
		}
	}
	const char *s1 = pick(&rg->sur, &r);
	const char *s2 = NULL;
	if (src->double_sur && rng_chance(&r, src->double_sur)) {
		s2 = pick(&rg->sur, &r);
		if (s2 == s1) {
			s2 = NULL;
		}
	}
	char sur[64];
	snprintf(sur, sizeof sur, "%s%s%s", s1, s2 ? " " : "", s2 ? s2 : "");
	size_t sur_off;
	if (src->family_first) {
		snprintf(p->name, sizeof p->name, "%s %s", sur, g1);
		sur_off = 0;
	} else {
		snprintf(p->name, sizeof p->name, "%s%s%s %s", g1, g2 ? " " : "", g2 ? g2 : "", sur);
		sur_off = strlen(p->name) - strlen(sur);
	}
	/* Spanish double surnames are referred to by the first one */
	p->sur_off = (int)sur_off;
	p->sur_len = (int)strlen(sur);
	if (reg == R_HISP && s2) {
		p->sur_len = (int)strlen(s1);
	}
}

/* the holder of one of the first NHOLDER offices in a year: one of three
 * people, changing every two years */
static int
holder_slot(int c, int office, int year)
{
	uint64_t h = hash3(g_seed, S_OFFICE, (uint64_t)c * 64 + (uint64_t)office);
	return office * 3 + (int)(((uint64_t)(year / 2) + h) % 3);
}

/* ------------------------------------------------------------ an article */

enum { ST_VISIT, ST_MOU, ST_EX, ST_MEET };

typedef struct {
	Rng r;
	int lang;
	int head; /* expanding the headline: mentions do not count as first */
	int64_t day, ev;
	Date dt, evd;
	int c[4];
	Person p[6];
	int intro[6];
	int clash[6]; /* shares its surname with another person here */
	int story;
	int main_office;
	int city_c, city_alt; /* the city of the story: country, second city */
	int ndays;
	int64_t vstart, vend;
	/* exercise */
	int has_ex;
	char ex_name[64];
	int ex_start, ex_ed, xkind, xtask, ex_intro;
	int64_t xstart, xend;
	int xbase_style;
	const char *base_sur;
	/* agreement */
	int has_agr, agr_kind, agr_var, agr_signed;
	int areas[3], nareas;
	/* side facts */
	int region, monument, forum, jcomm, agrprev, equip;
	const char *company_sur;
	int company_suf;
	int troops, troops2, num, numy, numh, ord, money, yeardip, yeardc;
	/* style */
	int typo_apos, typo_quotes, nb_mode, en_nbsp, honor, fr_bare, us_dates,
	    wd_on, mod_var, dash;
	uint64_t used[4];
	uint32_t qused; /* quotations already used */
} Art;

static int
is_vowel_start(const char *s)
{
	unsigned char c = (unsigned char)s[0];
	if (strchr("AEIOUaeiou", c) && c) {
		return 1;
	}
	if (c == 0xC3) {
		unsigned char d = (unsigned char)s[1];
		return (d >= 0x80 && d <= 0x86) || (d >= 0x88 && d <= 0x8F) ||
		       (d >= 0x92 && d <= 0x96) || (d >= 0x98 && d <= 0x9C) ||
		       (d >= 0xA0 && d <= 0xA6) || (d >= 0xA8 && d <= 0xAF) ||
		       (d >= 0xB2 && d <= 0xB6) || (d >= 0xB8 && d <= 0xBC);
	}
	if (c == 0xC4 && (unsigned char)s[1] == 0xB0) { /* İ */
		return 1;
	}
	return 0;
}

/* upper-case the first letter at or after o (ASCII and Latin-1 letters) */
static void
cap_at(Buf *b, size_t o)
{
	unsigned char *p = (unsigned char *)b->p;
	size_t i = o;
	while (i < b->len) {
		if (p[i] == ' ' || p[i] == '"' || p[i] == '(') {
			i++;
		} else if (p[i] == 0xC2 && i + 1 < b->len && (p[i + 1] == 0xAB || p[i + 1] == 0xA0)) {
			i += 2; /* « or NBSP */
		} else if (p[i] == 0xE2 && i + 2 < b->len && p[i + 1] == 0x80 &&
			   (p[i + 2] == 0x9C || p[i + 2] == 0xAF)) {
			i += 3; /* “ or NNBSP */
		} else {
			break;
		}
	}
	if (i >= b->len) {
		return;
	}
	if (p[i] >= 'a' && p[i] <= 'z') {
		p[i] = (unsigned char)(p[i] - 32);
	} else if (p[i] == 0xC3 && i + 1 < b->len && p[i + 1] >= 0xA0 && p[i + 1] <= 0xBE &&
		   p[i + 1] != 0xB7) {
		p[i + 1] = (unsigned char)(p[i + 1] - 0x20);
	}
}

/* upper-case every letter from o on (for datelines) */
static void
upper_from(Buf *b, size_t o)
{
	unsigned char *p = (unsigned char *)b->p;
	for (size_t i = o; i < b->len; ++i) {
		if (p[i] >= 'a' && p[i] <= 'z') {
			p[i] = (unsigned char)(p[i] - 32);
		} else if (p[i] == 0xC3 && i + 1 < b->len) {
			if (p[i + 1] >= 0xA0 && p[i + 1] <= 0xBE && p[i + 1] != 0xB7) {
				p[i + 1] = (unsigned char)(p[i + 1] - 0x20);
			}
			i++;
		}
	}
}

/* spaces: English non-breaking (some articles), French before : ; and
 * inside « » (a space, U+00A0 or U+202F by article) */
static const char *
en_sp(const Art *a)
{
	return a->en_nbsp ? NBSP : " ";
}

static const char *
fr_sp(const Art *a)
{
	return a->nb_mode == 1 ? NBSP : a->nb_mode == 2 ? NNBSP : " ";
}

static void
put_number(Art *a, Buf *b, int n)
{
	if (n < 1000) {
		put_int(b, n);
		return;
	}
	put_int(b, n / 1000);
	put(b, a->lang == EN ? "," : fr_sp(a));
	char tmp[8];
	snprintf(tmp, sizeof tmp, "%03d", n % 1000);
	put(b, tmp);
}

/* French "le/la/l'" before a word */
static void
put_fr_art(Buf *b, int female, const char *word)
{
	if (is_vowel_start(word)) {
		put(b, "l'");
	} else {
		put(b, female ? "la " : "le ");
	}
	put(b, word);
}

/* Replace the text appended since o by "de X" / "à X" with French
 * contractions (du, des, au, aux, d'), or "of X" / "to X" in English. */
static void
contract(Art *a, Buf *b, size_t o, int to)
{
	char tmp[1024];
	size_t n = b->len - o;
	if (n >= sizeof tmp) {
		n = sizeof tmp - 1;
	}
	memcpy(tmp, b->p + o, n);
	tmp[n] = '\0';
	b->len = o;
	b->p[o] = '\0';
	if (a->lang == EN) {
		put(b, to ? "to " : "of ");
		put(b, tmp);
	} else if (!strncmp(tmp, "le ", 3) || !strncmp(tmp, "Le ", 3)) {
		put(b, to ? "au " : "du ");
		put(b, tmp + 3);
	} else if (!strncmp(tmp, "les ", 4) || !strncmp(tmp, "Les ", 4)) {
		put(b, to ? "aux " : "des ");
		put(b, tmp + 4);
	} else if (to) {
		put(b, "à ");
		put(b, tmp);
	} else if (is_vowel_start(tmp)) {
		put(b, "d'");
		put(b, tmp);
	} else {
		put(b, "de ");
		put(b, tmp);
	}
}

/* ---- countries */

static void
put_country(Art *a, Buf *b, int c)
{
	const Country *co = &countries[c];
	if (a->lang == EN) {
		put(b, co->en);
		return;
	}
	if (!strcmp(co->fr_art, "l'")) {
		put(b, "l'");
	} else if (co->fr_art[0]) {
		put(b, co->fr_art);
		put(b, " ");
	}
	put(b, co->fr);
}

static const char *
country_bare(const Art *a, int c)
{
	const Country *co = &countries[c];
	if (a->lang == FR) {
		return co->fr;
	}
	return strncmp(co->en, "the ", 4) ? co->en : co->en + 4;
}

/* "in Senegal" / "au Sénégal", "en France", "aux États-Unis", "à Malte" */
static void
put_country_in(Art *a, Buf *b, int c)
{
	const Country *co = &countries[c];
	if (a->lang == EN) {
		put(b, "in ");
		put(b, co->en);
		return;
	}
	const char *art = co->fr_art;
	put(b, !strcmp(art, "le") ? "au " : !strcmp(art, "les") ? "aux " : art[0] ? "en " : "à ");
	put(b, co->fr);
}

static void
put_possessive(Buf *b, const char *name)
{
	put(b, name);
	size_t n = strlen(name);
	put(b, n && name[n - 1] == 's' ? "'" : "'s");
}

/* French adjective: 0 m, 1 f, 2 m pl, 3 f pl */
static void
put_adj_fr(Buf *b, int c, int form)
{
	const Country *co = &countries[c];
	const char *w = form & 1 ? co->adj_f : co->adj_m;
	put(b, w);
	if (form >= 2) {
		size_t n = strlen(w);
		if (!(n && (w[n - 1] == 's' || w[n - 1] == 'x'))) {
			put(b, "s");
		}
	}
}

static const char *
inst_adj(int c)
{
	return countries[c].inst_en ? countries[c].inst_en : countries[c].adj_en;
}

static const char *
city_name(const Art *a, int c, int alt)
{
	const Country *co = &countries[c];
	if (alt && co->city_en) {
		return a->lang == EN ? co->city_en : co->city_fr;
	}
	return a->lang == EN ? co->cap_en : co->cap_fr;
}

static void
put_inst(Art *a, Buf *b, int c, const char *what)
{
	const char *adj = inst_adj(c);
	int en = a->lang == EN;
	int us = !strcmp(countries[c].code, "US");
	int fr = !strcmp(countries[c].code, "FR");
	if (!strcmp(what, "army")) {
		if (en) {
			put(b, "the "), put(b, adj), put(b, " Army");
		} else {
			put(b, "l'armée de Terre "), put_adj_fr(b, c, 1);
		}
	} else if (!strcmp(what, "navy")) {
		if (en) {
			put(b, "the "), put(b, adj), put(b, " Navy");
		} else {
			put(b, "la Marine "), put_adj_fr(b, c, 1);
		}
	} else if (!strcmp(what, "air")) {
		if (en) {
			put(b, "the "), put(b, adj), put(b, " Air Force");
		} else {
			put(b, "l'armée de l'Air "), put_adj_fr(b, c, 1);
		}
	} else if (!strcmp(what, "forces")) {
		if (en) {
			put(b, "the "), put(b, adj), put(b, " Armed Forces");
		} else {
			put(b, "les Forces armées "), put_adj_fr(b, c, 3);
		}
	} else if (!strcmp(what, "mod")) {
		if (us) {
			put(b, en ? (a->mod_var ? "the Pentagon" : "the US Department of Defense")
				  : (a->mod_var ? "le Pentagone" : "le département américain de la Défense"));
		} else if (fr) {
			put(b, en ? "the French Armed Forces Ministry" : "le ministère des Armées");
		} else if (en) {
			put(b, "the "), put(b, adj), put(b, a->mod_var ? " defence ministry" : " Ministry of Defence");
		} else {
			put(b, "le ministère "), put_adj_fr(b, c, 0), put(b, " de la Défense");
		}
	} else { /* college */
		static const char *const en_col[] = {
			" National Defence College", " War College", " Military Academy",
			" Naval Academy", " Staff College", " Air Force Academy",
		};
		static const char *const fr_col[] = {
			"le Collège de défense nationale ", "l'École de guerre ", "l'Académie militaire ",
			"l'École navale ", "l'École d'état-major ", "l'École de l'air ",
		};
		int k = (int)(hash3(g_seed, S_COUNTRY, (uint64_t)c) % NELEMS(en_col));
		if (en) {
			put(b, "the "), put(b, adj), put(b, en_col[k]);
		} else {
			put(b, fr_col[k]), put_adj_fr(b, c, k == 0 ? 0 : 1);
		}
	}
}

/* ---- persons */

/* a title: pattern with markers, with or without the person's country */
static void
put_title(Art *a, Buf *b, const Person *p, int with_country)
{
	const Office *o = &offices[p->office];
	const char *pat = a->lang == EN ? o->en : p->female ? o->fr_f : o->fr_m;
	for (const char *s = pat; *s; ++s) {
		if (*s != '%') {
			const char *e = strchr(s, '%');
			size_t n = e ? (size_t)(e - s) : strlen(s);
			putn(b, s, n);
			s += n - 1;
			continue;
		}
		char m = *++s;
		if (m == 'T') {
			if (p->target < 0) {
				continue;
			}
			if (a->lang == EN) {
				put(b, countries[p->target].en);
			} else {
				put(b, " ");
				put_country_in(a, b, p->target);
			}
			continue;
		}
		if (!with_country) {
			continue;
		}
		put(b, " ");
		switch (m) {
		case 'A': put_adj_fr(b, p->c, p->female ? 1 : 0); break;
		case 'm': put_adj_fr(b, p->c, 0); break;
		case 'f': put_adj_fr(b, p->c, 1); break;
		case 'p': put_adj_fr(b, p->c, 3); break;
		default: break;
		}
	}
}

/* rank and name: "Major General Daniel Rotich", "le général de division X" */
static void
put_rankname(Art *a, Buf *b, const Person *p)
{
	if (p->rank >= 0) {
		const Rank *rk = &ranks[p->rank];
		if (a->lang == EN) {
			put(b, rk->en);
		} else {
			put_fr_art(b, p->female, p->female ? rk->fr_f : rk->fr_m);
		}
		put(b, " ");
	}
	put(b, p->name);
}

static void
put_sur(Buf *b, const Person *p)
{
	putn(b, p->name + p->sur_off, (size_t)p->sur_len);
}

static void
put_ref(Art *a, Buf *b, const Person *p)
{
	int clash = a->clash[p - a->p];
	if (p->rank >= 0) {
		const Rank *rk = &ranks[p->rank];
		if (a->lang == EN) {
			put(b, rk->en_ref);
			put(b, " ");
		} else {
			put_fr_art(b, p->female, p->female ? rk->fr_ref_f : rk->fr_ref_m);
			put(b, " ");
		}
	} else if (clash) {
		put(b, p->name); /* two Mr Nairs: name them in full */
		return;
	} else if (a->lang == EN) {
		if (a->honor < 2) {
			put(b, p->female ? "Ms" : "Mr");
			put(b, a->honor ? "." : "");
			put(b, en_sp(a));
		}
	} else if (!a->fr_bare) {
		put(b, p->female ? "Mme" : "M.");
		put(b, a->nb_mode ? NBSP : " ");
	}
	if (clash) {
		put(b, p->name);
		return;
	}
	put_sur(b, p);
}

/* title before the name, no comma */
static void
put_tn(Art *a, Buf *b, const Person *p)
{
	const Office *o = &offices[p->office];
	Rng *r = &a->r;
	const Country *co = &countries[p->c];
	if (a->lang == EN) {
		if (p->rank >= 0) {
			int v = p->target >= 0 ? 0 : rng_below(r, 4);
			if (v == 2 && !(o->en[0] >= 'A' && o->en[0] <= 'Z')) {
				v = 0; /* "commander of ... General X" reads badly */
			}
			if (v == 2) {
				put(b, o->en);
				put(b, " ");
			} else if (v == 3) {
				put_possessive(b, co->en);
				put(b, " ");
				put(b, o->en_head);
				put(b, " ");
			}
			put_rankname(a, b, p);
			return;
		}
		if (!o->en_pre) {
			put(b, p->name);
			return;
		}
		int v = rng_below(r, 4);
		if (v == 2) {
			put(b, co->adj_en);
			put(b, " ");
		} else if (v == 3) {
			put_possessive(b, co->en);
			put(b, " ");
		}
		put(b, o->en_pre);
		put(b, " ");
		put(b, p->name);
		return;
	}
	if (p->rank >= 0) {
		put_rankname(a, b, p);
		return;
	}
	size_t o0 = b->len;
	put_title(a, b, p, rng_chance(r, 70));
	/* the article goes before the title: rebuild */
	char tmp[512];
	snprintf(tmp, sizeof tmp, "%s", b->p + o0);
	b->len = o0;
	b->p[o0] = '\0';
	put_fr_art(b, p->female, tmp);
	put(b, " ");
	put(b, p->name);
}

/* name, then title: "Khawaja Asif, Pakistan's Defence Minister" */
static void
put_app(Art *a, Buf *b, const Person *p)
{
	put_rankname(a, b, p);
	put(b, ", ");
	if (a->lang == EN) {
		put_possessive(b, countries[p->c].en);
		put(b, " ");
		put_title(a, b, p, 1);
	} else {
		put_title(a, b, p, 1);
	}
}

/* title, then name: "Pakistan's Defence Minister, Khawaja Asif" */
static void
put_tfirst(Art *a, Buf *b, const Person *p)
{
	if (a->lang == EN) {
		if (rng_chance(&a->r, 50)) {
			put_possessive(b, countries[p->c].en);
		} else {
			put(b, "the ");
			put(b, countries[p->c].adj_en);
		}
		put(b, " ");
		put_title(a, b, p, 1);
	} else {
		char tmp[512];
		size_t o0 = b->len;
		put_title(a, b, p, 1);
		snprintf(tmp, sizeof tmp, "%s", b->p + o0);
		b->len = o0;
		b->p[o0] = '\0';
		put_fr_art(b, p->female, tmp);
	}
	put(b, ", ");
	put_rankname(a, b, p);
}

enum { F_AUTO, F_SUBJ, F_END };

static void
put_person(Art *a, Buf *b, int k, int form)
{
	const Person *p = &a->p[k];
	if (a->intro[k]) {
		put_ref(a, b, p);
		return;
	}
	if (!a->head) {
		a->intro[k] = 1;
	}
	int v = rng_below(&a->r, 10);
	if (form == F_AUTO || (form == F_SUBJ && v < 4) || (form == F_END && v < 5)) {
		put_tn(a, b, p);
	} else if (form == F_END || v < 7) {
		put_app(a, b, p);
		if (form == F_SUBJ) {
			put(b, ",");
		}
	} else {
		put_tfirst(a, b, p);
		put(b, ",");
	}
}

/* ---- dates */

static void
put_md(Art *a, Buf *b, Date d, int with_year)
{
	if (a->lang == EN) {
		if (a->us_dates) {
			put(b, months_en[d.m]);
			put(b, en_sp(a));
			put_int(b, d.d);
			if (with_year) {
				put(b, ", ");
				put_int(b, d.y);
			}
		} else {
			put_int(b, d.d);
			put(b, en_sp(a));
			put(b, months_en[d.m]);
			if (with_year) {
				put(b, " ");
				put_int(b, d.y);
			}
		}
		return;
	}
	put_int(b, d.d);
	put(b, d.d == 1 ? "er" : "");
	put(b, a->nb_mode && rng_chance(&a->r, 50) ? NBSP : " ");
	put(b, months_fr[d.m]);
	if (with_year) {
		put(b, " ");
		put_int(b, d.y);
	}
}

static void
put_range(Art *a, Buf *b, int64_t from, int64_t to)
{
	Date f = civil(from), t = civil(to);
	int between = rng_chance(&a->r, 20);
	if (a->lang == EN) {
		put(b, between ? "between " : "from ");
		const char *mid = between ? " and " : " to ";
		if (f.m == t.m && a->us_dates) {
			put(b, months_en[f.m]), put(b, en_sp(a)), put_int(b, f.d);
			put(b, mid), put_int(b, t.d);
		} else if (f.m == t.m) {
			put_int(b, f.d), put(b, mid), put_int(b, t.d);
			put(b, en_sp(a)), put(b, months_en[f.m]);
		} else {
			put_md(a, b, f, 0), put(b, mid), put_md(a, b, t, 0);
		}
		return;
	}
	if (between) {
		put(b, "entre le ");
		if (f.m == t.m) {
			put_int(b, f.d), put(b, f.d == 1 ? "er" : "");
		} else {
			put_md(a, b, f, 0);
		}
		put(b, " et le ");
		put_md(a, b, t, 0);
		return;
	}
	put(b, "du ");
	if (f.m == t.m) {
		put_int(b, f.d), put(b, f.d == 1 ? "er" : "");
	} else {
		put_md(a, b, f, 0);
	}
	put(b, " au ");
	put_md(a, b, t, 0);
}

static void
put_weekday(Art *a, Buf *b, int64_t day, int bare)
{
	Date d = civil(day);
	if (a->lang == EN) {
		if (!bare && a->wd_on) {
			put(b, "on ");
		}
		put(b, wdays_en[d.wd]);
	} else {
		put(b, wdays_fr[d.wd]);
	}
}

static void
put_month_year(Art *a, Buf *b, int m, int y)
{
	put(b, a->lang == EN ? months_en[m] : months_fr[m]);
	if (y) {
		put(b, " ");
		put_int(b, y);
	}
}

static void
put_past(Art *a, Buf *b)
{
	int en = a->lang == EN;
	int y = a->dt.y, m = a->dt.m;
	switch (rng_below(&a->r, 8)) {
	case 0:
		put(b, en ? "last year" : rng_chance(&a->r, 50) ? "l'an dernier" : "l'année dernière");
		break;
	case 1:
		put(b, en ? "in " : "en ");
		put_month_year(a, b, rng_range(&a->r, 1, 12), y - 1);
		break;
	case 2:
		put(b, en ? "in " : "en ");
		put_int(b, y - rng_range(&a->r, 2, 6));
		break;
	case 3:
		put(b, en ? "last month" : "le mois dernier");
		break;
	case 4:
		if (m > 3) {
			put(b, en ? "earlier this year" : rng_chance(&a->r, 50) ? "plus tôt cette année" : "en début d'année");
		} else {
			put(b, en ? "last year" : "l'an dernier");
		}
		break;
	case 5: {
		int k = rng_range(&a->r, 2, 4);
		put(b, en ? card_en[k] : "il y a ");
		put(b, en ? " years ago" : card_fr[k]);
		put(b, en ? "" : " ans");
		break;
	}
	case 6:
		put(b, en ? "in " : "en ");
		if (m > 1) {
			put_month_year(a, b, rng_range(&a->r, 1, m - 1), 0);
		} else {
			put_month_year(a, b, rng_range(&a->r, 1, 12), y - 1);
		}
		break;
	default:
		put(b, en ? "in " : "en ");
		put_month_year(a, b, rng_range(&a->r, 1, 12), y - 2);
		break;
	}
}

static void
put_since(Art *a, Buf *b)
{
	int en = a->lang == EN;
	int y = a->dt.y;
	switch (rng_below(&a->r, 4)) {
	case 0:
		put(b, en ? "since last year" : "depuis l'an dernier");
		break;
	case 1:
		put(b, en ? "since " : "depuis ");
		put_int(b, y - rng_range(&a->r, 2, 9));
		break;
	case 2:
		put(b, en ? "since " : "depuis ");
		put_month_year(a, b, rng_range(&a->r, 1, 12), y - 1);
		break;
	default: {
		int k = rng_range(&a->r, 3, 6);
		put(b, en ? "over the past " : "depuis ");
		put(b, en ? card_en[k] : card_fr[k]);
		put(b, en ? " years" : " ans");
		break;
	}
	}
}

static void
put_fut(Art *a, Buf *b)
{
	int en = a->lang == EN;
	int y = a->dt.y, m = a->dt.m;
	switch (rng_below(&a->r, 8)) {
	case 0:
		put(b, en ? "next year" : rng_chance(&a->r, 50) ? "l'an prochain" : "l'année prochaine");
		break;
	case 1:
		put(b, en ? "in the coming months" : "dans les prochains mois");
		break;
	case 2:
		put(b, en ? "next month" : "le mois prochain");
		break;
	case 3:
		if (m < 10) {
			put(b, en ? "by the end of the year" : "d'ici la fin de l'année");
		} else {
			put(b, en ? "early next year" : "début ");
			if (!en) {
				put_int(b, y + 1);
			}
		}
		break;
	case 4:
		put(b, en ? "in " : "en ");
		if (m < 12) {
			put_month_year(a, b, rng_range(&a->r, m + 1, 12), 0);
		} else {
			put_month_year(a, b, rng_range(&a->r, 1, 6), y + 1);
		}
		break;
	case 5:
		put(b, en ? "in " : "en ");
		put_month_year(a, b, rng_range(&a->r, 1, 12), y + 1);
		break;
	case 6:
		put(b, en ? "in the spring" : "au printemps");
		break;
	default:
		put(b, en ? "in the autumn" : "à l'automne");
		break;
	}
}

static void
put_ordinal(Art *a, Buf *b, int n, int words)
{
	if (a->lang == EN) {
		if (words && n <= 20) {
			put(b, ord_en[n]);
			return;
		}
		put_int(b, n);
		int t = n % 100;
		put(b, (t >= 11 && t <= 13) ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th");
		return;
	}
	if (words && n <= 20) {
		put(b, ord_fr[n]);
		return;
	}
	put_int(b, n);
	put(b, n == 1 ? "re" : "e");
}

static void
put_quote_open(Art *a, Buf *b)
{
	if (a->lang == FR) {
		put(b, a->typo_quotes ? "«" : "\"");
		put(b, a->typo_quotes ? fr_sp(a) : "");
	} else {
		put(b, a->typo_quotes ? "\xE2\x80\x9C" : "\"");
	}
}

static void
put_quote_close(Art *a, Buf *b)
{
	if (a->lang == FR) {
		put(b, a->typo_quotes ? fr_sp(a) : "");
		put(b, a->typo_quotes ? "»" : "\"");
	} else {
		put(b, a->typo_quotes ? "\xE2\x80\x9D" : "\"");
	}
}

static void expand(Art *a, Buf *b, const char *t);

/* a quotation: punct ',' (English: inside the marks; French: after them)
 * or '.' (inside) */
static void
put_quote(Art *a, Buf *b, char punct)
{
	const char *const *q = a->lang == EN ? quotes_en : quotes_fr;
	int nq = a->lang == EN ? (int)NELEMS(quotes_en) : (int)NELEMS(quotes_fr);
	int k = rng_below(&a->r, nq);
	for (int i = 0; i < nq && (a->qused >> k & 1); ++i) {
		k = (k + 1) % nq;
	}
	a->qused |= UINT32_C(1) << k;
	put_quote_open(a, b);
	expand(a, b, q[k]);
	if (a->lang == EN || punct == '.') {
		putn(b, &punct, 1);
		put_quote_close(a, b);
	} else {
		put_quote_close(a, b);
		putn(b, &punct, 1);
	}
}

static void
put_areas(Art *a, Buf *b, int de)
{
	for (int i = 0; i < a->nareas; ++i) {
		if (i) {
			put(b, i == a->nareas - 1 ? (a->lang == EN ? " and " : " et ") : ", ");
		}
		const Pair *ar = &areas[a->areas[i]];
		if (a->lang == EN) {
			put(b, ar->en);
		} else if (de) {
			size_t o = b->len;
			put(b, ar->fr);
			contract(a, b, o, 0);
		} else {
			put(b, ar->fr);
		}
	}
}

static void
put_ex(Art *a, Buf *b, int the)
{
	int en = a->lang == EN;
	if (a->ex_intro) {
		if (the || rng_chance(&a->r, 40)) {
			put(b, en ? "the exercise" : "l'exercice");
		} else {
			put(b, a->ex_name);
		}
		return;
	}
	if (!a->head) {
		a->ex_intro = 1;
	}
	int v = rng_below(&a->r, 10);
	if (en) {
		if (v < 4) {
			put(b, "Exercise "), put(b, a->ex_name);
		} else if (v < 7) {
			put(b, "the "), put(b, a->ex_name), put(b, " exercise");
		} else if (v < 9) {
			put(b, a->ex_name), put(b, " "), put_int(b, civil(a->xstart).y);
		} else {
			put(b, "the joint exercise "), put(b, a->ex_name);
		}
	} else {
		if (v < 6) {
			put(b, "l'exercice "), put(b, a->ex_name);
		} else if (v < 9) {
			put(b, "l'exercice "), put_quote_open(a, b), put(b, a->ex_name), put_quote_close(a, b);
		} else {
			put(b, "l'exercice conjoint "), put(b, a->ex_name);
		}
	}
}

static void
put_days(Art *a, Buf *b, int n)
{
	int en = a->lang == EN;
	if (n == 14) {
		put(b, en ? "two weeks" : "deux semaines");
		return;
	}
	if (n <= 12) {
		put(b, en ? card_en[n] : card_fr[n]);
	} else {
		put_int(b, n);
	}
	put(b, en ? " days" : " jours");
}

#define IS(lit) (n == sizeof(lit) - 1 && !memcmp(s, lit, n))

static void
slot_person(Art *a, Buf *b, int k, const char *s, size_t n)
{
	const Person *p = &a->p[k];
	int en = a->lang == EN;
	if (IS("")) {
		put_person(a, b, k, F_AUTO);
	} else if (IS(",")) {
		put_person(a, b, k, F_SUBJ);
	} else if (IS(".")) {
		put_person(a, b, k, F_END);
	} else if (IS(".name")) {
		put(b, p->name);
	} else if (IS(".sur")) {
		put_sur(b, p);
	} else if (IS(".ref")) {
		if (!a->intro[k]) {
			put_person(a, b, k, F_AUTO);
		} else {
			put_ref(a, b, p);
		}
	} else if (IS(".head")) {
		if (en) {
			put(b, offices[p->office].en_head);
		} else {
			Person q = *p;
			q.target = -1;
			put_title(a, b, &q, 0);
		}
	} else if (IS(".le")) {
		char tmp[256];
		Buf t = {NULL, 0, 0};
		Person q = *p;
		q.target = -1;
		put_title(a, &t, &q, 0);
		snprintf(tmp, sizeof tmp, "%s", t.p ? t.p : "");
		free(t.p);
		put(b, is_vowel_start(tmp) ? "l'" : p->female ? "la" : "le");
	} else if (IS(".he")) {
		put(b, en ? (p->female ? "she" : "he") : (p->female ? "elle" : "il"));
	} else if (IS(".his")) {
		put(b, en ? (p->female ? "her" : "his") : "son");
	} else if (IS(".e")) {
		put(b, !en && p->female ? "e" : "");
	} else if (IS(".adj")) {
		if (en) {
			put(b, countries[p->c].adj_en);
		} else {
			put_adj_fr(b, p->c, p->female ? 1 : 0);
		}
	} else {
		fprintf(stderr, "gen-articles: bad person slot '%.*s'\n", (int)n, s);
		exit(3);
	}
}

static void
slot_country(Art *a, Buf *b, int c, const char *s, size_t n)
{
	const Country *co = &countries[c];
	int en = a->lang == EN;
	if (IS("")) {
		put_country(a, b, c);
	} else if (IS(".nu")) {
		put(b, country_bare(a, c));
	} else if (IS(".s")) {
		put_possessive(b, co->en);
	} else if (IS(".adj")) {
		if (en) {
			put(b, co->adj_en);
		} else {
			put_adj_fr(b, c, 0);
		}
	} else if (IS(".adjf")) {
		put_adj_fr(b, c, 1);
	} else if (IS(".adjp")) {
		put_adj_fr(b, c, 2);
	} else if (IS(".adjfp")) {
		put_adj_fr(b, c, 3);
	} else if (IS(".au")) {
		put_country_in(a, b, c);
	} else if (IS(".vA")) {
		put(b, en ? "has" : !strcmp(co->fr_art, "les") ? "ont" : "a");
	} else if (IS(".vE")) {
		put(b, en ? "is" : !strcmp(co->fr_art, "les") ? "sont" : "est");
	} else if (IS(".cap")) {
		put(b, city_name(a, c, 0));
	} else if (n > 1 && s[0] == '.') {
		char what[16];
		snprintf(what, sizeof what, "%.*s", (int)(n - 1), s + 1);
		if (strcmp(what, "army") && strcmp(what, "navy") && strcmp(what, "air") &&
		    strcmp(what, "forces") && strcmp(what, "mod") && strcmp(what, "college")) {
			fprintf(stderr, "gen-articles: bad country slot '%.*s'\n", (int)n, s);
			exit(3);
		}
		put_inst(a, b, c, what);
	} else {
		fprintf(stderr, "gen-articles: bad country slot '%.*s'\n", (int)n, s);
		exit(3);
	}
}

static void
slot(Art *a, Buf *b, const char *s, size_t n)
{
	int en = a->lang == EN;
	Rng *r = &a->r;
	if (n >= 2 && s[0] == 'P' && s[1] >= '1' && s[1] <= '6') {
		slot_person(a, b, s[1] - '1', s + 2, n - 2);
	} else if (n >= 2 && s[0] == 'C' && s[1] >= '1' && s[1] <= '4') {
		slot_country(a, b, a->c[s[1] - '1'], s + 2, n - 2);
	} else if (IS("CITY")) {
		put(b, city_name(a, a->city_c, a->city_alt));
	} else if (IS("CITY1")) {
		put(b, city_name(a, a->c[0], 0));
	} else if (IS("XCITY")) {
		put(b, city_name(a, a->c[1], 1));
	} else if (IS("XBASE")) {
		const char *city = city_name(a, a->c[1], 1);
		int k = xkinds[a->xkind].kind;
		if (en) {
			if (k == 1) {
				put(b, "the naval base at "), put(b, city);
			} else if (k == 2) {
				put(b, city), put(b, " Air Base");
			} else if (a->xbase_style) {
				put(b, "Camp "), put(b, a->base_sur);
			} else {
				put(b, "the "), put(b, a->base_sur), put(b, " training area near "), put(b, city);
			}
		} else {
			size_t o;
			if (k == 1) {
				put(b, "la base navale "), o = b->len, put(b, city), contract(a, b, o, 0);
			} else if (k == 2) {
				put(b, "la base aérienne "), o = b->len, put(b, city), contract(a, b, o, 0);
			} else if (a->xbase_style) {
				put(b, "le camp "), put(b, a->base_sur);
			} else {
				put(b, "le centre d'entraînement "), o = b->len, put(b, city), contract(a, b, o, 0);
			}
		}
	} else if (IS("AGR")) {
		const AgrKind *k = &agr_kinds[a->agr_kind];
		put(b, en ? k->en_a[a->agr_var] : k->fr_a[a->agr_var]);
	} else if (IS("AGR.the")) {
		const AgrKind *k = &agr_kinds[a->agr_kind];
		int v = rng_below(r, 3);
		if (v == 2) {
			put(b, en ? "the document" : "le document");
		} else {
			put(b, en ? k->en_the[v] : k->fr_the[v]);
		}
	} else if (IS("AGR.word")) {
		put(b, agr_kinds[a->agr_kind].en_word);
	} else if (IS("AGR.head")) {
		put(b, agr_kinds[a->agr_kind].en_head);
	} else if (IS("AGR.e")) {
		put(b, agr_kinds[a->agr_kind].fr_fem ? "e" : "");
	} else if (IS("AGRPREV")) {
		put(b, en ? agr_prev[a->agrprev].en : agr_prev[a->agrprev].fr);
	} else if (IS("AREA")) {
		put(b, en ? areas[a->areas[0]].en : areas[a->areas[0]].fr);
	} else if (IS("AREAS")) {
		put_areas(a, b, 0);
	} else if (IS("AREAS.de")) {
		put_areas(a, b, 1);
	} else if (IS("EX")) {
		put_ex(a, b, 0);
	} else if (IS("EX.the")) {
		put_ex(a, b, 1);
	} else if (IS("EX.name")) {
		put(b, a->ex_name);
	} else if (IS("ED")) {
		put_ordinal(a, b, a->ex_ed, rng_chance(r, 60));
		put(b, en ? " edition" : " édition");
	} else if (IS("EDN")) {
		put_ordinal(a, b, a->ex_ed, rng_chance(r, 60));
	} else if (IS("EDPREV")) {
		put_ordinal(a, b, a->ex_ed - 1, rng_chance(r, 60));
	} else if (IS("XKIND")) {
		put(b, en ? xkinds[a->xkind].en : xkinds[a->xkind].fr);
	} else if (IS("XTASKS")) {
		put(b, en ? xtasks[a->xtask].en : xtasks[a->xtask].fr);
	} else if (IS("XRANGE")) {
		put_range(a, b, a->xstart, a->xend);
	} else if (IS("XEND")) {
		put(b, en ? "on " : "le ");
		put_md(a, b, civil(a->xend), 0);
	} else if (IS("XENDD")) {
		put_md(a, b, civil(a->xend), 0);
	} else if (IS("XSTART")) {
		put_int(b, a->ex_start);
	} else if (IS("XDAYS")) {
		put_days(a, b, (int)(a->xend - a->xstart + 1));
	} else if (IS("TROOPS")) {
		put_number(a, b, a->troops);
	} else if (IS("TROOPS2")) {
		put_number(a, b, a->troops2);
	} else if (IS("WD")) {
		put_weekday(a, b, a->ev, 0);
	} else if (IS("WD.bare")) {
		put_weekday(a, b, a->ev, 1);
	} else if (IS("WD2")) {
		put_weekday(a, b, a->ev + 1, 0);
	} else if (IS("EVDATE")) {
		put(b, en ? "on " : "le ");
		put_md(a, b, a->evd, rng_chance(r, 40));
	} else if (IS("SIGNDATE")) {
		put_md(a, b, a->evd, 1);
	} else if (IS("VRANGE")) {
		put_range(a, b, a->vstart, a->vend);
	} else if (IS("NDAYS")) {
		if (en) {
			put(b, card_en[a->ndays]), put(b, "-day");
		} else {
			put(b, "de "), put(b, card_fr[a->ndays]), put(b, " jours");
		}
	} else if (IS("PAST") || IS("PAST2")) {
		put_past(a, b);
	} else if (IS("SINCE")) {
		put_since(a, b);
	} else if (IS("FUT")) {
		put_fut(a, b);
	} else if (IS("YEAR")) {
		put_int(b, a->dt.y);
	} else if (IS("YEARDIP")) {
		put_int(b, a->yeardip);
	} else if (IS("YEARDC")) {
		put_int(b, a->yeardc);
	} else if (IS("NUMY")) {
		put(b, en ? card_en[a->numy] : card_fr[a->numy]);
	} else if (IS("NUMH")) {
		put(b, en ? card_en[a->numh] : card_fr[a->numh]);
	} else if (IS("NUM")) {
		put_int(b, a->num);
	} else if (IS("NUMF")) {
		static const char *const approx[] = {
			"dizaine", "vingtaine", "trentaine", "quarantaine", "cinquantaine",
			"soixantaine", "centaine",
		};
		put(b, approx[a->num % NELEMS(approx)]);
	} else if (IS("ORD")) {
		put_ordinal(a, b, a->ord, 1);
	} else if (IS("MONEY")) {
		int dollars = a->money & 1;
		int v = a->money / 2;
		if (en) {
			put(b, dollars ? "$" : "€"), put_int(b, v), put(b, " million");
		} else {
			put_int(b, v), put(b, dollars ? " millions de dollars" : " millions d'euros");
		}
	} else if (IS("EQUIP")) {
		put(b, en ? equipment[a->equip].en : equipment[a->equip].fr);
	} else if (IS("REGION")) {
		put(b, en ? sea_regions[a->region].en : sea_regions[a->region].fr);
	} else if (IS("REGION.loc")) {
		if (en) {
			put(b, "in "), put(b, sea_regions[a->region].en);
		} else {
			put(b, sea_regions[a->region].loc);
		}
	} else if (IS("FORUM")) {
		put(b, en ? forums[a->forum].en : forums[a->forum].fr);
	} else if (IS("JCOMM")) {
		put(b, en ? jcomms[a->jcomm].en : jcomms[a->jcomm].fr);
	} else if (IS("MONUMENT")) {
		put(b, en ? monuments[a->monument].en : monuments[a->monument].fr);
	} else if (IS("COMPANY")) {
		put(b, a->company_sur), put(b, " "), put(b, company_suffixes[a->company_suf]);
	} else if (IS("HEADS")) {
		put(b, en ? offices[a->main_office].en_heads : offices[a->main_office].fr_heads);
	} else if (IS("Q,")) {
		put_quote(a, b, ',');
	} else if (IS("Q.")) {
		put_quote(a, b, '.');
	} else if (IS("QN")) {
		const Pair *q = &quote_nouns[rng_below(r, (int)NELEMS(quote_nouns))];
		put_quote_open(a, b), put(b, en ? q->en : q->fr), put_quote_close(a, b);
	} else if (IS("QA")) {
		const Pair *q = &quote_advs[rng_below(r, (int)NELEMS(quote_advs))];
		put_quote_open(a, b), put(b, en ? q->en : q->fr), put_quote_close(a, b);
	} else if (IS("QO")) {
		put_quote_open(a, b);
	} else if (IS("QC")) {
		put_quote_close(a, b);
	} else if (IS(":") || IS(";")) {
		if (!en) {
			put(b, fr_sp(a));
		}
		putn(b, s, 1);
	} else {
		fprintf(stderr, "gen-articles: bad slot '%.*s'\n", (int)n, s);
		exit(3);
	}
}

/* Expand a template: {SLOT} and {SLOT|de} / {SLOT|a} (French de / à with
 * contractions) */
static void
expand(Art *a, Buf *b, const char *t)
{
	while (*t) {
		const char *open = strchr(t, '{');
		if (!open) {
			put(b, t);
			return;
		}
		putn(b, t, (size_t)(open - t));
		const char *close = strchr(open, '}');
		if (!close) {
			die("unterminated slot in a template");
		}
		const char *s = open + 1;
		size_t n = (size_t)(close - s);
		const char *bar = memchr(s, '|', n);
		if (bar) {
			size_t o = b->len;
			slot(a, b, s, (size_t)(bar - s));
			contract(a, b, o, bar[1] == 'a');
		} else {
			slot(a, b, s, n);
		}
		t = close + 1;
	}
}

/* ------------------------------------------------------------ templates */

/* Slots: {P1}..{P6} persons (P1 the principal of C1, P2 the counterpart in
 * C2, P3 an officer of C1, P4 C1's ambassador to C2, P5 an officer of C2,
 * P6 a head of state, government or foreign minister of C2): {Pn} first
 * mention title-name and later a reference, {Pn,} the same before a verb
 * (may be an apposition between commas), {Pn.} the same at the end of a
 * clause, .name .sur .ref .head .le .he .his .e .adj. {C1}..{C4}
 * countries: .nu .s .adj .adjf .adjp .adjfp .au .vA .vE .cap .army .navy
 * .air .mod .forces .college. Dates: WD WD.bare WD2 EVDATE SIGNDATE VRANGE
 * XRANGE XEND XENDD PAST PAST2 SINCE FUT YEAR. {X|de} and {X|a} put a
 * French "de"/"à" before X with contractions (du, des, au, aux, d'). */

enum {
	K_HEAD_V, K_HEAD_MS, K_HEAD_ME, K_HEAD_X, K_HEAD_T,
	K_LEAD_V, K_LEAD_MS, K_LEAD_ME, K_LEAD_X, K_LEAD_T,
	K_VISIT, K_MOUS, K_MOUE, K_MOUA, K_EX, K_EXF, K_MEET, K_QUOTE, K_BACK,
	K_CLOSE, K_FURN, NCAT
};

typedef struct {
	unsigned char cat;
	const char *t;
} Tpl;

static const Tpl tpl_en[] = {
	{K_HEAD_V, "{C1.adj} {P1.head} begins official visit to {C2.nu}"},
	{K_HEAD_V, "{P1.name} in {CITY} as {C1.nu} and {C2.nu} seek closer defence ties"},
	{K_HEAD_V, "{C2.nu} hosts {C1.adj} {P1.head} for talks on military cooperation"},
	{K_HEAD_V, "{C1.nu}, {C2.nu} pledge deeper defence cooperation during {P1.sur} visit"},
	{K_HEAD_V, "{C1.adj} {P1.head} arrives in {CITY} for {NDAYS} visit"},
	{K_HEAD_MS, "{C1.nu} and {C2.nu} sign {AGR.head} on {AREA}"},
	{K_HEAD_MS, "{C1.nu}, {C2.nu} ink defence pact in {CITY}"},
	{K_HEAD_MS, "{C2.adj}-{C1.adj} {AGR.head} to cover {AREAS}"},
	{K_HEAD_MS, "{C1.nu} and {C2.nu} agree to boost cooperation on {AREA}"},
	{K_HEAD_ME, "{C1.nu} and {C2.nu} set to sign {AGR.head} on {AREA}"},
	{K_HEAD_ME, "{C1.nu}, {C2.nu} near deal on {AREA}"},
	{K_HEAD_ME, "{C1.nu} and {C2.nu} finalise text of {AGR.head}"},
	{K_HEAD_X, "{C1.adj} and {C2.adj} troops open {EDN} {EX.name} exercise"},
	{K_HEAD_X, "{EX.name} {YEAR}: {C1.nu} and {C2.nu} begin joint drills"},
	{K_HEAD_X, "Joint exercise {EX.name} gets under way in {C2.nu}"},
	{K_HEAD_X, "{C2.nu} hosts {EDN} edition of {EX.name} with {C1.nu}"},
	{K_HEAD_T, "{P1.sur} and {P2.sur} discuss defence cooperation in {CITY}"},
	{K_HEAD_T, "{C2.adj} {P2.head} receives {C1.adj} counterpart"},
	{K_HEAD_T, "{C1.nu} and {C2.nu} review military cooperation at {CITY} talks"},
	{K_HEAD_T, "{C1.adj}, {C2.adj} {HEADS} meet in {CITY}"},

	{K_LEAD_V, "{P1,} arrived in {CITY} {WD} for a {NDAYS} official visit to {C2} at the invitation of {P2.}."},
	{K_LEAD_V, "{P1,} began a {NDAYS} visit to {C2} {WD}, the first by a {C1.adj} {P1.head} in {NUMY} years."},
	{K_LEAD_V, "{C2} and {C1} agreed {WD} to expand their defence cooperation as {P1} opened a {NDAYS} visit to {CITY}."},
	{K_LEAD_V, "{P1,} is in {C2} {VRANGE} for talks with {P2} on training, equipment and {AREA}."},
	{K_LEAD_V, "{P1,} was received {WD} in {CITY} by {P6.}, at the start of a {NDAYS} visit to {C2}."},
	{K_LEAD_MS, "{C1} and {C2} signed {AGR} on {AREAS} in {CITY} {WD}, during a visit by {P1.}."},
	{K_LEAD_MS, "{P1,} and {P2,} signed {AGR} {EVDATE} covering {AREAS}."},
	{K_LEAD_MS, "{C1} and {C2} {WD} signed {AGR} that commits the two countries to closer cooperation on {AREAS}, {C2.mod} said."},
	{K_LEAD_MS, "The defence ministries of {C1} and {C2} have signed {AGR} on {AREAS}, officials in {CITY} said {WD}."},
	{K_LEAD_ME, "{C1} and {C2} are expected to sign {AGR} on {AREAS} {FUT}, officials said {WD}."},
	{K_LEAD_ME, "Defence officials from {C1} and {C2} {WD} finalised the text of {AGR} on {AREAS}, which the two ministers are due to sign in {CITY} {FUT}."},
	{K_LEAD_ME, "{P1,} said {WD} that {P1.his} country would sign {AGR} with {C2} on {AREAS} {FUT}."},
	{K_LEAD_X, "About {TROOPS} {C1.adj} and {C2.adj} soldiers {WD} began the {ED} of {EX}, a {XKIND} at {XBASE}, {C2.army} said."},
	{K_LEAD_X, "The {ED} of {EX}, a {XKIND} involving {C1} and {C2}, opened {WD} at {XBASE} and will run {XRANGE}."},
	{K_LEAD_X, "{C1.adj} and {C2.adj} forces are holding the {ED} of {EX} {XRANGE}, {C2.mod} announced {WD}."},
	{K_LEAD_X, "Troops from {C1}, {C2} and {C3} are taking part in {EX}, which began {WD} at {XBASE} and runs {XRANGE}."},
	{K_LEAD_T, "{P2,} received {P1} in {CITY} {WD} for talks on defence cooperation between the two countries."},
	{K_LEAD_T, "{P1,} held talks {WD} in {CITY} with {P2.}."},
	{K_LEAD_T, "The {C1.adj} and {C2.adj} {HEADS} met in {CITY} {WD} to review cooperation on {AREAS}."},
	{K_LEAD_T, "{P1,} met {P2} {WD} on the sidelines of {FORUM} in {CITY}, {C1.mod} said."},

	{K_VISIT, "{P1.ref} was accompanied by {P3.}."},
	{K_VISIT, "The delegation is also due to visit {XBASE} before returning to {CITY1} {WD2}."},
	{K_VISIT, "During the visit, {P1.ref} is scheduled to meet {P6} and to tour {C2.college}."},
	{K_VISIT, "On arrival, {P1.ref} laid a wreath at {MONUMENT} in {CITY}."},
	{K_VISIT, "It is the {ORD} visit to {C2} by {P1.ref} since {P1.he} took office {PAST}."},
	{K_VISIT, "{P1.ref} was later received at the {C1.adj} Embassy in {CITY} by {P4.}."},
	{K_VISIT, "At a press conference in {CITY} {WD2}, {P1.ref} said the two countries would set up a joint working group on {AREA}."},
	{K_VISIT, "The {C1.adj} delegation also includes officials from {C1.mod} and from {COMPANY}, which hopes to sell equipment to {C2.forces}."},
	{K_VISIT, "{P1.ref} was welcomed at the airport by {P5} and by {P4}."},
	{K_VISIT, "The visit, which ends {WD2}, follows a trip to {CITY1} by {P2.ref} {PAST}."},
	{K_VISIT, "{P1.ref} and {P3.ref} also visited the headquarters of {C2.navy}, where they were briefed on {AREA}."},

	{K_MOUS, "The {AGR.word}, dated {SIGNDATE}, was signed by {P1.name} and {P2.name} after talks at {C2.mod}."},
	{K_MOUS, "Under the {AGR.word}, {C1.adj} cadets will be admitted to {C2.college} from next year, and {C2.adj} instructors will teach courses in {CITY1}."},
	{K_MOUS, "{AGR.the} was signed in the presence of {P6.}."},
	{K_MOUS, "Negotiations on {AGR.the} began {PAST}, officials said, and its text still has to be ratified by the {C1.adj} parliament."},
	{K_MOUS, "{P2.ref} said {AGR.the} would give {C1.adj} and {C2.adj} officers {QO}a common framework{QC} for {AREA}."},
	{K_MOUE, "Officials said the text of {AGR.the} had been agreed {PAST2} and was awaiting approval by the two governments."},
	{K_MOUE, "{AGR.the} is expected to be signed during a visit to {CITY} by {P1.ref} {FUT}."},
	{K_MOUE, "Talks on {AGR.the} stalled {PAST} over the financing of joint training, according to a {C1.adj} official."},
	{K_MOUE, "Once signed, {AGR.the} will replace {AGRPREV} concluded {PAST}."},
	{K_MOUA, "{AGR.the} covers {AREAS}, according to a statement from {C2.mod}."},
	{K_MOUA, "{AGR.the} builds on {AGRPREV} signed {PAST}, which set up a joint defence committee."},
	{K_MOUA, "The two sides also agreed to set up a working group to prepare the implementation of {AGR.the}."},
	{K_MOUA, "{AGR.the} is expected to enter into force {FUT}."},
	{K_MOUA, "Officials did not disclose the financial terms of {AGR.the}."},
	{K_MOUA, "A first meeting of the joint committee provided for by {AGR.the} will be held in {CITY1} {FUT}."},
	{K_MOUA, "{AGR.the} also provides for exchanges of officers between {C1.army} and {C2.army}."},

	{K_EX, "{EX.the} is commanded by {P5}, with {P3} as {P3.his} deputy."},
	{K_EX, "Over {XDAYS}, troops will rehearse {XTASKS}, before a final live-firing phase."},
	{K_EX, "The {EDPREV} edition, held near {XCITY} {PAST}, drew about {TROOPS2} troops."},
	{K_EX, "{EX.name} has been held every year since {XSTART}, alternately in {C1} and {C2}."},
	{K_EX, "Ships, aircraft and special forces units from {C1.navy} and {C2.navy} are taking part."},
	{K_EX, "Observers from {C3} are also attending the exercise, which ends {XEND}."},
	{K_EX, "Helicopters of {C2.air} provide air support, and {C1.army} has deployed a company of engineers."},
	{K_EX, "{P5.ref} said the exercise would test the ability of the two forces to work together {QA}."},
	{K_EX, "The closing ceremony is scheduled for {XENDD} at {XBASE}."},
	{K_EXF, "The two armed forces also plan to hold the {ED} of {EX} {XRANGE}."},
	{K_EXF, "{C1.adj} troops are due to take part in {EX}, a {XKIND} hosted by {C2}, {XRANGE}."},
	{K_EXF, "Preparations for the {ED} of {EX}, scheduled {XRANGE}, were also discussed."},

	{K_MEET, "The two {HEADS} discussed {AREAS}, as well as the security situation in {REGION}."},
	{K_MEET, "{P2.ref} also received {P3} and members of the {C1.adj} delegation."},
	{K_MEET, "According to a statement from {C1.mod}, the talks focused on {AREAS}."},
	{K_MEET, "The meeting took place at {C2.mod} and lasted about {NUMH} hours."},
	{K_MEET, "{P1.ref} and {P2.ref} agreed to meet again in {CITY1} {FUT}."},
	{K_MEET, "Later {WD}, {P1.ref} held separate talks with {P6}."},
	{K_MEET, "The {JCOMM} of the two countries, which last met {PAST}, will meet in {CITY1} {FUT}."},
	{K_MEET, "{P4,} also attended the talks."},

	{K_QUOTE, "{Q,} {P1.ref} said."},
	{K_QUOTE, "{Q,} {P2.ref} told reporters after the ceremony."},
	{K_QUOTE, "{P1.ref} said{:} {Q.}"},
	{K_QUOTE, "{Q,} said {P5.}."},
	{K_QUOTE, "In a statement, {C2.mod} said{:} {Q.}"},
	{K_QUOTE, "{P1.ref} described the relationship between the two countries as {QN}."},
	{K_QUOTE, "{Q,} {P2.ref} added, speaking at a joint press conference with {P1.ref}."},

	{K_BACK, "{C1} and {C2} established diplomatic relations in {YEARDIP} and signed their first defence cooperation agreement in {YEARDC}."},
	{K_BACK, "{C2} has trained about {NUM} {C1.adj} officers {SINCE} under a bilateral cooperation programme."},
	{K_BACK, "Trade in defence equipment between the two countries reached {MONEY} {PAST}, according to official figures."},
	{K_BACK, "The {C1.adj} and {C2.adj} navies have held joint patrols in {REGION} {SINCE}."},
	{K_BACK, "{C1} bought {EQUIP} from {C2} {PAST}."},
	{K_BACK, "A {C1.adj} liaison officer has been posted to {C2.college} {SINCE}."},
	{K_BACK, "The two countries' defence ministers last met {PAST} in {CITY1}."},
	{K_BACK, "{C2} is one of {C1.s} main security partners in {REGION}."},
	{K_BACK, "{C1.adj} officers have attended courses at {C2.college} {SINCE}, and {C2.adj} cadets train each year in {CITY1}."},

	{K_CLOSE, "{P1.ref} is due to leave {C2} {WD2}."},
	{K_CLOSE, "The next round of talks is expected to take place in {CITY1} {FUT}."},
	{K_CLOSE, "The two sides said they would meet again {FUT} to assess progress."},
	{K_CLOSE, "Officials said details of the programme would be announced {FUT}."},

	{K_FURN, "Read also: {C1.nu} and {C2.nu} to expand training cooperation"},
	{K_FURN, "Share this article"},
	{K_FURN, "© {YEAR} All rights reserved."},
	{K_FURN, "Related: {C2.adj} navy takes delivery of new patrol vessel"},
};

static const Tpl tpl_fr[] = {
	{K_HEAD_V, "{P1.le} {P1.head} {P1.adj} en visite officielle {C2.au}"},
	{K_HEAD_V, "{C1} et {C2} veulent renforcer leur coopération militaire"},
	{K_HEAD_V, "{P1.name} attendu{P1.e} {CITY|a} pour une visite {NDAYS}"},
	{K_HEAD_V, "Défense{:} {C1} et {C2} font le point sur leur coopération"},
	{K_HEAD_MS, "{C1} et {C2} signent {AGR} sur {AREA}"},
	{K_HEAD_MS, "Défense{:} {C1} et {C2} signent {AGR} {CITY|a}"},
	{K_HEAD_MS, "Coopération militaire{:} {AGR} signé{AGR.e} entre {C1} et {C2}"},
	{K_HEAD_MS, "{C1} et {C2} renforcent leur coopération dans le domaine {AREA|de}"},
	{K_HEAD_ME, "{C1} et {C2} s'apprêtent à signer {AGR}"},
	{K_HEAD_ME, "Vers {AGR} entre {C1} et {C2} sur {AREA}"},
	{K_HEAD_ME, "{C1} et {C2} finalisent {AGR} sur {AREA}"},
	{K_HEAD_X, "Coup d'envoi de la {ED} de l'exercice {EX.name}"},
	{K_HEAD_X, "{EX.name} {YEAR}{:} les armées {C1.adjfp} et {C2.adjfp} s'entraînent ensemble"},
	{K_HEAD_X, "Exercice militaire conjoint entre {C1} et {C2}"},
	{K_HEAD_X, "{C2} accueille la {ED} de l'exercice {EX.name}"},
	{K_HEAD_T, "{P1.name} reçu{P1.e} par {P2.name} {CITY|a}"},
	{K_HEAD_T, "{C1} et {C2} font le point sur leur coopération de défense"},
	{K_HEAD_T, "Entretien {CITY|a} entre les {HEADS} {C1.adjp} et {C2.adjp}"},
	{K_HEAD_T, "{C2} et {C1} veulent approfondir leur partenariat militaire"},

	{K_LEAD_V, "{P1,} est arrivé{P1.e} {WD} {CITY|a} pour une visite officielle {NDAYS} {C2.au}, à l'invitation de son homologue, {P2.}."},
	{K_LEAD_V, "{P1,} a entamé {WD} une visite {NDAYS} {C2.au}, la première d'un{P1.e} {P1.head} {P1.adj} depuis {NUMY} ans."},
	{K_LEAD_V, "{C2} et {C1} sont convenus {WD} d'élargir leur coopération de défense, à l'occasion de la visite {NDAYS} {P1|de} {CITY|a}."},
	{K_LEAD_V, "{P1,} séjourne {C2.au} {VRANGE} pour des entretiens avec {P2} sur la formation, les équipements et {AREA}."},
	{K_LEAD_V, "{P1,} a été reçu{P1.e} {WD} {CITY|a} par {P6.}, au début d'une visite {NDAYS} {C2.au}."},
	{K_LEAD_MS, "{C1} et {C2} ont signé {WD} {CITY|a} {AGR} sur {AREAS}, lors d'une visite {P1|de}."},
	{K_LEAD_MS, "{P1,} et {P2,} ont signé {EVDATE} {AGR} portant sur {AREAS}."},
	{K_LEAD_MS, "{C1} et {C2} ont conclu {WD} {AGR} qui engage les deux pays à coopérer plus étroitement dans les domaines {AREAS.de}, a indiqué {C2.mod}."},
	{K_LEAD_MS, "Les ministères de la Défense {C1|de} et {C2|de} ont signé {AGR} sur {AREAS}, a-t-on appris {WD} {CITY|a}."},
	{K_LEAD_ME, "{C1} et {C2} devraient signer {AGR} sur {AREAS} {FUT}, ont indiqué {WD} des responsables des deux pays."},
	{K_LEAD_ME, "Des responsables de la défense {C1|de} et {C2|de} ont finalisé {WD} le texte {AGR|de} sur {AREAS}, que les deux ministres doivent signer {CITY|a} {FUT}."},
	{K_LEAD_ME, "{P1,} a annoncé {WD} que son pays signerait {AGR} avec {C2} {FUT}."},
	{K_LEAD_X, "Quelque {TROOPS} soldats {C1.adjp} et {C2.adjp} ont entamé {WD} la {ED} {EX|de}, un {XKIND} organisé {XBASE|a}, a indiqué {C2.army}."},
	{K_LEAD_X, "La {ED} {EX|de}, un {XKIND} réunissant {C1} et {C2}, s'est ouverte {WD} {XBASE|a} et se déroulera {XRANGE}."},
	{K_LEAD_X, "Les forces {C1.adjfp} et {C2.adjfp} organisent la {ED} {EX|de} {XRANGE}, a annoncé {WD} {C2.mod}."},
	{K_LEAD_X, "Des militaires {C1|de}, {C2|de} et {C3|de} participent {EX|a}, lancé {WD} {XBASE|a}, qui se déroule {XRANGE}."},
	{K_LEAD_T, "{P2,} a reçu {WD} {CITY|a} {P1}, pour des entretiens consacrés à la coopération de défense entre les deux pays."},
	{K_LEAD_T, "{P1,} s'est entretenu{P1.e} {WD} {CITY|a} avec {P2.}."},
	{K_LEAD_T, "Les {HEADS} {C1.adjp} et {C2.adjp} se sont rencontrés {WD} {CITY|a} pour faire le point sur leur coopération dans les domaines {AREAS.de}."},
	{K_LEAD_T, "{P1,} a rencontré {P2} {WD} en marge {FORUM|de} {CITY|a}, selon un communiqué {C1.mod|de}."},

	{K_VISIT, "{P1.ref} était accompagné{P1.e} {P3.|de}."},
	{K_VISIT, "La délégation doit également se rendre {XBASE|a} avant de regagner {CITY1} {WD2}."},
	{K_VISIT, "Au cours de sa visite, {P1.ref} doit rencontrer {P6} et visiter {C2.college}."},
	{K_VISIT, "À son arrivée, {P1.ref} a déposé une gerbe {MONUMENT|a} {CITY|de}."},
	{K_VISIT, "Il s'agit de la {ORD} visite {C2.au} {P1.ref|de} depuis sa prise de fonctions {PAST}."},
	{K_VISIT, "{P1.ref} a ensuite été reçu{P1.e} à l'ambassade {C1|de} {CITY|a} par {P4.}."},
	{K_VISIT, "Lors d'une conférence de presse {CITY|a} {WD2}, {P1.ref} a indiqué que les deux pays allaient créer un groupe de travail conjoint sur {AREA}."},
	{K_VISIT, "La délégation {C1.adjf} comprend également des responsables {C1.mod|de} et de l'entreprise {COMPANY}, qui espère vendre des équipements {C2.forces|a}."},
	{K_VISIT, "{P1.ref} a été accueilli{P1.e} à l'aéroport par {P5} et par {P4}."},
	{K_VISIT, "Cette visite, qui s'achève {WD2}, fait suite à un déplacement {P2.ref|de} {CITY1|a} {PAST}."},
	{K_VISIT, "{P1.ref} et {P3.ref} se sont également rendus au quartier général {C2.navy|de}, où un exposé leur a été présenté sur {AREA}."},

	{K_MOUS, "Le document, daté du {SIGNDATE}, a été signé par {P1.name} et {P2.name} à l'issue d'entretiens au siège {C2.mod|de}."},
	{K_MOUS, "Aux termes {AGR.the|de}, des élèves officiers {C1.adjp} seront admis {C2.college|a} dès l'an prochain, et des instructeurs {C2.adjp} dispenseront des cours {CITY1|a}."},
	{K_MOUS, "{AGR.the} a été signé{AGR.e} en présence {P6.|de}."},
	{K_MOUS, "Les négociations sur {AGR.the} avaient débuté {PAST}, selon des responsables, et le texte doit encore être ratifié par le Parlement {C1.adj}."},
	{K_MOUS, "Selon {P2.ref}, {AGR.the} offrira aux officiers {C1.adjp} et {C2.adjp} {QO}un cadre commun{QC} dans le domaine {AREA|de}."},
	{K_MOUE, "Le texte a été arrêté {PAST2} et attend l'approbation des deux gouvernements, selon des responsables."},
	{K_MOUE, "{AGR.the} devrait être signé{AGR.e} lors d'une visite {P1.ref|de} {CITY|a} {FUT}."},
	{K_MOUE, "Les discussions sur {AGR.the} avaient achoppé {PAST} sur le financement des formations communes, selon un responsable {C1.adj}."},
	{K_MOUE, "Une fois signé{AGR.e}, {AGR.the} remplacera {AGRPREV} conclu {PAST}."},
	{K_MOUA, "{AGR.the} porte sur {AREAS}, selon un communiqué {C2.mod|de}."},
	{K_MOUA, "{AGR.the} s'appuie sur {AGRPREV} signé {PAST}, qui avait créé un comité mixte de défense."},
	{K_MOUA, "Les deux parties sont également convenues de créer un groupe de travail chargé de préparer la mise en œuvre {AGR.the|de}."},
	{K_MOUA, "{AGR.the} devrait entrer en vigueur {FUT}."},
	{K_MOUA, "Les termes financiers {AGR.the|de} n'ont pas été rendus publics."},
	{K_MOUA, "Une première réunion du comité mixte prévu par {AGR.the} se tiendra {CITY1|a} {FUT}."},
	{K_MOUA, "{AGR.the} prévoit également des échanges d'officiers entre {C1.army} et {C2.army}."},

	{K_EX, "{EX.the} est placé sous le commandement {P5|de}, secondé{P5.e} par {P3}."},
	{K_EX, "Pendant {XDAYS}, les troupes répéteront {XTASKS}, avant une phase finale de tirs réels."},
	{K_EX, "La {EDPREV} édition, organisée près {XCITY|de} {PAST}, avait réuni environ {TROOPS2} militaires."},
	{K_EX, "{EX.name} est organisé chaque année depuis {XSTART}, alternativement {C1.au} et {C2.au}."},
	{K_EX, "Des navires, des aéronefs et des unités de forces spéciales {C1.navy|de} et {C2.navy|de} y participent."},
	{K_EX, "Des observateurs {C3|de} assistent également à l'exercice, qui s'achèvera {XEND}."},
	{K_EX, "Des hélicoptères {C2.air|de} assurent l'appui aérien, et {C1.army} a déployé une compagnie du génie."},
	{K_EX, "Selon {P5.ref}, l'exercice doit permettre aux deux forces de travailler ensemble {QA}."},
	{K_EX, "La cérémonie de clôture est prévue le {XENDD} {XBASE|a}."},
	{K_EXF, "Les deux armées prévoient également d'organiser la {ED} {EX|de} {XRANGE}."},
	{K_EXF, "Des troupes {C1.adjfp} doivent participer {EX|a}, un {XKIND} accueilli par {C2}, {XRANGE}."},
	{K_EXF, "La préparation de la {ED} {EX|de}, prévue {XRANGE}, a également été évoquée."},

	{K_MEET, "Les deux {HEADS} ont évoqué {AREAS}, ainsi que la situation sécuritaire {REGION.loc}."},
	{K_MEET, "{P2.ref} a également reçu {P3} et des membres de la délégation {C1.adjf}."},
	{K_MEET, "Selon un communiqué {C1.mod|de}, les entretiens ont porté sur {AREAS}."},
	{K_MEET, "La rencontre s'est tenue au siège {C2.mod|de} et a duré environ {NUMH} heures."},
	{K_MEET, "{P1.ref} et {P2.ref} sont convenus de se retrouver {CITY1|a} {FUT}."},
	{K_MEET, "Plus tard {WD.bare}, {P1.ref} s'est entretenu{P1.e} séparément avec {P6}."},
	{K_MEET, "La {JCOMM} des deux pays, qui s'est réunie pour la dernière fois {PAST}, se réunira {CITY1|a} {FUT}."},
	{K_MEET, "{P4,} a également pris part aux entretiens."},

	{K_QUOTE, "{Q,} a déclaré {P1.ref}."},
	{K_QUOTE, "{Q,} a souligné {P2.ref} à l'issue de la cérémonie."},
	{K_QUOTE, "{P1.ref} a déclaré{:} {Q.}"},
	{K_QUOTE, "{Q,} a affirmé {P5.}."},
	{K_QUOTE, "Dans un communiqué, {C2.mod} a indiqué{:} {Q.}"},
	{K_QUOTE, "{P1.ref} a qualifié la relation entre les deux pays de {QN}."},
	{K_QUOTE, "{Q,} a ajouté {P2.ref}, lors d'une conférence de presse conjointe avec {P1.ref}."},

	{K_BACK, "{C1} et {C2} ont établi des relations diplomatiques en {YEARDIP} et signé leur premier accord de coopération de défense en {YEARDC}."},
	{K_BACK, "Une {NUMF} d'officiers {C1.adjp} ont été formés {C2.au} {SINCE}, dans le cadre d'un programme de coopération bilatérale."},
	{K_BACK, "Les échanges d'équipements de défense entre les deux pays ont atteint {MONEY} {PAST}, selon les chiffres officiels."},
	{K_BACK, "Les marines {C1.adjfp} et {C2.adjfp} mènent des patrouilles conjointes {REGION.loc} {SINCE}."},
	{K_BACK, "{C1} {C1.vA} acquis {EQUIP} auprès {C2|de} {PAST}."},
	{K_BACK, "Un officier de liaison {C1.adj} est détaché {C2.college|a} {SINCE}."},
	{K_BACK, "Les ministres de la Défense des deux pays se sont rencontrés pour la dernière fois {PAST}, {CITY1|a}."},
	{K_BACK, "{C2} {C2.vE} l'un des principaux partenaires de sécurité {C1|de} {REGION.loc}."},
	{K_BACK, "Des officiers {C1.adjp} suivent des formations {C2.college|a} {SINCE}, et des élèves officiers {C2.adjp} s'entraînent chaque année {CITY1|a}."},

	{K_CLOSE, "{P1.ref} doit quitter {C2} {WD2}."},
	{K_CLOSE, "Le prochain cycle de discussions devrait se tenir {CITY1|a} {FUT}."},
	{K_CLOSE, "Les deux parties ont indiqué qu'elles se retrouveraient {FUT} pour faire le point."},
	{K_CLOSE, "Les détails du programme seront annoncés {FUT}, selon des responsables."},

	{K_FURN, "Lire aussi{:} {C1} et {C2} veulent élargir leur coopération en matière de formation"},
	{K_FURN, "Partager cet article"},
	{K_FURN, "© {YEAR} Tous droits réservés."},
	{K_FURN, "À lire aussi{:} la Marine {C2.adjf} réceptionne un nouveau patrouilleur"},
};

#define MAXPER 24
static int cat_idx[2][NCAT][MAXPER];
static int cat_n[2][NCAT];

static void
index_templates(void)
{
	const Tpl *lists[2] = {tpl_en, tpl_fr};
	int sizes[2] = {(int)NELEMS(tpl_en), (int)NELEMS(tpl_fr)};
	for (int l = 0; l < 2; ++l) {
		if (sizes[l] > 256) {
			die("too many templates");
		}
		for (int i = 0; i < sizes[l]; ++i) {
			int c = lists[l][i].cat;
			if (cat_n[l][c] >= MAXPER) {
				die("too many templates in a category");
			}
			cat_idx[l][c][cat_n[l][c]++] = i;
		}
	}
}

/* a template of the category not yet used in this article, or NULL */
static const char *
pick_tpl(Art *a, int cat)
{
	const Tpl *list = a->lang == EN ? tpl_en : tpl_fr;
	int cand[MAXPER];
	int nc = 0;
	for (int i = 0; i < cat_n[a->lang][cat]; ++i) {
		int t = cat_idx[a->lang][cat][i];
		if (!(a->used[t / 64] >> (t % 64) & 1)) {
			cand[nc++] = t;
		}
	}
	if (!nc) {
		return NULL;
	}
	int t = cand[rng_below(&a->r, nc)];
	a->used[t / 64] |= UINT64_C(1) << (t % 64);
	return list[t].t;
}

/* ------------------------------------------------------------- assembly */

static uint8_t *seen_person; /* bitmap over countries x POOL, for --stats */
static uint64_t n_persons;

static void
use_person(Art *a, int k, int c, int slot)
{
	make_person(c, slot, &a->p[k]);
	size_t bit = (size_t)c * POOL + (size_t)slot;
	if (!(seen_person[bit / 8] >> (bit % 8) & 1)) {
		seen_person[bit / 8] |= (uint8_t)(1u << (bit % 8));
		n_persons++;
	}
}

static int
other_country(Rng *r, int a, int b, int c)
{
	for (;;) {
		int x = rng_below(r, NCOUNTRY);
		if (x != a && x != b && x != c) {
			return x;
		}
	}
}

static int
weighted(Rng *r, const int *w, int n)
{
	int total = 0;
	for (int i = 0; i < n; ++i) {
		total += w[i];
	}
	if (total <= 0) {
		return -1;
	}
	int x = rng_below(r, total);
	for (int i = 0; i < n; ++i) {
		if (x < w[i]) {
			return i;
		}
		x -= w[i];
	}
	return n - 1;
}

static const char *
region_surname(Rng *r, int c)
{
	const Region *rg = &regions[countries[c].reg1];
	return rg->sur.v[rng_below(r, rg->sur.n)];
}

static void
setup(Art *a, uint64_t idx)
{
	memset(a, 0, sizeof *a);
	a->r = rng_for(g_seed, S_ARTICLE, idx);
	Rng *r = &a->r;
	a->lang = idx % 2 == 1 ? EN : FR;

	int64_t lo = days_from_civil(2019, 1, 1), hi = days_from_civil(2026, 12, 31);
	a->day = lo + rng_below(r, (int)(hi - lo + 1));
	a->dt = civil(a->day);
	a->ev = a->day - rng_below(r, 4);
	a->evd = civil(a->ev);

	/* countries: French articles lean to French-speaking partners */
	int c1 = rng_below(r, NCOUNTRY);
	int c2 = other_country(r, c1, -1, -1);
	if (a->lang == FR && rng_chance(r, 50)) {
		int f = franco_idx[rng_below(r, nfranco)];
		if (rng_chance(r, 50)) {
			c1 = f;
			if (c2 == f) {
				c2 = other_country(r, c1, -1, -1);
			}
		} else if (c1 != f) {
			c2 = f;
		}
	}
	a->c[0] = c1;
	a->c[1] = c2;
	a->c[2] = other_country(r, c1, c2, -1);
	a->c[3] = other_country(r, c1, c2, a->c[2]);

	int x = rng_below(r, 100);
	a->story = x < 30 ? ST_VISIT : x < 55 ? ST_MOU : x < 80 ? ST_EX : ST_MEET;
	static const int ow[] = {50, 0, 15, 12, 10, 8, 0, 0, 5, 0};
	a->main_office = weighted(r, ow, (int)NELEMS(ow));

	int y = a->dt.y;
	use_person(a, 0, c1, holder_slot(c1, a->main_office, y));
	use_person(a, 1, c2, holder_slot(c2, a->main_office, y));
	int slot3 = 60 + rng_below(r, POOL - 60);
	uint64_t pair = (uint64_t)(c1 < c2 ? c1 : c2) * 128 + (uint64_t)(c1 < c2 ? c2 : c1);
	use_person(a, 3, c1, 30 + (int)(hash3(g_seed, S_PAIR, (uint64_t)c1 * 128 + (uint64_t)c2) % 30));
	a->p[3].target = c2;
	static const int heads[] = {O_PRESIDENT, O_PM, O_FOREIGN};
	use_person(a, 5, c2, holder_slot(c2, heads[rng_below(r, 3)], y));
	/* the two officers: another one if the surname is taken */
	int slot5 = 60 + rng_below(r, POOL - 60);
	for (int k = 2; k <= 4; k += 2) {
		int c = k == 2 ? c1 : c2;
		int slot = k == 2 ? slot3 : slot5;
		for (int tries = 0;; ++tries) {
			Person q;
			make_person(c, slot, &q);
			int taken = 0;
			for (int j = 0; j < 6; ++j) {
				if (j != k && a->p[j].name[0] && a->p[j].sur_len == q.sur_len &&
				    !memcmp(a->p[j].name + a->p[j].sur_off, q.name + q.sur_off, (size_t)q.sur_len)) {
					taken = 1;
				}
			}
			if (!taken || tries == 8) {
				break;
			}
			slot = 60 + rng_below(r, POOL - 60);
		}
		use_person(a, k, c, slot);
	}
	for (int k = 0; k < 6; ++k) {
		for (int j = 0; j < 6; ++j) {
			const Person *p = &a->p[k], *q = &a->p[j];
			if (j != k && p->sur_len == q->sur_len &&
			    !memcmp(p->name + p->sur_off, q->name + q->sur_off, (size_t)p->sur_len)) {
				a->clash[k] = 1;
			}
		}
	}

	a->ndays = rng_range(r, 2, 5);
	a->vstart = a->ev - rng_below(r, a->ndays);
	a->vend = a->vstart + a->ndays - 1;
	a->city_c = c2;
	a->city_alt = rng_chance(r, 20);

	/* the exercise of this pair of countries */
	uint64_t hp = hash3(g_seed, S_PAIR, pair);
	if (hp % 5 == 0) {
		snprintf(a->ex_name, sizeof a->ex_name, "%s", ex_fixed[(hp / 5) % NELEMS(ex_fixed)]);
	} else {
		snprintf(a->ex_name, sizeof a->ex_name, "%s %s", ex_adjs[(hp >> 8) % NELEMS(ex_adjs)],
			 ex_nouns[(hp >> 16) % NELEMS(ex_nouns)]);
	}
	a->ex_start = 2004 + (int)((hp >> 24) % 14);
	a->ex_ed = y - a->ex_start + 1;
	a->xkind = (int)((hp >> 32) % NELEMS(xkinds));
	a->yeardip = 1960 + (int)((hp >> 40) % 36);
	a->yeardc = 1996 + (int)((hp >> 48) % 21);
	int k = xkinds[a->xkind].kind;
	static const int land_tasks[] = {0, 3, 4, 5};
	a->xtask = k == 1 ? 1 : k == 2 ? 2 : land_tasks[rng_below(r, 4)];
	a->has_ex = a->story == ST_EX || rng_chance(r, 25);
	if (a->story == ST_EX) {
		a->xstart = a->ev - rng_below(r, 2);
	} else {
		a->xstart = a->day + rng_range(r, 20, 150);
	}
	a->xend = a->xstart + rng_range(r, 5, 16);
	a->xbase_style = rng_chance(r, 40);
	a->base_sur = region_surname(r, c2);
	a->troops = rng_range(r, 3, 80) * 50;
	a->troops2 = rng_range(r, 3, 60) * 50;

	a->has_agr = a->story == ST_MOU || rng_chance(r, 40);
	a->agr_kind = weighted(r, agr_weights, (int)NELEMS(agr_weights));
	a->agr_var = rng_below(r, 2);
	a->agr_signed = rng_chance(r, a->story == ST_MOU ? 70 : 55);
	a->nareas = rng_range(r, 2, 3);
	for (int i = 0; i < a->nareas; ++i) {
		int v;
		int dup;
		do {
			v = rng_below(r, (int)NELEMS(areas));
			dup = 0;
			for (int j = 0; j < i; ++j) {
				dup |= a->areas[j] == v;
			}
		} while (dup);
		a->areas[i] = v;
	}

	{
		const signed char *seas = region_seas[countries[a->c[rng_below(r, 2)]].reg1];
		int ns = 0;
		while (ns < 4 && seas[ns] >= 0) {
			ns++;
		}
		a->region = seas[rng_below(r, ns)];
	}
	a->monument = rng_below(r, (int)NELEMS(monuments));
	a->forum = rng_below(r, (int)NELEMS(forums));
	a->jcomm = rng_below(r, (int)NELEMS(jcomms));
	a->agrprev = rng_below(r, (int)NELEMS(agr_prev));
	a->equip = rng_below(r, (int)NELEMS(equipment));
	a->company_sur = region_surname(r, c1);
	a->company_suf = rng_below(r, (int)NELEMS(company_suffixes));
	a->num = rng_range(r, 2, 30) * 10;
	a->numy = rng_range(r, 3, 12);
	a->numh = rng_range(r, 2, 5);
	a->ord = rng_range(r, 2, 5);
	a->money = rng_range(r, 20, 900) * 2 + rng_below(r, 2);

	a->typo_apos = rng_chance(r, 45);
	a->typo_quotes = rng_chance(r, a->lang == EN ? 50 : 80);
	a->nb_mode = a->lang == EN ? 0 : weighted(r, (const int[]){35, 40, 25}, 3);
	a->en_nbsp = a->lang == EN && rng_chance(r, 12);
	a->honor = weighted(r, (const int[]){45, 30, 25}, 3);
	a->fr_bare = rng_chance(r, 20);
	a->us_dates = rng_chance(r, 60);
	a->wd_on = rng_chance(r, 75);
	a->mod_var = rng_chance(r, 50);
	a->dash = weighted(r, (const int[]){60, 25, 15}, 3);
}

/* bytes once apostrophes are made typographic */
static size_t
final_len(const Art *a, const Buf *b)
{
	size_t n = b->len;
	if (a->typo_apos) {
		for (size_t i = 0; i < b->len; ++i) {
			n += b->p[i] == '\'' ? 2 : 0;
		}
	}
	return n;
}

/* English "a" before a vowel sound from a slot ("a Australian officer",
 * "A Uzbek officer") becomes "an" */
static void
fix_an(Buf *b, size_t o)
{
	for (size_t i = o; i + 3 < b->len; ++i) {
		char c = b->p[i];
		if ((c != 'a' && c != 'A') || b->p[i + 1] != ' ' || (i > o && b->p[i - 1] != ' ')) {
			continue;
		}
		const char *w = b->p + i + 2;
		if (strchr("AEIO", w[0]) || !strncmp(w, "Uzb", 3)) {
			reserve(b, 1);
			memmove(b->p + i + 2, b->p + i + 1, b->len - i);
			b->p[i + 1] = 'n';
			b->len++;
		}
	}
}

static void
sentence(Art *a, Buf *b, const char *t)
{
	size_t o = b->len;
	expand(a, b, t);
	if (a->lang == EN) {
		fix_an(b, o);
	}
	cap_at(b, o);
}

static void
put_dateline(Art *a, Buf *b)
{
	int c = a->story == ST_EX ? a->c[1] : a->city_c;
	int alt = a->story == ST_EX ? 1 : a->city_alt;
	const char *city = city_name(a, c, alt);
	static const char *const dashes[] = {" — ", " – ", " - "};
	int style = rng_below(&a->r, 3);
	size_t o = b->len;
	if (style == 2) {
		put(b, city);
		if (strcmp(city, country_bare(a, c))) {
			put(b, " (");
			put(b, country_bare(a, c));
			put(b, ")");
		}
		put(b, dashes[a->dash]);
		return;
	}
	put(b, city);
	upper_from(b, o);
	if (style == 1 && strcmp(city, country_bare(a, c))) {
		put(b, ", ");
		put(b, country_bare(a, c));
	}
	put(b, ", ");
	if (a->lang == EN && a->us_dates && rng_chance(&a->r, 50)) {
		put(b, months_ap[a->dt.m]);
		put(b, " ");
		put_int(b, a->dt.d);
	} else {
		put_md(a, b, a->dt, 0);
	}
	put(b, dashes[a->dash]);
}

static void
gen_article(uint64_t idx, Buf *raw, Buf *out)
{
	Art art;
	Art *a = &art;
	setup(a, idx);
	Rng *r = &a->r;
	raw->len = 0;
	out->len = 0;

	static const int head_cat[] = {K_HEAD_V, K_HEAD_MS, K_HEAD_X, K_HEAD_T};
	static const int lead_cat[] = {K_LEAD_V, K_LEAD_MS, K_LEAD_X, K_LEAD_T};
	int hc = head_cat[a->story], lc = lead_cat[a->story];
	if (a->story == ST_MOU && !a->agr_signed) {
		hc = K_HEAD_ME;
		lc = K_LEAD_ME;
	}
	int mou_cat = a->agr_signed ? K_MOUS : K_MOUE;

	/* first line */
	char date[32];
	snprintf(date, sizeof date, "date %04d-%02d-%02d ", a->dt.y, a->dt.m, a->dt.d);
	put(raw, date);
	a->head = 1;
	sentence(a, raw, pick_tpl(a, hc));
	a->head = 0;
	put(raw, "\n\n");

	/* lead paragraph */
	put_dateline(a, raw);
	sentence(a, raw, pick_tpl(a, lc));
	int main_cat = a->story == ST_VISIT ? K_VISIT : a->story == ST_MOU ? K_MOUA : a->story == ST_EX ? K_EX : K_MEET;
	if (rng_chance(r, 40)) {
		const char *t = pick_tpl(a, main_cat);
		if (t) {
			put(raw, " ");
			sentence(a, raw, t);
		}
	}

	/* body */
	int w[NCAT] = {0};
	w[K_QUOTE] = 2;
	w[K_BACK] = 2;
	switch (a->story) {
	case ST_VISIT: w[K_VISIT] = 4; w[K_MEET] = 2; break;
	case ST_MOU: w[mou_cat] = 3; w[K_MOUA] = 3; w[K_VISIT] = 1; w[K_MEET] = 2; break;
	case ST_EX: w[K_EX] = 5; w[K_MEET] = 1; break;
	default: w[K_MEET] = 4; w[K_VISIT] = 1; break;
	}
	if (a->has_agr && a->story != ST_MOU) {
		w[mou_cat] = 1;
		w[K_MOUA] = 1;
	}
	if (a->has_ex && a->story != ST_EX) {
		w[K_EXF] = 1;
	}
	/* side facts get one sentence of each kind */
	int cap[NCAT];
	for (int i = 0; i < NCAT; ++i) {
		cap[i] = 99;
	}
	if (a->story != ST_MOU) {
		cap[K_MOUS] = cap[K_MOUE] = cap[K_MOUA] = 1;
	}
	cap[K_EXF] = 1;
	size_t target = (size_t)rng_range(r, 1700, 3900);
	int tries = 0;
	while (final_len(a, raw) < target) {
		size_t save = raw->len;
		int intro[6];
		memcpy(intro, a->intro, sizeof intro);
		int ex_intro = a->ex_intro;
		int nsent = weighted(r, (const int[]){25, 50, 25}, 3) + 1;
		int cat = -1, added = 0;
		put(raw, "\n\n");
		for (int i = 0; i < nsent; ++i) {
			if (cat < 0 || !rng_chance(r, 55)) {
				cat = weighted(r, w, NCAT);
			}
			const char *t = NULL;
			while (cat >= 0 && !(t = pick_tpl(a, cat))) {
				w[cat] = 0; /* exhausted */
				cat = weighted(r, w, NCAT);
			}
			if (!t) {
				break;
			}
			if (added) {
				put(raw, " ");
			}
			sentence(a, raw, t);
			added++;
			if (--cap[cat] <= 0) {
				w[cat] = 0;
				cat = -1;
			}
		}
		if (!added || final_len(a, raw) > MAX_BYTES - 130) {
			raw->len = save;
			raw->p[save] = '\0';
			memcpy(a->intro, intro, sizeof intro);
			a->ex_intro = ex_intro;
			if (!added || ++tries > 4) {
				break;
			}
		}
	}
	/* too short (every pool used up): allow templates again */
	while (final_len(a, raw) < MIN_BYTES) {
		memset(a->used, 0, sizeof a->used);
		const char *t = pick_tpl(a, K_BACK);
		put(raw, "\n\n");
		sentence(a, raw, t);
	}
	if (rng_chance(r, 70)) {
		size_t save = raw->len;
		put(raw, "\n\n");
		const char *t = pick_tpl(a, K_CLOSE);
		if (t) {
			sentence(a, raw, t);
		}
		if (!t || final_len(a, raw) > MAX_BYTES - 1) {
			raw->len = save;
			raw->p[save] = '\0';
		}
	}
	if (rng_chance(r, 12)) {
		size_t save = raw->len;
		put(raw, "\n\n");
		sentence(a, raw, pick_tpl(a, K_FURN));
		if (final_len(a, raw) > MAX_BYTES - 1) {
			raw->len = save;
			raw->p[save] = '\0';
		}
	}
	put(raw, "\n");

	/* typographic apostrophes */
	reserve(out, raw->len * 3);
	for (size_t i = 0; i < raw->len; ++i) {
		if (raw->p[i] == '\'' && a->typo_apos) {
			memcpy(out->p + out->len, RSQUO, 3);
			out->len += 3;
		} else {
			out->p[out->len++] = raw->p[i];
		}
	}
	out->p[out->len] = '\0';
}

/* ------------------------------------------------------------------ main */

static void
usage(FILE *f)
{
	fputs("usage: gen-articles --out DIR [--articles N] [--mb M] [--seed S] [--stats]\n"
	      "       gen-articles --show I [--seed S]\n"
	      "Write synthetic defence-cooperation news articles, English (odd) and\n"
	      "French (even), 1536-4096 bytes each, to DIR/synthetic-000001.txt ...\n"
	      "  --articles N  write N articles (default 1000 without --mb)\n"
	      "  --mb M        stop once M * 1,000,000 bytes are written\n"
	      "  --seed S      seed (default 1); same arguments, same bytes\n"
	      "  --stats       print a summary line to standard error\n"
	      "  --show I      print article I to standard output, write nothing\n",
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

static void
mkdirs(const char *dir)
{
	char path[4096];
	if (snprintf(path, sizeof path, "%s", dir) >= (int)sizeof path) {
		die("--out: path too long");
	}
	for (char *p = path + 1;; ++p) {
		if (*p == '/' || *p == '\0') {
			char c = *p;
			*p = '\0';
			if (mkdir(path, 0777) && errno != EEXIST) {
				fprintf(stderr, "gen-articles: cannot create '%s': %s\n", path, strerror(errno));
				exit(1);
			}
			*p = c;
			if (!c) {
				break;
			}
		}
	}
}

int
main(int argc, char **argv)
{
	uint64_t n = 0, show = 0;
	double mb = 0;
	const char *out_dir = NULL;
	int stats = 0;
	g_seed = 1;

	for (int i = 1; i < argc; ++i) {
		const char *arg = argv[i];
		const char *val = i + 1 < argc ? argv[i + 1] : NULL;
		if (!strcmp(arg, "--articles") || !strcmp(arg, "-n")) {
			if (parse_u64(val, &n) || n == 0) {
				fprintf(stderr, "gen-articles: --articles wants a positive integer\n");
				return 2;
			}
			i++;
		} else if (!strcmp(arg, "--mb")) {
			char *end;
			mb = val ? strtod(val, &end) : 0;
			if (!val || *end || !(mb > 0)) {
				fprintf(stderr, "gen-articles: --mb wants a positive number\n");
				return 2;
			}
			i++;
		} else if (!strcmp(arg, "--seed") || !strcmp(arg, "-s")) {
			if (parse_u64(val, &g_seed)) {
				fprintf(stderr, "gen-articles: --seed wants an unsigned integer\n");
				return 2;
			}
			i++;
		} else if (!strcmp(arg, "--out") || !strcmp(arg, "-o")) {
			if (!val || !*val) {
				fprintf(stderr, "gen-articles: --out wants a directory\n");
				return 2;
			}
			out_dir = val;
			i++;
		} else if (!strcmp(arg, "--show")) {
			if (parse_u64(val, &show) || show == 0) {
				fprintf(stderr, "gen-articles: --show wants a positive integer\n");
				return 2;
			}
			i++;
		} else if (!strcmp(arg, "--stats")) {
			stats = 1;
		} else if (!strcmp(arg, "--help") || !strcmp(arg, "-h")) {
			usage(stdout);
			return 0;
		} else {
			fprintf(stderr, "gen-articles: unknown argument '%s'\n", arg);
			usage(stderr);
			return 2;
		}
	}
	if (!show && !out_dir) {
		fprintf(stderr, "gen-articles: --out DIR is required\n");
		usage(stderr);
		return 2;
	}
	if (!n && !(mb > 0)) {
		n = 1000;
	}

	for (int i = 0; i < NREGION; ++i) {
		regions[i].male = split_list(region_src[i].male);
		regions[i].female = split_list(region_src[i].female);
		regions[i].sur = split_list(region_src[i].sur);
	}
	for (int c = 0; c < NCOUNTRY; ++c) {
		if (countries[c].franco) {
			franco_idx[nfranco++] = c;
		}
	}
	index_templates();
	seen_person = calloc((size_t)NCOUNTRY * POOL / 8 + 1, 1);
	if (!seen_person) {
		die("out of memory");
	}

	Buf raw = {NULL, 0, 0}, out = {NULL, 0, 0};
	if (show) {
		gen_article(show, &raw, &out);
		if (fwrite(out.p, 1, out.len, stdout) != out.len || fflush(stdout)) {
			die("write error on standard output");
		}
		return 0;
	}

	mkdirs(out_dir);
	size_t dlen = strlen(out_dir);
	char *path = malloc(dlen + 40);
	if (!path) {
		die("out of memory");
	}
	uint64_t total = 0, count = 0, n_en = 0, n_fr = 0;
	double limit = mb * 1e6;
	for (uint64_t i = 1; (!n || i <= n) && !(mb > 0 && (double)total >= limit); ++i) {
		gen_article(i, &raw, &out);
		snprintf(path, dlen + 40, "%s/synthetic-%06" PRIu64 ".txt", out_dir, i);
		FILE *f = fopen(path, "wb");
		if (!f) {
			fprintf(stderr, "gen-articles: cannot create '%s': %s\n", path, strerror(errno));
			return 1;
		}
		size_t w = fwrite(out.p, 1, out.len, f);
		if (fclose(f) || w != out.len) {
			fprintf(stderr, "gen-articles: write error on '%s': %s\n", path, strerror(errno));
			return 1;
		}
		total += out.len;
		count++;
		if (i % 2) {
			n_en++;
		} else {
			n_fr++;
		}
	}
	if (stats) {
		fprintf(stderr,
			"gen-articles: %" PRIu64 " articles (%" PRIu64 " en, %" PRIu64 " fr), %" PRIu64
			" bytes (%.1f MB), %" PRIu64 " distinct persons\n",
			count, n_en, n_fr, total, (double)total / 1e6, n_persons);
	}
	free(path);
	free(raw.p);
	free(out.p);
	return 0;
}
