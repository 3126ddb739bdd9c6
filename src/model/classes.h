/* The class registry: what each class of thing pactum extracts is, written
 * once. Records, IRIs, the builder, the resolver, the writers' prefixes,
 * remote results, the site's folders, titles and schema.org types all read
 * this table, so a new class is a row here (README: "How to add an event
 * type"), not an edit in every stage. The table is static data: nothing
 * to free.
 *
 * One row per class, in the order records list them (which is the order of
 * PactClass and of every per-class array):
 *   X(ID, name, Class, records, Title, schema.org, shape, window, site rank,
 *     label en, label fr)
 * name      what records call it, its IRI folder and its Turtle prefix
 * Class     its ontology class, pact:Class
 * records   the member of a record that lists them
 * Title     the heading of its index on the site
 * schema.org  the type of its pages' embedded data
 * shape     which members it has (PactShape): a class with the members of
 *           another shares that shape and all the code that reads, builds
 *           and resolves them
 * window    -1 when one key is one node; else how many days an undated
 *           report may lie from a dated one it joins in resolution
 * site rank where its index comes among the site's folders (a reader looks
 *           for agreements and events before the actors)
 * label     the head of the label made for one without a name ("Meeting
 *           Chile, France, 2025-03-04"), in English and French; NULL when
 *           its shape makes its own (agreements by kind, visits) */
#ifndef PACT_CLASSES_H
#define PACT_CLASSES_H

#define PACT_CLASS_LIST(X)                                                                    \
  X(COUNTRY, "country", "Country", "countries", "Countries", "Country", COUNTRY, -1, 6,     \
    NULL, NULL)                                                                              \
  X(PERSON, "person", "Person", "persons", "Persons", "Person", PERSON, 0, 4, NULL, NULL)    \
  X(INSTITUTION, "institution", "Institution", "institutions", "Institutions",              \
    "GovernmentOrganization", NAMED, -1, 5, NULL, NULL)                                      \
  X(PLACE, "place", "Place", "places", "Places", "Place", NAMED, -1, 7, NULL, NULL)          \
  X(AGREEMENT, "agreement", "Agreement", "agreements", "Agreements", "CreativeWork",         \
    AGREEMENT, 365, 0, NULL, NULL)                                                           \
  X(EXERCISE, "exercise", "Exercise", "exercises", "Exercises", "Event", EXERCISE, 365, 1,  \
    "Joint exercise", "Exercice conjoint")                                                   \
  X(VISIT, "visit", "Visit", "visits", "Visits", "Event", VISIT, 30, 2, NULL, NULL)          \
  X(MEETING, "meeting", "Meeting", "meetings", "Meetings", "Event", GATHERING, 7, 3,        \
    "Meeting", "Rencontre")                                                                  \
  PACT_TEST_CLASSES(X)

/* A test build adds a class here (tests/arch/toy-class.h); a release
 * build adds none. */
#ifndef PACT_TEST_CLASSES
#define PACT_TEST_CLASSES(X)
#endif

typedef enum {
#define PACT_CLASS_ENUM(id, ...) PACT_##id,
  PACT_CLASS_LIST(PACT_CLASS_ENUM)
#undef PACT_CLASS_ENUM
  PACT_N_CLASSES
} PactClass;

/* The members a class has, and so the code that reads, writes, builds and
 * resolves them. */
typedef enum {
  PACT_SHAPE_COUNTRY,   /* code, name */
  PACT_SHAPE_PERSON,    /* name, variants, titles, country */
  PACT_SHAPE_NAMED,     /* name, variants, kind, country */
  PACT_SHAPE_AGREEMENT, /* kind, status, date, place, parties, signatories, areas */
  PACT_SHAPE_EXERCISE,  /* name, edition, start, end, participants, place, areas */
  PACT_SHAPE_VISIT,     /* visitor, host, start, end, days, places */
  PACT_SHAPE_GATHERING, /* participants, date, place */
  PACT_SHAPE_DOCUMENT   /* an article: not in records' entities */
} PactShape;

typedef struct {
  const char *name;
  const char *local;       /* the ontology class's local name */
  const char *iri;         /* and its IRI, pact:Class */
  const char *plural;
  const char *title;
  const char *schema_type;
  PactShape shape;
  long window_days;
  int site_rank;
  const char *label_en;    /* or NULL */
  const char *label_fr;
} PactClassInfo;

/* The row of `cls`, or NULL for a value that is no class. */
const PactClassInfo *pact_class(PactClass cls);

/* Articles have IRIs, pages and an index of their own (document/...),
 * but no row among the entities of a record. */
extern const PactClassInfo pact_document_class;

/* Every kind of resource that has an IRI folder: the classes, then
 * documents; i in [0, PACT_N_CLASSES]. */
const PactClassInfo *pact_resource_class(int i);

/* The class named `name` in records ("meeting"), or -1. */
int pact_class_from_name(const char *name);

#endif
