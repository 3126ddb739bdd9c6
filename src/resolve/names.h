/* Person-name keys: one key for the spellings of one name.
 *
 * Two spellings get the same key when they differ only by case, accents,
 * transliteration (Loudyi, Loudiyi, Loudayi), a glued particle (Abdel
 * Latif, Abdellatif), an abbreviation (Kh Asif), order (Muhammad Asif
 * Khawaja, Khawaja Muhammad Asif), middle names and initials (Khawaja
 * Asif, Khawaja M. Asif), or glue (AbdellatifLoudyi). The key
 * is the consonant skeletons of the first and last words, sorted; the
 * rules of naming it needs (abbreviations, particles, common given names)
 * are data: ontology/lexicon/names.tsv. */
#ifndef PACT_NAMES_H
#define PACT_NAMES_H

#include "lexicon/tables.h"
#include "util/buf.h"

/* Appends the key of the name `s` (UTF-8) to `out`; `rules` may be NULL
 * (no abbreviations, particles or common names). PACT_ERR_INPUT when `s`
 * is not valid UTF-8. */
PactStatus pact_name_key(const PactSynonyms *rules, PactBuf *out, const char *s);

/* The key of the name with its particles taken loosely: a run of them
 * glued to the word after them, and the optional ones (names.tsv) left
 * out of that word's front when four letters or more stay. "Halimi bin
 * Abd Manaf" and "Halimi Abd Manaf", "Ould Cheikh El Ghazouani" and
 * "Ould Cheikh Ghazouani" have one loose key. It is not the key itself:
 * "Aliyev" would lose an "al" it never had. */
PactStatus pact_name_loose_key(const PactSynonyms *rules, PactBuf *out, const char *s);

/* The keys of the name's shorter forms (its words taken loosely), one per line: the key of each
 * pair of its words other than the pair its own key is made of, for a
 * name of three words or more (appends nothing otherwise). News in
 * another language writes a shorter form: a second surname left out
 * ("Henry Delgado" for "Henry Delgado Salvador"), a first given name
 * ("Dennis Alibuzwi" for "Sitali Dennis Alibuzwi"), a middle part
 * ("Mohamed Ould Ghazouani" for "Mohamed Ould Cheikh El Ghazouani"),
 * or the given names in another order ("Fortunet Alain Nouatin"). A
 * name with particles keeps its first word in each. */
PactStatus pact_name_sub_keys(const PactSynonyms *rules, PactBuf *out, const char *s);

/* The consonant skeleton of one lower-case ASCII word into `out`
 * (`cap` bytes with the NUL): the first letter (any vowel as 'a'), then
 * the consonants without repeats, 'ph' as 'f', 'x' as 'ks', no 'w'
 * after the first letter, 'q', 'c', 'g' and 'j' as 'k' ('ch', 'tch' and
 * 'sh' as 's'; 'dj', 'zh' and 'dzh' are a 'j'), an initial 'y' before a
 * vowel as a vowel, no final 'h' after a vowel, and no 'l' of "Abd al-"
 * before a sun letter (Abdulrahman = Abderrahmane). */
void pact_name_skeleton(const char *word, char *out, size_t cap);

/* The three at once (each of `key`, `loose` and `subs` may be NULL),
 * reading the name at most twice: what resolution asks of each person. */
PactStatus pact_name_keys(const PactSynonyms *rules, const char *s, PactBuf *key, PactBuf *loose,
                          PactBuf *subs);

#endif
