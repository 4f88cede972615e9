// Island props for one organization, computed at build time. The receiver address is a build
// setting so a static host can point the form at a receiver elsewhere.
import { freeTextMaxLength, questionnaire675n, questionsFor } from '../../domain/questionnaire/index.ts';
import type { Organization } from '../../domain/schemas/index.ts';
import { url } from '../../lib/url.ts';
import type { SurveyFormProps } from './SurveyForm.tsx';

export function receiverUrl(): string {
  const configured: unknown = import.meta.env['PUBLIC_NOK_RECEIVER_URL'];
  return typeof configured === 'string' && configured.trim() !== '' ? configured.trim() : url('/api/answers');
}

export function surveyFormProps(organization: { id: string; data: Organization }): SurveyFormProps {
  return {
    organization: organization.id,
    sphere: organization.data.sphere,
    questionnaire: questionnaire675n.version as SurveyFormProps['questionnaire'],
    questions: questionsFor(organization.data.sphere),
    freeTextMaxLength,
    endpoint: receiverUrl(),
  };
}
