/**
 * The data door, case by case (issue 16): each test breaks one file of a copy of content/ and
 * runs the REAL loader on it (the same function `astro build` runs: loadDataset, the YAML
 * loaders, buildChart, the story loader, the kit's Markdown renderer), asserting the exact
 * message with file and row / line / entry. Unit level because each case needs no page; the
 * cases that need the build are in hostile-content.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { csvFormatRows } from 'd3-dsv';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { copyContent, edit, withContentDir } from '../support/broken-content';
import { loadDataset } from '../../src/lib/data/csv-loader';
import { readCsv } from '../../src/lib/data/csv-text';
import { DATASETS, deaSeizures, prices, sources, type DatasetName } from '../../src/lib/data/datasets';
import { formatProblem, type DatasetSpec } from '../../src/lib/data/validate';
import { today } from '../../src/lib/data/fields';
import { yamlEntries } from '../../src/lib/content/yaml-loader';
import { chartSpecSchema } from '../../src/lib/charts/spec';
import { buildChart } from '../../src/lib/charts/build';
import * as story from '../../src/lib/story/schema';
import * as kit from '../../src/lib/classroom/schemas';
import { Citations, renderMarkdown } from '../../src/lib/classroom/markup';
import { chartIndex } from '../../src/lib/classroom/chart-index';
import { storySectionsLoader } from '../../src/lib/story/story-loader';
import type { SourceRecord } from '../../src/lib/charts/types';

const DEA = 'dea_seizures.csv';
/** The problems of one dataset in a content copy, formatted as the build prints them. */
const problemsOf = (dir: string, spec: DatasetSpec) => loadDataset(spec, path.join(dir, 'data')).problems.map(formatProblem);
/**
 * Rewrite a CSV of a copy one record per line (cells quoted only where needed), then let
 * `change` edit those lines as raw text: line i + 1 of the file is lines[i].
 */
const editLines = (dir: string, file: string, change: (lines: string[]) => void) =>
  edit(dir, `data/${file}`, (t) => {
    const { header, records } = readCsv(t, file);
    const lines = [header, ...records.map((r) => r.cells)].map((cells) => csvFormatRows([cells.map((c) => c.replace(/\r?\n/g, ' '))]));
    change(lines);
    return `${lines.join('\n')}\n`;
  });
/** Set cells of record `row` (1-based data row) by column name, in raw lines from editLines. */
const setCells = (lines: string[], row: number, cells: Record<string, string>) => {
  const header = readCsv(lines[0]!, 'x').header;
  const record = readCsv(`${lines[0]}\n${lines[row]}`, 'x').records[0]!.cells;
  for (const [k, v] of Object.entries(cells)) record[header.indexOf(k)] = v;
  lines[row] = csvFormatRows([record]);
};
const fileOf = (dir: string, rel: string) => path.join(dir, rel);
const THIS_YEAR = Number(today().slice(0, 4));

