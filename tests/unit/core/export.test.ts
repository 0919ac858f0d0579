import { describe, expect, test } from 'vitest';
import { dataset } from '@/data/index';
import { pageDrugsCsv, pageDrugsMarkdown } from '@/core/export';
import { csvField, escapeMarkdown, neutraliseFormula } from '@/core/markup';
import type { PageReport } from '@/core/report';

const headings = { drug: 'Drug', names: 'Names seen', count: 'Mentions', context: 'First context' };

const report = (drugs: PageReport['drugs']): PageReport => ({
  drugs,
  totalMentions: drugs.reduce((n, d) => n + d.count, 0),
  capped: false,
});

describe('CSV', () => {
  test('a heading row, then one quoted row per known drug, CRLF line ends', () => {
    const csv = pageDrugsCsv(
      dataset,
      report([
        {
          drugId: 'upadacitinib',
          count: 3,
          forms: ['Rinvoq', 'ABT-494'],
          context: 'On "Rinvoq", 15 mg',
        },
        { drugId: 'madeupinib', count: 1, forms: ['x'], context: '' },
      ]),
      headings,
    );
    expect(csv).toBe(
      '"Drug","Names seen","Mentions","First context"\r\n' +
        '"Upadacitinib","Rinvoq; ABT-494","3","On ""Rinvoq"", 15 mg"\r\n',
    );
  });

  test('cells that a spreadsheet would run as formulas are neutralised', () => {
    const hostile = [
      '=HYPERLINK("http://evil","click")',
      '+1+cmd|/C calc!A0',
      '-2+3',
      '@SUM(A1:A2)',
      '\t=1',
      '\r=1',
    ];
    for (const cell of hostile) expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    expect(neutraliseFormula('Rinvoq =1')).toBe('Rinvoq =1');
    const csv = pageDrugsCsv(
      dataset,
      report([{ drugId: 'abrocitinib', count: 1, forms: ['=cmd'], context: '@evil, "x"\nnext' }]),
      headings,
    );
    expect(csv.split('\r\n')[1]).toBe(`"Abrocitinib","'=cmd","1","'@evil, ""x""\nnext"`);
  });

  test('a number is written as it is', () => {
    expect(csvField(12)).toBe('"12"');
  });
});

describe('Markdown', () => {
  test('a table with a heading row, the count right-aligned', () => {
    const md = pageDrugsMarkdown(
      dataset,
      report([{ drugId: 'dupilumab', count: 2, forms: ['Dupixent'], context: 'Dupixent works.' }]),
      headings,
    );
    expect(md).toBe(
      '| Drug | Names seen | Mentions | First context |\n' +
        '| --- | --- | --: | --- |\n' +
        '| Dupilumab | Dupixent | 2 | Dupixent works. |\n',
    );
  });

  test('page text cannot add markup, links, cells or lines', () => {
    const context =
      '<img src=x onerror=alert(1)> | cell ![a](http://x/y.png) [link](javascript:alert(1)) **b** _i_ `c` ~~s~~ &amp;\n# heading';
    const md = pageDrugsMarkdown(
      dataset,
      report([{ drugId: 'dupilumab', count: 1, forms: ['# Dupixent'], context }]),
      headings,
    );
    const row = md.split('\n')[2]!;
    expect(md.split('\n')).toHaveLength(4);
    expect(row).toBe(
      '| Dupilumab | \\# Dupixent | 1 | \\<img src=x onerror=alert(1)\\> \\| cell !\\[a\\](http\\://x/y.png) \\[link\\](javascript:alert(1)) \\*\\*b\\*\\* \\_i\\_ \\`c\\` \\~\\~s\\~\\~ \\&amp; # heading |',
    );
    // Every pipe left unescaped is a column border: five of them, four cells.
    expect(row.match(/(?<!\\)\|/g)).toHaveLength(5);
  });

  test('a line that would open a block is escaped at its start only', () => {
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('1. first')).toBe('1\\. first');
    expect(escapeMarkdown('+ x - y')).toBe('\\+ x - y');
    expect(escapeMarkdown('2025.', false)).toBe('2025.');
    expect(escapeMarkdown('AT&T and &copy;')).toBe('AT&T and \\&copy;');
    expect(escapeMarkdown('see https://evil.example or www.evil.example')).toBe(
      'see https\\://evil.example or www\\.evil.example',
    );
  });
});
