/* The test build of tests/arch/toy-class.test adds one event type the way
 * README's "How to add an event type" says: a row of the class registry
 * (model/classes.h) and a detector (toy-detector.c), nothing else. A
 * ceremony has the members of a gathering: participants, a date, a place.
 * Included before every file of that build (-include); never shipped. */
#define PACT_TEST_CLASSES(X)                                                                  \
  X(CEREMONY, "ceremony", "Ceremony", "ceremonies", "Ceremonies", "Event", GATHERING, 7, 9, \
    "Ceremony", "Cérémonie")
#define PACT_TEST_DETECTOR toy_detect_ceremonies