describe('CSV rows and bytes', () => {
  test('a row with more fields than the header, and an unquoted comma in a note (fields shift)', () => {
    const dir = copyContent();
    editLines(dir, DEA, (l) => {
      l[2] = `${l[2]},stray`; // row 2
      setCells(l, 4, { note: 'NOTE' });
      l[4] = l[4]!.replace('NOTE', 'a note, with a comma'); // row 4: the note has no quotes
    });
    const f = fileOf(dir, `data/${DEA}`);
    expect(problemsOf(dir, deaSeizures)).toEqual([
      `${f}, row 2 (line 3): 11 fields, but the header has 10 (an unquoted comma in a cell? put the cell in double quotes)`,
      `${f}, row 4 (line 5): 11 fields, but the header has 10 (an unquoted comma in a cell? put the cell in double quotes)`,
    ]);
  });

  test('a row with fewer fields than the header', () => {
    const dir = copyContent();
    editLines(dir, DEA, (l) => { setCells(l, 1, { note: 'NOTE' }); l[1] = l[1]!.replace(',NOTE', ''); });
    expect(problemsOf(dir, deaSeizures)).toEqual([`${fileOf(dir, `data/${DEA}`)}, row 1 (line 2): 9 fields, but the header has 10`]);
  });

  test('a Latin-1 file (not UTF-8) is rejected with its line, not shown as mojibake', () => {
    const dir = copyContent();
    const file = fileOf(dir, `data/${DEA}`);
    editLines(dir, DEA, (l) => setCells(l, 3, { note: 'Caf\u00e9 note' }));
    const lines = readFileSync(file, 'utf8').split('\n');
    writeFileSync(file, Buffer.from(lines.join('\n'), 'latin1'));
    expect(problemsOf(dir, deaSeizures)).toEqual([`${file}, line 4: not valid UTF-8 (byte 0xE9 at byte ${lines[3]!.indexOf('\u00e9') + 1} of the line); save the file as UTF-8`]);
  });

  test('a quote that is never closed names the line it opens on', () => {
    const dir = copyContent();
    let last = 0;
    editLines(dir, DEA, (l) => { last = l.length - 1; setCells(l, last, { note: 'NOTE' }); l[last] = l[last]!.replace('NOTE', '"an open quote'); });
    expect(problemsOf(dir, deaSeizures)).toEqual([`${fileOf(dir, `data/${DEA}`)}, line ${last + 1}: a quoted cell is never closed (a missing " ?)`]);
  });

  test('a quote closed only on a later line names the line it opens on', () => {
    const dir = copyContent();
    editLines(dir, DEA, (l) => {
      setCells(l, 2, { note: 'NOTE' });
      setCells(l, 4, { note: 'a "quoted" word' });
      l[2] = l[2]!.replace('NOTE', '"an open quote');
    });
    expect(problemsOf(dir, deaSeizures)).toEqual([`${fileOf(dir, `data/${DEA}`)}, line 3: a quoted cell opens on line 3 but closes on line 5, followed by text: a closing " is probably missing on line 3`]);
  });

  test('an extra column (not in the schema) is rejected', () => {
    const dir = copyContent();
    editLines(dir, DEA, (l) => l.forEach((line, i) => { l[i] = `${line},${i === 0 ? 'comment' : 'x'}`; }));
    expect(problemsOf(dir, deaSeizures)).toEqual([
      `${fileOf(dir, `data/${DEA}`)}, line 1, field "comment": column is not in the schema of dea_seizures (a new column must be added to src/lib/data/datasets.ts)`,
    ]);
  });

  test('a misspelled column names the one it should be', () => {
    const dir = copyContent();
    editLines(dir, DEA, (l) => { l[0] = l[0]!.replace(',unit,', ',unti,'); });
    const f = fileOf(dir, `data/${DEA}`);
    expect(problemsOf(dir, deaSeizures)).toEqual([
      `${f}, field "unit": column is missing from the header`,
      `${f}, line 1, field "unti": column is not in the schema of dea_seizures (did you mean "unit"?) (a new column must be added to src/lib/data/datasets.ts)`,
    ]);
  });
});

