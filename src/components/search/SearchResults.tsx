import type { SearchHit } from '../../domain/search/engine.ts';
import { kindName } from './labels.ts';
import { Marked } from './Marked.tsx';

interface Props {
  hits: SearchHit[];
  base: string;
}

/** One result: kind, link to the exact place, where it belongs, and the words that matched. */
function Hit({ hit, base }: { hit: SearchHit; base: string }) {
  return (
    <li className="search-hit">
      <p className="search-hit-meta">
        <span className="tag">{kindName[hit.kind]}</span>{' '}
        <span className="muted">{hit.context}</span>
      </p>
      <h3>
        <a href={`${base}${hit.href.replace(/^\//, '')}`}>
          <Marked segments={hit.title} />
        </a>
      </h3>
      {hit.snippet.length > 0 && (
        <p>
          <Marked segments={hit.snippet} />
        </p>
      )}
      {hit.details.length > 0 && (
        <dl className="search-hit-details">
          {hit.details.map((d) => (
            <div key={d.label}>
              <dt>{d.label}:</dt>{' '}
              <dd>
                <Marked segments={d.value} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  );
}

export function SearchResults({ hits, base }: Props) {
  return (
    <ol className="search-results">
      {hits.map((hit) => (
        <Hit key={hit.href} hit={hit} base={base} />
      ))}
    </ol>
  );
}
