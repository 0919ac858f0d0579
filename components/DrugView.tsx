import { useId } from 'preact/hooks';
import type { Dataset, Drug } from '@/data/schema';
import { NoteCard } from './NoteCard';
import { DrugFacts } from './DrugFacts';
import { displayName, lookup, notesForDrug, primaryClass } from '@/data/queries';
import { IconButton } from './primitives/IconButton';
import { strings } from './strings';

export interface MentionNav {
  count: number;
  /** Index of the mention last scrolled to, or -1 before the first. */
  index: number;
  onPrev: () => void;
  onNext: () => void;
}

export interface DrugViewProps {
  dataset: Dataset;
  drug: Drug;
  /** Present when the drug is mentioned on the page. */
  mentions?: MentionNav;
  backLabel: string;
  onBack: () => void;
  onCopy: (text: string) => void;
}

/** Everything we know about one drug: names, class and target, then the notes topic by topic. */
export function DrugView({ dataset, drug, mentions, backLabel, onBack, onCopy }: DrugViewProps) {
  const id = useId();
  const topics = notesForDrug(dataset, drug);
  const { sources } = lookup(dataset);
  const cls = primaryClass(dataset, drug);
  const names = [
    ...drug.names.brands.map((b) => `${b.name} (${b.markets.map((m) => m.region).join(', ')})`),
    ...drug.names.codes.map((c) => c.code),
  ].join(' · ');
  return (
    <div class="drug">
      <button type="button" class="link back" onClick={onBack}>
        ← {strings.back(backLabel)}
      </button>
      <h2 class="drug-title" data-testid="drug-title" tabIndex={-1}>
        {displayName(drug)}
      </h2>
      {names && <p class="brands">{names}</p>}
      <ul class="chips" aria-label={`${strings.drugClass}, ${strings.target}, ${strings.route}`}>
        {cls && <li class="chip">{cls.name}</li>}
        <li class="chip chip-target">{drug.selectivity ?? drug.targets.join(', ')}</li>
        <li class="chip chip-plain">{drug.routes.join(', ')}</li>
      </ul>
      <p class="summary">{drug.summary}</p>
      {mentions && (
        <div class="mention-nav" role="group" aria-label={strings.mentionNav}>
          <IconButton icon="up" label={strings.prevMention} onClick={mentions.onPrev} />
          <IconButton icon="down" label={strings.nextMention} onClick={mentions.onNext} />
          <span class="muted">{strings.mentionOf(mentions.index, mentions.count)}</span>
        </div>
      )}
      <DrugFacts dataset={dataset} drug={drug} />
      {!drug.namedInInterview && <p class="class-only">{strings.classOnly}</p>}
      {topics.length === 0 && <p class="muted">{strings.noNotes}</p>}
      {topics.map(({ topic, notes }) => (
        <section
          key={topic}
          class="topic"
          data-testid={`topic-${topic}`}
          aria-labelledby={`${id}-${topic}`}
        >
          <h3 id={`${id}-${topic}`}>{strings.topics[topic]}</h3>
          {notes.map(({ note, viaClass }, i) => (
            <NoteCard
              key={note.id}
              note={note}
              source={sources.get(note.sourceId)}
              glossary={dataset.glossary}
              viaClass={viaClass}
              showScope={!!viaClass && viaClass !== notes[i - 1]?.viaClass}
              onCopy={onCopy}
            />
          ))}
        </section>
      ))}
    </div>
  );
}
