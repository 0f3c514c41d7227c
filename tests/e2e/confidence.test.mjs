// A confidence label must match its basis: "high" only where the law text or an
// official table was read. "Sikkerhed: høj" beside "lovteksten er ikke set"
// undermines trust, so every rule and dated value in rules/dk/**/*.toml whose
// confidence is "high" while its own note or reference says the law text, the
// § or the source was not seen (or that only a secondary, third-party or press
// source was read) fails this test.
//
// A value has no note of its own: it is judged by its rule's note, unless that
// note speaks year by year (it names the value's year): then each year's value
// carries its own basis, and the rule's label is judged through its values.
//
// No Rust and no browser: the TOML is read with Python's standard tomllib
// (no TOML parser is among the npm packages), one file at a time.
//
// Run:  cd tests/e2e && node --test confidence.test.mjs

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const RULES = path.join(REPO, 'rules', 'dk');

/**
 * How the data says a basis was not read. Each pattern is one phrasing found in
 * the notes and references (English and Danish); the test below proves each
 * one still matches the sentence it was written for.
 */
export const NOT_SEEN = [
  /\b(law|lov)\s*text[^.;]{0,30}\bnot seen\b/i, // "law text not seen"
  /\blovteksten?\b[^.;]{0,30}\bikke (set|læst)\b/i, // "lovteksten er ikke set"
  /\bno (single )?§[^.;]{0,20}\bseen\b/i, // "No single § seen for this", "no § seen"
  /\blegal basis not seen\b/i,
  /§[^.;()]{0,40}\b(not confirmed|unconfirmed|ikke bekræftet)\b/i, // "§ not confirmed", "§ numbers UNCONFIRMED"
  /\b(exact )?§§? (numbers? )?(not confirmed|unconfirmed)\b/i,
  /\bexact (LAB |LAS )?§[^;()]{0,40}?\bnot confirmed\b/i, // "the exact § inside LAS kap. 13 is not confirmed"
  /\b(stk\.-nummer|paragraf(fen)?)\s*(er )?ikke verificeret\b/i, // "Stk.-nummer ikke verificeret", "(paragraf ikke verificeret)"
  /\bseen only on\b/i, // "seen only on municipal pages"
  /\bfrom secondary sources?\b/i,
  /\bsekundære? kilder?\b/i,
  /\b(only )?(a )?secondary source\b/i,
  /\bthird[- ]party\b/i,
  /\btredjeparts?(kilde|beregnere?)?\b/i,
  /\bpress summar(y|ies)\b/i,
  /\bsiden er ikke læst\b/i, // "siden er ikke læst direkte"
  /\bnot read directly\b/i,
];

/** Sentences from the data (or the issue) each pattern was written for. */
const EXAMPLES = [
  'The § number is from secondary sources (DUKH, muskelsvindfonden.dk); law text not seen.',
  'Sikkerhed: høj, men lovteksten er ikke set.',
  'No single § seen for this.',
  'some complaints about tilbud are said to be decided within 4 weeks (legal basis not seen).',
  'Ældre Sagen; § not confirmed',
  'Route High; § numbers UNCONFIRMED.',
  'Stk.-nummer ikke verificeret.',
  'Route High; the exact § inside LAS kap. 13 is not confirmed (Medium).',
  'FVL § 16, stk. 2 seen only on municipal pages.',
  'citeret fra bm.dk i to tredjepartsberegnere; siden er ikke læst direkte.',
  'press summaries say no new referrals from 1 February 2026',
];

/** Every rules/dk/**\/*.toml file. */
function tomlFiles(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? tomlFiles(path.join(dir, e.name)) : e.name.endsWith('.toml') ? [path.join(dir, e.name)] : []))
    .sort();
}

function readToml(file) {
  const py = 'import tomllib,json,sys;print(json.dumps(tomllib.load(open(sys.argv[1],"rb")),default=str))';
  try {
    return JSON.parse(execFileSync('python3', ['-c', py, file], { encoding: 'utf8' }));
  } catch (e) {
    throw new Error(`could not read ${path.relative(REPO, file)} as TOML (python3 with tomllib, Python ≥ 3.11, is needed): ${e.stderr || e.message}`);
  }
}

