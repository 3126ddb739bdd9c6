#include "model/classes.h"

#include "model/vocab.h"

#include <stddef.h>
#include <string.h>

static const PactClassInfo classes[PACT_N_CLASSES] = {
#define PACT_CLASS_ROW(id, name, local, plural, title, schema, shape, window, rank, label_en, label_fr) \
  {name, local, PACT_NS local, plural, title, schema, PACT_SHAPE_##shape, window, rank, label_en, label_fr},
  PACT_CLASS_LIST(PACT_CLASS_ROW)
#undef PACT_CLASS_ROW
};

const PactClassInfo pact_document_class = {"document",    "Document",          PACT_NS "Document",
                                           "documents",   "Articles",          "NewsArticle",
                                           PACT_SHAPE_DOCUMENT, -1, 8, NULL, NULL};

const PactClassInfo *
pact_class(PactClass cls)
{
  return (unsigned)cls < PACT_N_CLASSES ? &classes[cls] : NULL;
}

const PactClassInfo *
pact_resource_class(int i)
{
  if (i == PACT_N_CLASSES) {
    return &pact_document_class;
  }
  return i >= 0 && i < PACT_N_CLASSES ? &classes[i] : NULL;
}

int
pact_class_from_name(const char *name)
{
  for (int i = 0; name && i < PACT_N_CLASSES; i++) {
    if (strcmp(classes[i].name, name) == 0) {
      return i;
    }
  }
  return -1;
}
