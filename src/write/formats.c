#include "write/writer.h"

#include <string.h>

static const PactFormatInfo formats[PACT_N_FORMATS] = {
#define PACT_FORMAT_ROW(id, name, aliases, ext, media, dataset, parser, serializer, writer, page, \
                        conneg, dump)                                                           \
  [PACT_FORMAT_##id] = {name, aliases, ext, media, dataset, parser, serializer, writer, page, conneg, dump},
  PACT_FORMAT_LIST(PACT_FORMAT_ROW)
#undef PACT_FORMAT_ROW
};

PactFormat
pact_format_by_rank(PactFormatRank rank, size_t k)
{
  for (int f = 0; f < PACT_N_FORMATS; f++) {
    int place = rank == PACT_RANK_PAGE ? formats[f].page : rank == PACT_RANK_CONNEG ? formats[f].conneg
                                                                                   : formats[f].dump;
    if (place == (int)k + 1) {
      return (PactFormat)f;
    }
  }
  return PACT_FORMAT_TURTLE; /* k out of range: a caller's mistake */
}

const PactFormatInfo *
pact_format_info(PactFormat f)
{
  return &formats[f];
}

int
pact_format_from_name(const char *name)
{
  for (int f = 0; f < PACT_N_FORMATS; f++) {
    if (strcmp(name, formats[f].name) == 0) {
      return f;
    }
  }
  for (int f = 0; f < PACT_N_FORMATS; f++) {
    for (size_t i = 0; i < 4 && formats[f].aliases[i]; i++) {
      if (strcmp(name, formats[f].aliases[i]) == 0) {
        return f;
      }
    }
  }
  return -1;
}

int
pact_format_from_extension(const char *extension)
{
  for (int f = 0; f < PACT_N_FORMATS; f++) {
    if (strcmp(extension, formats[f].extension) == 0) {
      return f;
    }
  }
  return -1;
}

const char *
pact_format_name(PactFormat f)
{
  return formats[f].name;
}

const char *
pact_format_extension(PactFormat f)
{
  return formats[f].extension;
}

const char *
pact_format_media_type(PactFormat f)
{
  return formats[f].media_type;
}