describe('dates and years', () => {
  const asOfRow = (dir: string, asOf: string, year?: string) => editLines(dir, DEA, (l) => setCells(l, 1, { as_of: asOf, ...(year ? { year } : {}) }));

  test('an impossible date (2023-02-30)', () => {
    const dir = copyContent();
    asOfRow(dir, '2023-02-30');
    expect(problemsOf(dir, deaSeizures)).toEqual([`${fileOf(dir, `data/${DEA}`)}, row 1 (line 2), field "as_of": not a real calendar date (got "2023-02-30")`]);
  });

  test('a DEA year of 2099', () => {
    const dir = copyContent();
    editLines(dir, DEA, (l) => setCells(l, 1, { year: '2099' }));
    expect(problemsOf(dir, deaSeizures)).toEqual([`${fileOf(dir, `data/${DEA}`)}, row 1 (line 2), field "year": year out of range (expected 2000 to ${THIS_YEAR}) (got "2099")`]);
  });

  test("a year after the row's own as_of date", () => {
    const dir = copyContent();
    asOfRow(dir, '2019-03', '2024');
    expect(problemsOf(dir, deaSeizures)).toEqual([`${fileOf(dir, `data/${DEA}`)}, row 1 (line 2), field "year": year 2024 is after the row's as_of date 2019-03 (got "2024")`]);
  });

  test('an as_of date in the future', () => {
    const dir = copyContent();
    asOfRow(dir, `${THIS_YEAR + 1}-01`, String(THIS_YEAR));
    expect(problemsOf(dir, deaSeizures)).toEqual([`${fileOf(dir, `data/${DEA}`)}, row 1 (line 2), field "as_of": date in the future (today is ${today()}) (got "${THIS_YEAR + 1}-01")`]);
  });

  test('a published date in sources.csv that is not a real date', () => {
    const dir = copyContent();
    editLines(dir, 'sources.csv', (l) => setCells(l, 2, { published: '2021-13' }));
    expect(problemsOf(dir, sources)).toEqual([`${fileOf(dir, 'data/sources.csv')}, row 2 (line 3), field "published": not a real calendar date (got "2021-13")`]);
  });
});

describe('numbers are finite at the door, with the CSV row', () => {
  test('1e400 in a figure-as-published column', () => {
    const dir = copyContent();
    editLines(dir, 'prices.csv', (l) => setCells(l, 1, { value: '1e400' }));
    expect(problemsOf(dir, prices)).toEqual([`${fileOf(dir, 'data/prices.csv')}, row 1 (line 2), field "value": write a number in plain digits (no exponent, Infinity or NaN) (got "1e400")`]);
  });

  test('a number with 400 digits (Infinity in JavaScript), and Infinity / NaN written out', () => {
    const dir = copyContent();
    const huge = `1${'0'.repeat(400)}`;
    editLines(dir, DEA, (l) => {
      setCells(l, 1, { value: huge });
      setCells(l, 2, { value: 'Infinity' });
      setCells(l, 3, { value: 'NaN' });
    });
    const f = fileOf(dir, `data/${DEA}`);
    expect(problemsOf(dir, deaSeizures)).toEqual([
      `${f}, row 1 (line 2), field "value": number out of range (too many digits) (got "${huge}")`,
      `${f}, row 2 (line 3), field "value": expected a number (got "Infinity")`,
      `${f}, row 3 (line 4), field "value": expected a number (got "NaN")`,
    ]);
  });
});

describe('sources.csv', () => {
  test('a fake source id hidden in a multi-line quoted excerpt does not count as a source', () => {
    const dir = copyContent();
    editLines(dir, 'sources.csv', (l) => {
      setCells(l, 2, { excerpt: 'EXCERPT' });
      l[2] = l[2]!.replace('EXCERPT', '"An excerpt that runs on\nfake_source_2099,Fake publisher,Fake title,https://fake.example,2020,x"');
    });
    editLines(dir, DEA, (l) => setCells(l, 1, { source_id: 'fake_source_2099' }));
    expect(problemsOf(dir, sources)).toEqual([]);
    expect(problemsOf(dir, deaSeizures)).toEqual([`${fileOf(dir, `data/${DEA}`)}, row 1 (line 2), field "source_id": unknown source_id (not in sources.csv) (got "fake_source_2099")`]);
  });
});

