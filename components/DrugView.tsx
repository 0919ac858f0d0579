import { useId } from 'preact/hooks';
import type { Dataset, Drug } from '@/data/schema';
import { NoteCard, scopeLabel } from './NoteCard';
import { DrugFacts } from './DrugFacts';
import { displayName, formsOf, lookup, notesForDrug, primaryClass } from '@/data/queries';
import { IconButton } from './primitives/IconButton';
import { format, plural, strings, stringsLanguage } from '@/core/strings';
import type { CopyText } from './hooks/useCopy';

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
  onCopy: CopyText;
  /** For the notes' "Report a problem": the organisation's address and the page's. */
  feedbackAddress?: string;
  pageUrl?: string;
}

/** What every note's actions need beyond the note, handed down unchanged. */
type NoteActions = Pick<DrugViewProps, 'onCopy' | 'feedbackAddress' | 'pageUrl'>;

/** "Mention 2 of 5" once a mention was scrolled to; before that (index -1) just "5 mentions". */
export function mentionLabel(index: number, count: number): string {
  return index < 0
    ? plural(strings.mentions, count)
    : format(strings.mentionOf, { i: index + 1, n: count });
}

/** Brands with their regions, then research codes: the second line under a drug's name. */
function namesLine(drug: Drug): string {
  return [
    ...drug.names.brands.map((b) => `${b.name} (${b.markets.map((m) => m.region).join(', ')})`),
    ...drug.names.codes.map((c) => c.code),
  ].join(' · ');
}

/**
 * Everything we know about one drug: names, class and target, then the notes topic by topic. A
 * generic whose forms differ by route (tacrolimus) shows one section per form, each with its
 * own names, approvals and notes, so a note about Protopic never sits under Prograf.
 */
export function DrugView(props: DrugViewProps) {
  const { dataset, drug, mentions, backLabel, onBack } = props;
  const actions: NoteActions = {
    onCopy: props.onCopy,
    feedbackAddress: props.feedbackAddress,
    pageUrl: props.pageUrl,
  };
  const forms = formsOf(dataset, drug);
  const names = namesLine(drug);
  return (
    <div class="drug">
      <button type="button" class="link back" onClick={onBack}>
        ← {format(strings.back, { view: backLabel })}
      </button>
      <h2 class="drug-title" data-testid="drug-title" tabIndex={-1}>
        {displayName(drug)}
      </h2>
      {names && <p class="brands">{names}</p>}
      <Chips dataset={dataset} drug={drug} />
      <p class="summary">{drug.summary}</p>
      {mentions && (
        <div class="mention-nav" role="group" aria-label={strings.mentionNav}>
          <IconButton icon="up" label={strings.prevMention} onClick={mentions.onPrev} />
          <IconButton icon="down" label={strings.nextMention} onClick={mentions.onNext} />
          <span class="muted">{mentionLabel(mentions.index, mentions.count)}</span>
        </div>
      )}
      <DrugFacts dataset={dataset} drug={drug} />
      {forms.length === 0 ? (
        <DrugNotes dataset={dataset} drug={drug} level={3} actions={actions} />
      ) : (
        <>
          <p class="class-only">{strings.formsIntro}</p>
          {forms.map((form) => (
            <FormSection key={form.id} dataset={dataset} form={form} actions={actions} />
          ))}
        </>
      )}
    </div>
  );
}

function Chips({ dataset, drug }: { dataset: Dataset; drug: Drug }) {
  const cls = primaryClass(dataset, drug);
  return (
    <ul class="chips" aria-label={`${strings.drugClass}, ${strings.target}, ${strings.route}`}>
      {cls && <li class="chip">{cls.name}</li>}
      <li class="chip chip-target">{drug.selectivity ?? drug.targets.join(', ')}</li>
      <li class="chip chip-plain">{drug.routes.join(', ')}</li>
    </ul>
  );
}

interface FormSectionProps {
  dataset: Dataset;
  form: Drug;
  actions: NoteActions;
}

/** One route form inside its generic's view: a heading, its names and facts, its own notes. */
function FormSection({ dataset, form, actions }: FormSectionProps) {
  const id = useId();
  const names = namesLine(form);
  return (
    <section
      class="drug-form"
      data-testid="drug-form"
      data-form-id={form.id}
      aria-labelledby={`${id}-form`}
    >
      <h3 id={`${id}-form`} class="form-title">
        {displayName(form)}
      </h3>
      {names && <p class="brands">{names}</p>}
      <Chips dataset={dataset} drug={form} />
      <p class="summary">{form.summary}</p>
      <DrugFacts dataset={dataset} drug={form} />
      <DrugNotes dataset={dataset} drug={form} level={4} actions={actions} />
    </section>
  );
}

interface DrugNotesProps {
  dataset: Dataset;
  drug: Drug;
  /** Heading level of the topic titles: 3 in a drug's view, 4 inside a form's section. */
  level: 3 | 4;
  actions: NoteActions;
}

/**
 * The notes shown for one drug, topic by topic, each saying whom it is about; first, for a drug
 * the interview does not name, whether it discusses the drug's class or not the drug at all.
 */
function DrugNotes({ dataset, drug, level, actions }: DrugNotesProps) {
  const id = useId();
  const topics = notesForDrug(dataset, drug);
  const { sources } = lookup(dataset);
  const Heading = level === 3 ? 'h3' : 'h4';
  // "Discusses this class" only when a note shown here speaks of the class: a drug the
  // interview never names, with no notes (difamilast, amlitelimab…), is simply not discussed.
  const discussesClass = topics.some((t) => t.notes.some((n) => n.scope.kind === 'class'));
  return (
    <>
      {topics.length === 0 ? (
        <p class="muted" data-testid="no-notes">
          {drug.namedInInterview ? strings.noNotes : strings.notDiscussed}
        </p>
      ) : (
        !drug.namedInInterview && discussesClass && <p class="class-only">{strings.classOnly}</p>
      )}
      {topics.length > 0 && stringsLanguage() !== 'en' && (
        <p class="muted" data-testid="notes-language">
          {strings.notesInEnglish}
        </p>
      )}
      {topics.map(({ topic, notes }) => (
        <section
          key={topic}
          class="topic"
          data-testid={`topic-${topic}`}
          aria-labelledby={`${id}-${topic}`}
        >
          <Heading id={`${id}-${topic}`}>{strings.topics[topic]}</Heading>
          {notes.map(({ note, scope }) => (
            <NoteCard
              key={note.id}
              note={note}
              source={sources.get(note.sourceId)}
              sources={sources}
              glossary={dataset.glossary}
              about={scopeLabel(dataset, scope)}
              version={dataset.version}
              asOf={dataset.asOf}
              {...actions}
            />
          ))}
        </section>
      ))}
    </>
  );
}
