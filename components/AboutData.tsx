import type { Dataset } from '@/data/schema';
import { changelog as bundledChangelog } from '@/data/changelog';
import { interviewSource } from '@/data/queries';
import { strings } from '@/core/strings';
import { DefinitionRow } from './primitives/DefinitionRow';

export interface AboutDataProps {
  dataset: Dataset;
  /** When this build was made (YYYY-MM-DD), supplied by the host; absent in development. */
  buildDate?: string;
}

/** One block of the changelog: a heading, a paragraph or a list of items. */
type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] };

/**
 * Reads the changelog's few Markdown habits (## headings, "- " items, paragraphs) into blocks
 * of plain text. Nothing is interpreted as markup: the text is shown exactly as written.
 */
export function changelogBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let open: Block | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('# ')) {
      open = undefined;
      continue;
    }
    if (line.startsWith('## ')) {
      blocks.push({ kind: 'heading', text: line.slice(3) });
      open = undefined;
    } else if (line.startsWith('- ')) {
      if (open?.kind !== 'list') blocks.push((open = { kind: 'list', items: [] }));
      open.items.push(line.slice(2));
    } else if (open?.kind === 'list' && raw.startsWith('  ')) {
      open.items[open.items.length - 1] += ` ${line}`;
    } else if (open?.kind === 'paragraph') {
      open.text += ` ${line}`;
    } else {
      blocks.push((open = { kind: 'paragraph', text: line }));
    }
  }
  return blocks;
}

/**
 * "About this data": the dataset version and as-of date, the build date, the interview the
 * notes come from with its date, and the changelog of dataset changes, newest first.
 */
export function AboutData({ dataset, buildDate }: AboutDataProps) {
  const source = interviewSource(dataset);
  return (
    <div class="about" data-testid="about-data">
      <h2 class="view-title">{strings.aboutHeading}</h2>
      <dl>
        <DefinitionRow label={strings.aboutVersion}>{dataset.version}</DefinitionRow>
        <DefinitionRow label={strings.aboutAsOf}>{dataset.asOf}</DefinitionRow>
        <DefinitionRow label={strings.aboutBuild}>
          {buildDate ?? strings.aboutBuildUnknown}
        </DefinitionRow>
        <DefinitionRow label={strings.aboutNotesLanguage}>{strings.notesInEnglish}</DefinitionRow>
        {source && (
          <DefinitionRow label={strings.aboutSource}>
            {source.author}, “{source.title}”, {source.publication}, {source.date ?? source.year}
          </DefinitionRow>
        )}
      </dl>
      <h3>{strings.aboutChangelog}</h3>
      <div class="changelog" data-testid="changelog">
        {changelogBlocks(bundledChangelog).map((b, i) =>
          b.kind === 'heading' ? (
            <h4 key={i}>{b.text}</h4>
          ) : b.kind === 'list' ? (
            <ul key={i}>
              {b.items.map((item, j) => (
                <li key={j}>{item}</li>
              ))}
            </ul>
          ) : (
            <p key={i}>{b.text}</p>
          ),
        )}
      </div>
    </div>
  );
}
