import { describe, expect, test } from 'vitest';
import { feedbackLink, MAX_MAILTO_LENGTH, problemReportText } from '@/core/problem-report';
import { strings } from '@/core/strings';

const note = {
  id: 'jak-first-line-systemic',
  quotes: ['JAK inhibitors are legitimate, bona fide, first-line systemic agents for AD.'],
  locator: 'Q6: place in treatment',
};
const input = { version: '1.1.0', asOf: '2026-12-01', note };

describe('problemReportText', () => {
  test('names the data version, the note and its quote, and leaves a line for the problem', () => {
    expect(problemReportText(input, strings.problem.report)).toBe(
      [
        'Problem with a JAK Lens note',
        'Data version: 1.1.0 (2026-12-01)',
        'Note: jak-first-line-systemic (Q6: place in treatment)',
        'Quote: “JAK inhibitors are legitimate, bona fide, first-line systemic agents for AD.”',
        'What is wrong: ',
      ].join('\n'),
    );
  });

  test('includes the page’s address only when given', () => {
    const text = problemReportText(
      { ...input, pageUrl: 'https://example.org/a?b=1' },
      strings.problem.report,
    );
    expect(text).toContain('\nPage: https://example.org/a?b=1\n');
    expect(problemReportText(input, strings.problem.report)).not.toContain('Page:');
  });
});

describe('feedbackLink', () => {
  const body = 'Line one\nLine & two?';

  test('a mailto: address gets the subject and the report, encoded, with CRLF line breaks', () => {
    expect(feedbackLink('mailto:lens@example.org', 'JAK Lens: a/b', body)).toEqual({
      kind: 'mailto',
      href: 'mailto:lens@example.org?subject=JAK%20Lens%3A%20a%2Fb&body=Line%20one%0D%0ALine%20%26%20two%3F',
      truncated: false,
    });
  });

  test('a mailto: address with its own query keeps it', () => {
    const link = feedbackLink('mailto:lens@example.org?cc=it@example.org', 's', 'b');
    expect(link?.href).toBe('mailto:lens@example.org?cc=it@example.org&subject=s&body=b');
  });

  test('an https: address is opened as it is, the report left to paste', () => {
    expect(feedbackLink('https://it.example.org/forms/lens', 's', body)).toEqual({
      kind: 'https',
      href: 'https://it.example.org/forms/lens',
    });
  });

  test('anything else is no address', () => {
    for (const address of [
      '',
      'javascript:alert(1)',
      'http://example.org',
      'lens@example.org',
      'data:text/html,x',
    ]) {
      expect(feedbackLink(address, 's', body)).toBeNull();
    }
  });

  test('a long report is cut to a mailto: link mail programs accept, never mid-character', () => {
    const long = `${'😀'.repeat(400)}\n${'x'.repeat(3000)}`;
    const link = feedbackLink('mailto:lens@example.org', 's', long);
    expect(link?.kind).toBe('mailto');
    expect(link!.href.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
    expect(link).toMatchObject({ truncated: true });
    expect(() => decodeURIComponent(link!.href.split('body=')[1]!)).not.toThrow();
  });
});
