import type { Source } from '@/data/schema';
import { format, strings } from '@/core/strings';

/** A fact's provenance: which source, checked when. */
export interface Cited {
  sourceId: string;
  asOf: string;
}

/** Only web addresses become links: a dataset URL is trusted, but never a script URL. */
const isWebUrl = (url: string | undefined): url is string => !!url && /^https?:\/\//.test(url);

/**
 * One source of a fact that is not from the interview: its title and the date it was checked,
 * then its site as a link, so a reader can see who stands behind the fact and go and check it.
 * Everything is text; an unknown source shows its id rather than nothing.
 */
export function SourceLine({ source, cited }: { source: Source | undefined; cited: Cited }) {
  const title = source?.title ?? cited.sourceId;
  return (
    <>
      {format(strings.asOf, { source: title, date: cited.asOf })}
      {isWebUrl(source?.url) && (
        <>
          {' · '}
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {new URL(source.url).hostname}
          </a>
        </>
      )}
    </>
  );
}
