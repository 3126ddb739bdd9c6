#!/usr/bin/python3
"""Writes country-prepositions.tsv: how English and French say "to" (and
"in") a country, for generated labels ("Visit of X to the United States",
"Visite de X au Maroc", "aux Émirats arabes unis", "à Chypre").

Reads countries.tsv beside it. English takes "the" before plural names and
names of a union or republic; French takes au (masculine), en (feminine, or
masculine before a vowel), aux (plural), à (islands and city states named
without an article), by the rules of French grammar, with the exceptions
listed here. The names themselves are the ones a French or English reader
expects ("Corée du Sud", not iso-codes' "Corée, République de").

    python3 make-prepositions.py > country-prepositions.tsv
"""
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

# French names where iso-codes' form is inverted or official.
FR_NAME = {
    "BO": "Bolivie", "CD": "République démocratique du Congo", "CG": "Congo",
    "FK": "Malouines", "FM": "Micronésie", "IR": "Iran", "KP": "Corée du Nord",
    "KR": "Corée du Sud", "LA": "Laos", "MD": "Moldavie", "MF": "Saint-Martin",
    "SX": "Saint-Martin", "MM": "Birmanie", "PS": "Palestine", "RE": "La Réunion",
    "RU": "Russie", "SB": "Îles Salomon", "SY": "Syrie", "TW": "Taïwan",
    "TZ": "Tanzanie", "VA": "Vatican", "VE": "Venezuela", "VN": "Viêt Nam",
    "AX": "Îles Åland", "CC": "Îles Cocos", "CX": "Île Christmas", "BN": "Brunei",
    "CZ": "Tchéquie", "TL": "Timor oriental", "SZ": "Eswatini", "MK": "Macédoine du Nord",
    "GB": "Royaume-Uni", "US": "États-Unis", "BY": "Biélorussie", "MO": "Macao",
    "SR": "Suriname", "SV": "Salvador", "VI": "Îles Vierges des États-Unis",
    "UM": "Îles mineures éloignées des États-Unis", "PN": "Îles Pitcairn", "TR": "Turquie",
}
EN_NAME = {"KR": "South Korea", "KP": "North Korea", "RU": "Russia", "SY": "Syria",
           "IR": "Iran", "LA": "Laos", "VN": "Vietnam", "TW": "Taiwan", "TZ": "Tanzania",
           "BO": "Bolivia", "VE": "Venezuela", "MD": "Moldova", "CD": "DR Congo",
           "CG": "Republic of the Congo", "FM": "Micronesia", "PS": "Palestine",
           "BN": "Brunei", "CZ": "Czechia", "GB": "United Kingdom", "US": "United States"}
# English names that take "the".
EN_THE = {"AE", "GB", "US", "PH", "NL", "BS", "MV", "KM", "SC", "SB", "MH", "KY", "VG",
          "VI", "TC", "FO", "CK", "CF", "DO", "GM", "CG", "CD", "VA", "UM", "MP", "FK", "AX",
          "CC", "PN"}
# French: plural names (aux), names with no article (à), masculine names
# ending in -e (au), feminine names not ending in -e (en).
FR_AUX = {"AE", "US", "NL", "PH", "MV", "KM", "SC", "BS", "FJ", "SB", "MH", "KY", "VG", "VI",
          "TC", "FO", "CK", "MP", "UM", "FK", "AX", "CC", "PN", "BM", "AS"}
FR_A = {"CY", "CU", "MG", "MT", "MU", "SG", "MC", "BH", "DJ", "OM", "TW", "LK", "HT", "SM",
        "LC", "TV", "NR", "PR", "HK", "MO", "KI", "TT", "KN", "AG", "ST", "BB", "GD", "DM",
        "JM", "CV", "BN", "GU", "JE", "GG", "IM", "AW", "CW", "MF", "SX", "BL", "PM", "RE",
        "YT", "NU", "TK", "PW", "TO", "WS", "VU", "NC", "PF", "MQ", "GP", "AI", "MS", "GI",
        "SH", "NF", "CX", "BV", "HM", "GS", "TF", "IO", "WF", "SJ", "BQ", "VA"}
FR_WITH_ARTICLE_A = {"BB": "à la Barbade", "GD": "à la Grenade", "DM": "à la Dominique",
                     "JM": "en Jamaïque", "RE": "à La Réunion", "MQ": "en Martinique",
                     "GP": "en Guadeloupe", "NC": "en Nouvelle-Calédonie",
                     "PF": "en Polynésie française", "VA": "au Vatican", "CV": "au Cap-Vert",
                     "TF": "dans les Terres australes françaises",
                     "IO": "dans le Territoire britannique de l'océan Indien"}
FR_MASC_E = {"MX", "KH", "MZ", "ZW", "BZ", "SR", "GE0"}
FR_FEM_OTHER = set()


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def to_fr(code, name):
    if code in FR_WITH_ARTICLE_A:
        return FR_WITH_ARTICLE_A[code]
    if code in FR_AUX:
        return "aux " + name
    if code in FR_A:
        return "à " + name
    first = strip_accents(name)[0].lower()
    words = name.split()
    head = words[0]
    if head in ("République", "Guinée", "Arabie", "Afrique", "Nouvelle-Zélande",
                "Papouasie-Nouvelle-Guinée", "Macédoine", "Côte", "Corée", "Bosnie-Herzégovine",
                "Sierra", "Guyane"):
        return "en " + name
    if first in "aeiouy":
        return "en " + name
    if code in FR_MASC_E:
        return "au " + name
    if strip_accents(head).endswith("e"):
        return "en " + name
    return "au " + name


def main():
    rows = []
    with open(os.path.join(HERE, "countries.tsv"), encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if not l.startswith("#")]
    header = lines[0].split("\t")
    for line in lines[1:]:
        cells = dict(zip(header, line.split("\t")))
        code = cells["code"]
        en = EN_NAME.get(code) or cells.get("common_en") or cells["name_en"]
        fr = FR_NAME.get(code) or cells["name_fr"]
        if "," in en:
            en = en.split(",")[0]
        if "," in fr:
            fr = fr.split(",")[0]
        to_en = ("to the " if code in EN_THE else "to ") + en
        rows.append((code, en, to_en, fr, to_fr(code, fr)))
    out = sys.stdout
    out.write("# How English and French say \"to\" a country, for generated labels\n"
              "# (\"Visit of X to the United States\", \"Visite de X au Maroc\"). Written by\n"
              "# make-prepositions.py from countries.tsv; fix a row by fixing the script.\n")
    out.write("code\tname_en\tto_en\tname_fr\tto_fr\n")
    for r in rows:
        out.write("\t".join(r) + "\n")


main()
