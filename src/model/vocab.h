/* Namespaces and the terms pactum writes (ontology/pactum.ttl). */
#ifndef PACT_VOCAB_H
#define PACT_VOCAB_H

#define PACT_NS "https://w3id.org/pactum/ontology#"
#define PACT_DEFAULT_BASE "https://w3id.org/pactum/id/"
#define PACT_AREA_NS "https://w3id.org/pactum/area/"
#define PACT_AREA_SCHEME "https://w3id.org/pactum/areas"
#define PACT_CONTEXT_URL "https://w3id.org/pactum/context.jsonld"
#define NS_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NS_RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define NS_XSD "http://www.w3.org/2001/XMLSchema#"
#define NS_SKOS "http://www.w3.org/2004/02/skos/core#"
#define NS_DCTERMS "http://purl.org/dc/terms/"
#define NS_OWL "http://www.w3.org/2002/07/owl#"

#endif
