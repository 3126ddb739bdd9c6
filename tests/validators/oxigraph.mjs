#!/usr/bin/env node
// oxigraph.mjs [--union|--no-union] DATA FORMAT QUERYFILE...
//
// Loads DATA into an in-memory Oxigraph store (an independent SPARQL 1.1
// engine, Rust compiled to WebAssembly) and runs each SPARQL SELECT query
// file, printing "name<TAB>rowcount" (name = file name without .rq).
//
// FORMAT is a media type: text/turtle, application/n-triples,
// application/n-quads, application/trig, application/rdf+xml or
// application/ld+json (Oxigraph 0.5 parses JSON-LD itself).
//
// Datasets (N-Quads, TriG, JSON-LD): queries run with Oxigraph's query
// option use_default_graph_as_union, so the query's default graph is the
// union of the default graph and every named graph. Without it a query
// would see only the store's default graph. Note that Oxigraph's union is a
// multiset (a triple in three graphs matches three times): the queries use
// DISTINCT. --no-union queries the default graph alone; --union forces the
// union for a triple format too (harmless there).
//
// JSON-LD whose "@context" is https://w3id.org/pactum/context.jsonld: Oxigraph
// cannot be given a document loader from JavaScript, so the reference is
// replaced by the content of ontology/context.jsonld before loading (no
// network). Any other remote context makes Oxigraph fail.
//
// --rows prints every row instead of the count, as "name<TAB>row" where row
// is each variable's binding in N-Triples syntax (xsd:string dropped, as
// RDF 1.1 has it), joined by a space, sorted: tests/store compares them with
// another store's answers.
//
// A query file whose leading comment lines include "# expect: N" must give
// exactly N rows. Exit 1 if any count differs, the data is empty or a query
// fails; exit 2 on bad usage.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import oxigraph from 'oxigraph'
import { CONTEXT_URL, contextFile, die } from './lib/common.mjs'

const DATASET_FORMATS = new Set(['application/n-quads', 'application/trig', 'application/ld+json'])
const KNOWN_FORMATS = new Set(['text/turtle', 'application/n-triples', 'application/rdf+xml', ...DATASET_FORMATS])

function inlineContext (node, ctx) {
  if (Array.isArray(node)) return node.map(n => inlineContext(n, ctx))
  if (node && typeof node === 'object') {
    const out = {}
    for (const [k, v] of Object.entries(node)) {
      if (k === '@context') {
        const one = c => (c === CONTEXT_URL ? ctx : c)
        out[k] = Array.isArray(v) ? v.map(one) : one(v)
      } else {
        out[k] = inlineContext(v, ctx)
      }
    }
    return out
  }
  return node
}

// A term in N-Triples syntax, strings without xsd:string.
function canonical (t) {
  if (!t) return ''
  if (t.termType === 'NamedNode') return `<${t.value}>`
  if (t.termType === 'BlankNode') return `_:${t.value}`
  const v = JSON.stringify(t.value)
  if (t.language) return `${v}@${t.language}`
  if (t.datatype && t.datatype.value !== 'http://www.w3.org/2001/XMLSchema#string') return `${v}^^<${t.datatype.value}>`
  return v
}

function main () {
  let args = process.argv.slice(2)
  let union = null
  let printRows = false
  while (args.length && args[0].startsWith('--')) {
    if (args[0] === '--rows') printRows = true
    else if (args[0] === '--union') union = true
    else if (args[0] === '--no-union') union = false
    else die(`unknown option ${args[0]}`, 2)
    args = args.slice(1)
  }
  if (args.length < 3) die('usage: oxigraph.mjs [--union|--no-union] DATA FORMAT QUERYFILE...', 2)
  const [dataFile, format, ...queryFiles] = args
  if (!KNOWN_FORMATS.has(format)) die(`unknown format ${format}; one of ${[...KNOWN_FORMATS].join(', ')}`, 2)
  if (union === null) union = DATASET_FORMATS.has(format)

  let text
  try {
    text = readFileSync(dataFile, 'utf8')
  } catch (e) {
    die(`cannot read ${dataFile}: ${e.message}`, 1)
  }
  if (format === 'application/ld+json') {
    let doc
    try {
      doc = JSON.parse(text)
    } catch (e) {
      die(`${dataFile}: not JSON: ${e.message}`, 1)
    }
    const ctx = JSON.parse(readFileSync(contextFile(), 'utf8'))['@context']
    text = JSON.stringify(inlineContext(doc, ctx))
  }

  const store = new oxigraph.Store()
  try {
    store.load(text, { format })
  } catch (e) {
    die(`${dataFile}: Oxigraph cannot load it as ${format}: ${e.message || e}`, 1)
  }
  const graphs = store.query('SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }')[0].get('n').value
  console.log(`# ${dataFile} (${format}): ${store.size} quads, ${graphs} named graphs; default graph ${union ? '= union of all graphs' : 'alone'}`)
  if (store.size === 0) {
    console.log(`FAIL: ${dataFile} holds no quad`)
    process.exit(1)
  }

  let bad = 0
  for (const qf of queryFiles) {
    const name = path.basename(qf).replace(/\.rq$/, '')
    let q
    try {
      q = readFileSync(qf, 'utf8')
    } catch (e) {
      console.log(`${name}\tERROR cannot read ${qf}: ${e.message}`)
      bad++
      continue
    }
    let expect = null
    for (const line of q.split('\n')) {
      if (!line.startsWith('#')) break
      const m = line.match(/^#\s*expect:\s*(\d+)\s*$/)
      if (m) expect = Number(m[1])
    }
    let rows
    try {
      rows = store.query(q, { use_default_graph_as_union: union })
    } catch (e) {
      console.log(`${name}\tERROR ${e.message || e}`)
      bad++
      continue
    }
    if (!Array.isArray(rows) || (rows.length > 0 && !(rows[0] instanceof Map))) {
      console.log(`${name}\tERROR not a SELECT query`)
      bad++
      continue
    }
    if (printRows) {
      const lines = rows.map(r => [...r.keys()].sort().map(k => `${k}=${canonical(r.get(k))}`).join(' '))
      for (const l of lines.sort()) console.log(`${name}\t${l}`)
      continue
    }
    let line = `${name}\t${rows.length}`
    if (expect !== null) {
      if (rows.length === expect) {
        line += '\tok'
      } else {
        line += `\tFAIL: expected ${expect}`
        bad++
      }
    }
    console.log(line)
  }
  if (bad) {
    console.log(`FAIL: ${bad} of ${queryFiles.length} queries failed or gave an unexpected count`)
    process.exit(1)
  }
}

main()
