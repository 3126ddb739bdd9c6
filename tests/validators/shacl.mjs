#!/usr/bin/env node
// shacl.mjs [-v] SHAPES.ttl DATA...
//
// Validates the union of the DATA files (Turtle or N-Triples; N-Quads and
// TriG are flattened into one graph) against the SHACL shapes with
// shacl-engine (SHACL Core; no SPARQL, no network).
//
// A validator that finds nothing to check would say "conforms" for any
// input, so the focus nodes are also counted independently of the engine
// (sh:targetClass with rdfs:subClassOf, implicit class targets, sh:targetNode,
// sh:targetSubjectsOf, sh:targetObjectsOf) and cross-checked against the
// focus nodes the engine itself selects: every independently found target
// must have been handed to the engine's validation.
//
// rdfs:subClassOf triples found in the data (e.g. ontology/pactum.ttl given
// as a DATA file) are copied into the shapes graph: SHACL takes subclasses
// from the data graph, shacl-engine from the shapes graph.
//
// Output: "conforms (N focus nodes checked)" and exit 0; or one line per
// validation result (severity, focus node, path, value, message,
// constraint component) and exit 1. As SHACL says, any result, even of
// severity sh:Warning or sh:Info, means the data does not conform. Exit 2: no target node at all, a shape
// uses a feature this script cannot check (sh:sparql, sh:target), or bad
// usage / unreadable input. -v prints the target count of every shape.
import N3 from 'n3'
import rdf from '@rdfjs/data-model'
import rdfDataset from '@rdfjs/dataset'
import TermSet from '@rdfjs/term-set'
import { Validator } from 'shacl-engine'
import { parseRdfFile, formatForFile, termToString, die } from './lib/common.mjs'

const SH = 'http://www.w3.org/ns/shacl#'
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#'
const nn = s => rdf.namedNode(s)

const factory = {
  namedNode: rdf.namedNode.bind(rdf),
  blankNode: rdf.blankNode.bind(rdf),
  literal: rdf.literal.bind(rdf),
  variable: rdf.variable.bind(rdf),
  defaultGraph: rdf.defaultGraph.bind(rdf),
  quad: rdf.quad.bind(rdf),
  fromTerm: rdf.fromTerm.bind(rdf),
  fromQuad: rdf.fromQuad.bind(rdf),
  dataset: (quads) => rdfDataset.dataset(quads)
}

function toDefaultGraph (q) {
  return rdf.quad(rdf.fromTerm(q.subject), rdf.fromTerm(q.predicate), rdf.fromTerm(q.object), rdf.defaultGraph())
}

function load (files) {
  const ds = rdfDataset.dataset()
  for (const f of files) {
    const fmt = formatForFile(f)
    let quads
    try {
      quads = parseRdfFile(f, fmt)
    } catch (e) {
      die(e.message, 2)
    }
    for (const q of quads) ds.add(toDefaultGraph(q))
  }
  return ds
}

function objects (ds, s, p) {
  return [...ds.match(s, nn(p), null)].map(q => q.object)
}

function subjects (ds, p, o) {
  return [...ds.match(null, nn(p), o)].map(q => q.subject)
}

// every class C' with C' rdfs:subClassOf* C
function subClassesOf (ds, c) {
  const seen = new TermSet([c])
  const todo = [c]
  while (todo.length) {
    const x = todo.pop()
    for (const s of subjects(ds, RDFS + 'subClassOf', x)) {
      if (!seen.has(s)) { seen.add(s); todo.push(s) }
    }
  }
  return seen
}

function instancesOf (data, c) {
  const out = new TermSet()
  for (const k of subClassesOf(data, c)) {
    for (const s of subjects(data, RDF + 'type', k)) out.add(s)
  }
  return out
}

// Independent target resolution (SHACL 2.1.3).
function targetsOf (shapes, data, shape) {
  const t = new TermSet()
  const isClass = [...shapes.match(shape, nn(RDF + 'type'), null)]
    .some(q => q.object.value === RDFS + 'Class' || q.object.value === 'http://www.w3.org/2002/07/owl#Class')
  if (isClass) for (const x of instancesOf(data, shape)) t.add(x)
  for (const c of objects(shapes, shape, SH + 'targetClass')) for (const x of instancesOf(data, c)) t.add(x)
  for (const n of objects(shapes, shape, SH + 'targetNode')) t.add(n)
  for (const p of objects(shapes, shape, SH + 'targetSubjectsOf')) for (const q of data.match(null, p, null)) t.add(q.subject)
  for (const p of objects(shapes, shape, SH + 'targetObjectsOf')) for (const q of data.match(null, p, null)) t.add(q.object)
  return t
}

function pathToString (path) {
  if (!path || path.length === 0) return '(node)'
  return path.map(step => {
    let s = step.predicates.map(p => termToString(p)).join('|')
    if (step.predicates.length > 1) s = `(${s})`
    if (step.start === 'object') s = '^' + s
    if (step.quantifier === 'oneOrMore') s += '+'
    if (step.quantifier === 'zeroOrMore') s += '*'
    if (step.quantifier === 'zeroOrOne') s += '?'
    return s
  }).join('/')
}

// A blank-node shape is named by its sh:name (or its path) to be findable.
function shapeName (shapes, term) {
  if (term.termType !== 'BlankNode') return termToString(term)
  const name = objects(shapes, term, SH + 'name')[0]
  if (name) return `[${JSON.stringify(name.value)}]`
  const p = objects(shapes, term, SH + 'path')[0]
  return p ? `[sh:path ${termToString(p)}]` : termToString(term)
}

