import type { FinderHit } from '../../domain/organizations/finder.ts';

interface Props {
  hits: FinderHit[];
  municipalities: [string, string][];
  organizationHref: (id: string) => string;
  surveyHref: (id: string) => string;
}

/** Each organization found: its page, where it is, and its questionnaire. */
export function FinderResults({ hits, municipalities, organizationHref, surveyHref }: Props) {
  return (
    <ul className="finder-results">
      {hits.map((h) => (
        <li key={h.id}>
          <a href={organizationHref(h.id)}>{h.name}</a>
          {h.municipality >= 0 && (
            <span className="muted"> — {municipalities[h.municipality]?.[1]}</span>
          )}
          <br />
          <a href={surveyHref(h.id)}>
            Оценить условия оказания услуг<span className="visually-hidden">: {h.name}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
