// What the survey says when it cannot take answers for the organization in the address: none
// given, a malformed code, an unknown one, one of another sphere. Each names the way forward
// as a link; it is rendered inside the form's status area, so it is announced politely.
import { sphereName } from '../../lib/labels.ts';
import type { KnownOrganization } from '../../domain/survey-client/organizationLookup.ts';
import type { Sphere } from '../../domain/schemas/common.ts';

export type OrganizationProblem =
  | { kind: 'absent' }
  | { kind: 'malformed' }
  | { kind: 'unknown'; id: string }
  | { kind: 'otherSphere'; organization: KnownOrganization }
  /** The directory could not be read; `id` is what to retry with. */
  | { kind: 'unavailable'; id: string };

export interface FindLinks {
  search: string;
  list: string;
}

interface Props {
  problem: OrganizationProblem;
  findLinks: FindLinks;
  /** This kind of page (portal or embed) for each sphere. */
  spherePages: Readonly<Record<Sphere, string>>;
}

function HowToFind({ findLinks }: { findLinks: FindLinks }) {
  return (
    <p>
      Найдите организацию через <a href={findLinks.search}>поиск по порталу</a> или в{' '}
      <a href={findLinks.list}>списке организаций</a> и откройте анкету с её страницы.
    </p>
  );
}

export default function OrganizationNotice({ problem, findLinks, spherePages }: Props) {
  switch (problem.kind) {
    case 'absent':
      return (
        <>
          <p>
            В адресе анкеты не указана организация, поэтому ответы отправить нельзя. Ниже показаны
            вопросы анкеты для ознакомления.
          </p>
          <HowToFind findLinks={findLinks} />
        </>
      );
    case 'malformed':
      return (
        <>
          <p>Код организации в адресе анкеты записан с ошибкой, поэтому ответы отправить нельзя.</p>
          <HowToFind findLinks={findLinks} />
        </>
      );
    case 'unknown':
      return (
        <>
          <p>
            Организации с кодом «{problem.id}» на портале нет, поэтому ответы отправить нельзя.
            Проверьте ссылку, по которой Вы пришли.
          </p>
          <HowToFind findLinks={findLinks} />
        </>
      );
    case 'otherSphere': {
      const { id, name, sphere } = problem.organization;
      return (
        <>
          <p>
            Организация «{name}» относится к сфере «{sphereName[sphere]}»: для неё предназначен
            другой вариант анкеты.
          </p>
          <p>
            <a href={`${spherePages[sphere]}?org=${encodeURIComponent(id)}`}>
              Открыть анкету для организации «{name}»
            </a>
          </p>
        </>
      );
    }
    case 'unavailable':
      return (
        <p>
          Сейчас не удаётся проверить организацию: нет связи с сервером. Ответы можно будет
          заполнить и отправить, как только организация будет проверена. Проверьте подключение к
          интернету и нажмите «Повторить».
        </p>
      );
  }
}