describe('valid files are accepted, with the same rows as the clean files', () => {
  /** Quote every cell (commas, quotes and line breaks inside cells stay valid). */
  const quoteAll = (text: string) => {
    const { header, records } = readCsv(text, 'x');
    return [header, ...records.map((r) => r.cells)].map((cells) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n');
  };
  const VARIANTS: Record<string, (t: string) => string> = {
    'a UTF-8 byte-order mark': (t) => `\uFEFF${t}`,
    'trailing blank lines': (t) => `${t.replace(/\n*$/, '')}\n\n\n  \n`,
    'CRLF line endings': (t) => t.replace(/\n/g, '\r\n'),
    'mixed line endings': (t) => t.split('\n').map((line, i) => (i % 2 ? `${line}\r` : line)).join('\n'),
    'every cell quoted (quoted commas, quotes and line breaks)': quoteAll,
    'all of these at once': (t) => `\uFEFF${quoteAll(t).replace(/\n/g, '\r\n')}\r\n\r\n`,
  };
  const names = ['sources', ...Object.keys(DATASETS)] as ('sources' | DatasetName)[];
  const specOf = (n: string) => (n === 'sources' ? sources : DATASETS[n as DatasetName]) as unknown as DatasetSpec;
  const clean = copyContent();
  const expected = Object.fromEntries(names.map((n) => [n, loadDataset(specOf(n), path.join(clean, 'data'))]));

  test.each(Object.keys(VARIANTS))('%s, in every CSV', (variant) => {
    const dir = copyContent();
    for (const n of names) edit(dir, `data/${n}.csv`, VARIANTS[variant]!);
    for (const n of names) {
      const got = loadDataset(specOf(n), path.join(dir, 'data'));
      expect(got.problems.map(formatProblem), n).toEqual([]);
      expect(got.rows, n).toEqual(expected[n]!.rows);
    }
  });
});

describe('strict schemas: unknown keys name the file, the line, the key and a close known key', () => {
  const chartProblems = (dir: string, id: string) => {
    try {
      yamlEntries(fileOf(dir, `charts/${id}.yaml`), chartSpecSchema, { single: id, root: '' });
      return [];
    } catch (e) {
      return (e as { problems: string[] }).problems;
    }
  };
  const lineOf = (dir: string, rel: string, pattern: RegExp) => readFileSync(fileOf(dir, rel), 'utf8').split('\n').findIndex((l) => pattern.test(l)) + 1;

  test('notse: in a chart spec (all caveats would be dropped)', () => {
    const dir = copyContent();
    edit(dir, 'charts/dea-seizures.yaml', (t) => t.replace(/^notes:/m, 'notse:'));
    const line = lineOf(dir, 'charts/dea-seizures.yaml', /^notse:/);
    expect(chartProblems(dir, 'dea-seizures')).toEqual([`${fileOf(dir, 'charts/dea-seizures.yaml')}, line ${line}, notse: unknown key "notse" (did you mean "notes"?)`]);
  });

  test('embedable: false (the chart would still embed)', () => {
    const dir = copyContent();
    edit(dir, 'charts/dea-seizures.yaml', (t) => t.replace(/^embeddable: true$/m, 'embedable: false'));
    const line = lineOf(dir, 'charts/dea-seizures.yaml', /^embedable:/);
    expect(chartProblems(dir, 'dea-seizures')).toEqual([`${fileOf(dir, 'charts/dea-seizures.yaml')}, line ${line}, embedable: unknown key "embedable" (did you mean "embeddable"?)`]);
  });

  test('a typo deep inside the graphic', () => {
    const dir = copyContent();
    edit(dir, 'charts/dea-seizures.yaml', (t) => t.replace('unitLabel:', 'unitLable:'));
    const line = lineOf(dir, 'charts/dea-seizures.yaml', /unitLable:/);
    const problems = chartProblems(dir, 'dea-seizures');
    expect(problems).toContain(`${fileOf(dir, 'charts/dea-seizures.yaml')}, line ${line}, graphic.panels[0].unitLable: unknown key "unitLable" (did you mean "unitLabel"?)`);
    expect(problems.filter((p) => !p.includes('unitLable'))).toEqual([expect.stringMatching(/, line \d+, graphic\.panels\[0\]\.unitLabel: required key is missing$/)]);
  });

  test('a colour by an unknown name, and an old colour number (the chart would draw in no colour)', () => {
    const dir = copyContent();
    edit(dir, 'charts/drug-control-budget.yaml', (t) => t.replace('      colour: supply\n', '      colour: suply\n'));
    edit(dir, 'charts/overdose-deaths.yaml', (t) => t.replace('      colour: neutral-2\n', '      colour: 2\n'));
    const budget = fileOf(dir, 'charts/drug-control-budget.yaml');
    expect(chartProblems(dir, 'drug-control-budget')).toEqual([`${budget}, line ${lineOf(dir, 'charts/drug-control-budget.yaml', /colour: suply/)}, graphic.panels[1].colour: unknown colour "suply" (did you mean "supply"?); colours are supply, demand, both, neutral, neutral-2`]);
    const deaths = fileOf(dir, 'charts/overdose-deaths.yaml');
    expect(chartProblems(dir, 'overdose-deaths')).toEqual([`${deaths}, line ${lineOf(dir, 'charts/overdose-deaths.yaml', /colour: 2$/)}, graphic.series[1].colour: expected a colour name (supply, demand, both, neutral, neutral-2), got 2`]);
  });

  test('two lines in one colour name the second line', () => {
    const dir = copyContent();
    edit(dir, 'charts/overdose-deaths.yaml', (t) => t.replace('      colour: neutral-2\n', '      colour: neutral\n'));
    const deaths = fileOf(dir, 'charts/overdose-deaths.yaml');
    const line = readFileSync(deaths, 'utf8').split('\n').findLastIndex((l) => /^ {6}colour: neutral$/.test(l)) + 1;
    expect(chartProblems(dir, 'overdose-deaths')).toEqual([`${deaths}, line ${line}, graphic.series[1].colour: "neutral" is already the colour of series "all_drugs": each line needs its own (a second neutral line is "neutral-2")`]);
  });

  test('glossary: an unknown key and an unknown source both name the entry', () => {
    const dir = copyContent();
    edit(dir, 'story/glossary.yaml', (t) => t.replace('  source_id: fda_narcan_otc', '  source_id: fda_2099\n  sorce_id: x'));
    const f = fileOf(dir, 'story/glossary.yaml');
    const idx = (yamlLine: RegExp) => lineOf(dir, 'story/glossary.yaml', yamlLine);
    expect(() => yamlEntries(f, story.glossarySchema, { single: 'glossary' })).toThrow(expect.objectContaining({
      problems: [
        expect.stringMatching(new RegExp(`^${f}, line ${idx(/^ {2}sorce_id:/)}, entry "naloxone" \\(glossary\\[\\d+\\]\\.sorce_id\\): unknown key "sorce_id" \\(did you mean "source_id"\\?\\)$`)),
        expect.stringMatching(new RegExp(`^${f}, line ${idx(/fda_2099/)}, entry "naloxone" \\(glossary\\[\\d+\\]\\.source_id\\): unknown source id "fda_2099" \\(not in content/data/sources\\.csv\\)$`)),
      ],
    }));
  });

  test('stance check: a typo in an option and a poll citing an unknown source name the option', () => {
    const dir = copyContent();
    edit(dir, 'story/stance-check.yaml', (t) => t.replace('    label: Scan far more vehicles at border crossings', '    lable: Scan far more vehicles at border crossings'));
    const f = fileOf(dir, 'story/stance-check.yaml');
    let problems: string[] = [];
    try { yamlEntries(f, story.stanceCheckSchema, { single: 'stance-check' }); } catch (e) { problems = (e as { problems: string[] }).problems; }
    expect(problems).toContain(`${f}, line ${lineOf(dir, 'story/stance-check.yaml', /^ {4}lable:/)}, entry "border-scanning" (stance-check.options[0].lable): unknown key "lable" (did you mean "label"?)`);
  });

  test('stance check: a poll value of .inf (Infinity) is caught at the door with the entry', () => {
    const dir = copyContent();
    edit(dir, 'story/stance-check.yaml', (t) => t.replace(/^( {8}value: )\d+(\.\d+)?$/m, '$1.inf'));
    const f = fileOf(dir, 'story/stance-check.yaml');
    expect(() => yamlEntries(f, story.stanceCheckSchema, { single: 'stance-check' })).toThrow(new RegExp(`${f.replace(/[.]/g, '\\.')}, line \\d+, entry "[a-z-]+" \\(stance-check\\.options\\[\\d+\\]\\.polls\\[\\d+\\]\\.value\\): .*number`));
  });

  test('two readings: an unknown key at the top level', () => {
    const dir = copyContent();
    edit(dir, 'story/two-readings.yaml', (t) => t.replace(/^caveat:/m, 'cavaet:'));
    const f = fileOf(dir, 'story/two-readings.yaml');
    expect(() => yamlEntries(f, story.twoReadingsSchema, { single: 'two-readings' })).toThrow(`${f}, line ${lineOf(dir, 'story/two-readings.yaml', /^cavaet:/)}, two-readings.cavaet: unknown key "cavaet" (did you mean "caveat"?)`);
  });

  test('classroom YAML: a misspelled definition names the term; an unknown source names the packet item', () => {
    const dir = copyContent();
    edit(dir, 'classroom/vocabulary.yaml', (t) => t.replace(/^( {4})definition:/m, '$1defintion:'));
    const vf = fileOf(dir, 'classroom/vocabulary.yaml');
    expect(() => yamlEntries(vf, kit.vocabularySchema, { single: 'vocabulary' }))
      .toThrow(new RegExp(`${vf.replace(/[.]/g, '\\.')}, line ${lineOf(dir, 'classroom/vocabulary.yaml', /defintion:/)}, entry "synthetic-opioid" \\(vocabulary\\.terms\\[0\\]\\.defintion\\): unknown key "defintion" \\(did you mean "definition"\\?\\)`));
    edit(dir, 'classroom/evidence-packets.yaml', (t) => t.replace('        source_id: detroitnews_dea_2022', '        source_id: detroitnews_dea_2099'));
    const ef = fileOf(dir, 'classroom/evidence-packets.yaml');
    expect(() => yamlEntries(ef, kit.evidencePacketsSchema, { single: 'evidence-packets' }))
      .toThrow(`${ef}, line ${lineOf(dir, 'classroom/evidence-packets.yaml', /detroitnews_dea_2099/)}, entry "sup-potency" (evidence-packets.packets[0].items[0].source_id): unknown source id "detroitnews_dea_2099" (not in content/data/sources.csv)`);
  });
});

describe('a selection that selects nothing fails the chart', () => {
  const sourcesMap = (dir: string) => new Map(loadDataset(sources, path.join(dir, 'data')).rows.map((r) => [r.source_id, r as unknown as SourceRecord]));
  const build = (dir: string, id: string) => {
    const [entry] = yamlEntries(fileOf(dir, `charts/${id}.yaml`), chartSpecSchema, { single: id, root: '' });
    const spec = entry!.data;
    const ds = DATASETS[spec.dataset as DatasetName] as unknown as DatasetSpec;
    const rows = loadDataset(ds, path.join(dir, 'data')).rows as unknown as (Record<string, unknown> & { row: number; source_id: string })[];
    return () => buildChart(id, spec, Object.keys(ds.schema.shape), rows, sourcesMap(dir), { checked: '2026-12-02' });
  };

  test('a filter value with a typo (FY2O23) names the file, the filter, the field and the value', () => {
    const dir = copyContent();
    edit(dir, 'charts/cbp-seizures.yaml', (t) => t.replace('[FY2023, FY2024, FY2025]', '[FY2O23, FY2024, FY2025]'));
    expect(build(dir, 'cbp-seizures')).toThrow('content/charts/cbp-seizures.yaml: filter[2]: value "FY2O23" of field "fiscal_year" matches no row of cbp_fentanyl_fy.csv (did you mean "FY2023"?)');
  });

  test('the clean spec builds', () => {
    expect(build(copyContent(), 'cbp-seizures')).not.toThrow();
  });
});

describe('kit Markdown cannot carry code (the real renderer)', () => {
  const render = (dir: string, file: string) => {
    const src = readFileSync(fileOf(dir, `classroom/${file}`), 'utf8').replace(/^---[\s\S]*?\n---\n/, (m) => m.replace(/[^\n]/g, ''));
    const srcs = new Map(loadDataset(sources, path.join(dir, 'data')).rows.map((r) => [r.source_id, r]));
    return () => renderMarkdown(src, { file: `content/classroom/${file}`, sources: srcs, charts: chartIndex(), citations: new Citations(srcs), href: (p) => p });
  };

  test('a reference-style javascript: link in lesson-1.md', () => {
    const dir = copyContent();
    // Before the first section: the lesson ends inside a teacher-only block (issue 13).
    edit(dir, 'classroom/lesson-1.md', (t) => t.replace(/\n## /, '\nRead [the guide][g].\n\n[g]: javascript:alert(document.domain)\n\n## '));
    const line = readFileSync(fileOf(dir, 'classroom/lesson-1.md'), 'utf8').split('\n').findIndex((l) => l.startsWith('[g]:')) + 1;
    expect(render(dir, 'lesson-1.md')).toThrow(`content/classroom/lesson-1.md, line ${line}: link definition: a link to "javascript:alert(document.domain)": only https:, http:, mailto: and relative links are allowed: [g]: javascript:alert(document.domain)`);
  });

  test('an image from another host in a handout', () => {
    const dir = copyContent();
    edit(dir, 'classroom/handouts/stance-tally.md', (t) => `${t}\n![tracker](https://tracker.example/pixel.gif)\n`);
    expect(render(dir, 'handouts/stance-tally.md')).toThrow(/stance-tally\.md, line \d+: image: an image or other resource must be a relative path on this site, not "https:\/\/tracker\.example\/pixel\.gif"/);
  });
});

describe('number words in the story are figures', () => {
  test('"twenty-seven percent" outside a <Fig> is reported by the story loader with file and line', async () => {
    const dir = copyContent();
    edit(dir, 'story/01-the-stakes.svx', (t) => t.replace('One class of drugs drove most of the rise.', 'One class of drugs drove most of the rise. Deaths fell twenty-seven percent, and a quarter of them were young.'));
    const line = readFileSync(fileOf(dir, 'story/01-the-stakes.svx'), 'utf8').split('\n').findIndex((l) => l.includes('twenty-seven')) + 1;
    const entries = new Map<string, { numberProblems: string[] }>();
    await withContentDir(dir, () => storySectionsLoader().load({
      store: { clear() {}, set: ({ id, data }: { id: string; data: { numberProblems: string[] } }) => entries.set(id, data) },
      parseData: async ({ data }: { data: unknown }) => data,
    } as never));
    const problems = entries.get('01-the-stakes.svx')!.numberProblems;
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`^content/story/01-the-stakes\\.svx, line ${line}: number word "twenty-seven percent" outside <Fig s="…"> or <Q>`)),
      expect.stringMatching(new RegExp(`^content/story/01-the-stakes\\.svx, line ${line}: number word "a quarter of" outside <Fig s="…"> or <Q>`)),
    ]);
  });
});

describe('story frontmatter is strict', () => {
  test('an unknown key names the file, the line and the key meant; a missing key says so', async () => {
    const dir = copyContent();
    edit(dir, 'story/02-why-fentanyl-is-different.svx', (t) => t.replace(/^summary:/m, 'sumary:'));
    const line = readFileSync(fileOf(dir, 'story/02-why-fentanyl-is-different.svx'), 'utf8').split('\n').findIndex((l) => l.startsWith('sumary:')) + 1;
    await expect(withContentDir(dir, () => storySectionsLoader().load({ store: { clear() {}, set() {} }, parseData: async ({ data }: { data: unknown }) => data } as never)))
      .rejects.toThrow(`content/story/02-why-fentanyl-is-different.svx, line ${line}, sumary: unknown key "sumary" (did you mean "summary"?)`);
  });
});