function shortSeverity (t) {
  return t ? t.value.replace(SH, '').toUpperCase() : 'VIOLATION'
}

async function main () {
  let args = process.argv.slice(2)
  const verbose = args[0] === '-v'
  if (verbose) args = args.slice(1)
  if (args.length < 2) die('usage: shacl.mjs [-v] SHAPES.ttl DATA...', 2)
  const [shapesFile, ...dataFiles] = args

  const shapes = load([shapesFile])
  const data = load(dataFiles)
  console.log(`shapes: ${shapes.size} triples from ${shapesFile}; data: ${data.size} triples from ${dataFiles.length} file(s)`)
  if (data.size === 0) die('the data graph is empty', 2)

  for (const q of data.match(null, nn(RDFS + 'subClassOf'), null)) shapes.add(q)

  // Features outside SHACL Core would be silently ignored by the engine.
  for (const p of ['sparql', 'target']) {
    const q = [...shapes.match(null, nn(SH + p), null)]
    if (q.length) die(`shape ${termToString(q[0].subject)} uses sh:${p}, which this validator does not run (SHACL Core only)`, 2)
  }

  // Which shapes have targets, and how many focus nodes they select.
  const targetPreds = ['targetClass', 'targetNode', 'targetSubjectsOf', 'targetObjectsOf']
  const shapeTerms = new TermSet()
  for (const p of targetPreds) for (const q of shapes.match(null, nn(SH + p), null)) shapeTerms.add(q.subject)
  for (const q of shapes.match(null, nn(RDF + 'type'), nn(SH + 'NodeShape'))) {
    if (shapes.match(q.subject, nn(RDF + 'type'), nn(RDFS + 'Class')).size > 0) shapeTerms.add(q.subject)
  }
  if (shapeTerms.size === 0) die(`${shapesFile} declares no shape with a target`, 2)

  const focus = new TermSet()
  const empty = []
  const rows = []
  for (const s of [...shapeTerms].sort((a, b) => a.value.localeCompare(b.value))) {
    const deactivated = objects(shapes, s, SH + 'deactivated').some(o => o.value === 'true')
    const t = deactivated ? new TermSet() : targetsOf(shapes, data, s)
    rows.push(`  ${termToString(s)}: ${t.size} target node(s)${deactivated ? ' (deactivated)' : ''}`)
    if (t.size === 0) empty.push(termToString(s))
    for (const x of t) focus.add(x)
  }
  if (verbose) for (const r of rows) console.log(r)
  console.log(`${shapeTerms.size} shapes with targets; ${focus.size} target nodes in the data`)
  if (empty.length) console.log(`note: ${empty.length} shape(s) select no node in this data: ${empty.join(', ')}`)
  if (focus.size === 0) {
    console.log('FAIL: no target node at all: the shapes check nothing in this data (wrong namespace? missing rdf:type?)')
    process.exit(2)
  }

  // Validate. Each shape's target resolution is wrapped so that we learn
  // which focus nodes the engine itself selected (and hence validated).
  const validator = new Validator(shapes, { factory })
  const visited = new TermSet()
  for (const shape of validator.shapes.values()) {
    const resolve = shape.resolveTargets.bind(shape)
    shape.resolveTargets = async (context) => {
      const targets = await resolve(context)
      for (const t of targets.terms) visited.add(t)
      return targets
    }
  }
  const report = await validator.validate({ dataset: data })

  const failures = []
  for (const r of report.results) {
    // shacl-engine's debug/trace results live in https://schemas.link/shacl-next#
    if (r.severity && !r.severity.value.startsWith(SH)) continue
    failures.push(r)
  }
  const missed = [...focus].filter(t => !visited.has(t))
  if (missed.length) {
    console.log(`FAIL: the engine selected ${visited.size} focus nodes, but ${missed.length} target nodes were never checked, e.g. ${termToString(missed[0])}`)
    process.exit(2)
  }
  if (visited.size === 0) {
    console.log('FAIL: the engine selected no focus node')
    process.exit(2)
  }

  if (failures.length === 0) {
    console.log(`conforms (${focus.size} focus nodes checked)`)
    process.exit(0)
  }

  const lines = failures.map(r => {
    const msg = (r.message || []).map(m => m.value).join(' / ')
    const comp = r.constraintComponent ? r.constraintComponent.value.replace(SH, 'sh:') : ''
    const value = r.value && r.value.term ? ` value=${termToString(r.value.term)}` : ''
    return `${shortSeverity(r.severity)} focus=${termToString(r.focusNode.term)} path=${pathToString(r.path)}${value} component=${comp} shape=${shapeName(shapes, r.shape.ptr.term)} message=${JSON.stringify(msg)}`
  })
  const uniq = [...new Set(lines)].sort()
  for (const l of uniq) console.log(l)
  const bySeverity = {}
  for (const l of uniq) { const k = l.split(' ')[0]; bySeverity[k] = (bySeverity[k] || 0) + 1 }
  const summary = Object.entries(bySeverity).map(([k, n]) => `${n} ${k.toLowerCase()}`).join(', ')
  // SHACL: a graph conforms only when there is no validation result at all,
  // whatever its severity (sh:Warning and sh:Info included).
  console.log(`does not conform: ${uniq.length} validation result(s) (${summary}) over ${focus.size} focus nodes`)
  process.exit(1)
}

main().catch(e => die(e.stack || String(e), 2))
