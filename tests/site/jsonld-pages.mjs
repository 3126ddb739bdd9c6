#!/usr/bin/env node
// jsonld-pages.mjs PAIR...  where PAIR is PAGE.jsonld=PAGE.nt
//
// For each pair, jsonld.js (the reference JSON-LD processor, in safe mode:
// anything it would drop is an error) turns the JSON-LD into RDF, and the
// result must be the very graph of the N-Triples beside it, after RDFC-1.0
// canonicalisation. One process for every page of a site: starting node per
// page would cost more than the checks. No network: a context must be
// embedded (or be pactum's, served from ontology/context.jsonld).
//
// Exit: 0 every pair isomorphic, 1 otherwise, 2 usage.
import { readFileSync } from 'node:fs'
import jsonld from 'jsonld'
import canonize from 'rdf-canonize'
import N3 from 'n3'
import { offlineDocumentLoader, die } from './lib/common.mjs'

const pairs = process.argv.slice(2)
if (pairs.length === 0) die('usage: jsonld-pages.mjs PAGE.jsonld=PAGE.nt...', 2)

const documentLoader = offlineDocumentLoader()
let failed = 0
let quads = 0
for (const pair of pairs) {
  const [jsonldFile, ntFile] = pair.split('=')
  try {
    const doc = JSON.parse(readFileSync(jsonldFile, 'utf8'))
    const opts = { documentLoader, safe: true, base: null }
    const expanded = await jsonld.expand(doc, opts)
    const fromJsonld = await jsonld.toRDF(expanded, { ...opts, format: 'application/n-quads' })
    const fromNt = new N3.Parser({ format: 'N-Triples' }).parse(readFileSync(ntFile, 'utf8'))
    const a = await canonize.canonize(fromJsonld, { algorithm: 'RDFC-1.0', inputFormat: 'application/n-quads' })
    const b = await canonize.canonize(fromNt, { algorithm: 'RDFC-1.0' })
    const n = a.split('\n').filter(l => l).length
    if (n === 0 || a !== b) {
      const setB = new Set(b.split('\n'))
      const only = a.split('\n').filter(l => l && !setB.has(l))
      console.log(`FAIL: ${jsonldFile}: ${n} quads, not the graph of ${ntFile}; first only in the JSON-LD: ${only[0] ?? '(none: some are missing)'}`)
      failed++
    }
    quads += n
  } catch (e) {
    console.log(`FAIL: ${jsonldFile}: ${e.message}`)
    failed++
  }
}
console.log(`${pairs.length - failed} of ${pairs.length} JSON-LD documents are their N-Triples' graph (${quads} quads, read by jsonld.js)`)
process.exit(failed ? 1 : 0)