const hasBasis = (o) => typeof o.note === 'string' || typeof o.reference === 'string';
const basisText = (o) => [o.reference, o.note].filter((s) => typeof s === 'string').join(' | ');
const notSeen = (text) => NOT_SEEN.find((re) => re.test(text));
const yearOf = (v) => String(v?.from ?? '').slice(0, 4);

/**
 * A rate whose note goes year by year ("2025: bm.dk 'Satser for 2025'. 2026:
 * quoted by a third party …") carries its basis per value: the rule's own
 * label is then judged through its values, each year by its own confidence.
 */
function speaksPerYear(rule) {
  const values = Array.isArray(rule.values) ? rule.values : [];
  const text = basisText(rule);
  return values.some((v) => /^\d{4}$/.test(yearOf(v)) && yearOf(v) !== '1900' && text.includes(yearOf(v)));
}

/**
 * Every table with a confidence: rules (with their own note or reference) and
 * dated values (judged by the nearest rule above them).
 */
function entries(node, where, rule, out) {
  if (Array.isArray(node)) {
    node.forEach((v, i) => entries(v, `${where}[${i}]`, rule, out));
  } else if (node && typeof node === 'object') {
    const own = hasBasis(node);
    if (typeof node.confidence === 'string') out.push({ where, node, rule: own ? null : rule });
    for (const [k, v] of Object.entries(node)) {
      if (v && typeof v === 'object') entries(v, where ? `${where}.${k}` : k, own ? node : rule, out);
    }
  }
  return out;
}

/** The problems of one file: "high" where the basis says it was not read. */
export function findProblems(data, file) {
  const problems = [];
  for (const { where, node, rule } of entries(data, '', null, [])) {
    if (node.confidence !== 'high') continue;
    if (rule === null) {
      const hit = notSeen(basisText(node));
      if (hit && !speaksPerYear(node)) problems.push(`${file} ${where}: confidence "high", but its note or reference says ${hit} — "${basisText(node)}"`);
    } else if (rule) {
      const text = basisText(rule);
      const year = yearOf(node);
      const namesItsYear = /^\d{4}$/.test(year) && text.includes(year);
      const hit = notSeen(text);
      if (hit && !namesItsYear) {
        problems.push(`${file} ${where}: value confidence "high", but its rule's note or reference says ${hit} — "${text}"`);
      }
    }
  }
  return problems;
}

test('confidence: every "not seen" phrasing is recognised', () => {
  for (const s of EXAMPLES) assert.ok(notSeen(s), `no pattern matches: ${s}`);
  for (const s of ['Law text seen: § 72, stk. 7.', 'Officielt (borger.dk): 2023 1,34 kr./time.', '2025: row seen in Statistikbanken PSKAT 2025.']) {
    assert.equal(notSeen(s), undefined, `a pattern matches a sentence that says the basis was read: ${s}`);
  }
});

test('confidence: the check fails on "high" beside "law text not seen" (rule and value)', () => {
  const data = {
    frist: {
      x: { reference: 'RSL § 67', note: 'law text not seen', confidence: 'high', values: [{ from: '1900-01-01', n: 4, confidence: 'high' }] },
      y: { reference: 'RSL § 66', note: '2025: read on retsinformation. 2026: law text not seen.', confidence: 'medium',
        values: [{ from: '2025-01-01', n: 4, confidence: 'high' }] },
      z: { reference: 'RSL § 72', note: 'Law text seen.', confidence: 'high', values: [{ from: '1900-01-01', n: 4, confidence: 'high' }] },
    },
  };
  const p = findProblems(data, 'test.toml');
  assert.equal(p.length, 2, p.join('\n'));
  assert.match(p[0], /frist\.x: confidence "high"/);
  assert.match(p[1], /frist\.x\.values\[0\]: value confidence "high"/);
});

test('confidence: no rule or value in rules/dk is "high" where its basis says it was not read', () => {
  const files = tomlFiles(RULES);
  assert.ok(files.length >= 10, `found ${files.length} TOML files under ${RULES}`);
  let checked = 0;
  const problems = [];
  for (const file of files) {
    const data = readToml(file);
    checked += entries(data, '', null, []).length;
    problems.push(...findProblems(data, path.relative(REPO, file)));
  }
  assert.ok(checked > 500, `only ${checked} confidences found: is the walk still finding them?`);
  assert.deepEqual(problems, [], `${problems.length} confidence labels claim more than their basis:\n${problems.join('\n')}`);
});
