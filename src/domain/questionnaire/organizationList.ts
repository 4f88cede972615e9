// The list of organizations answers may be about, with each one's sphere: the build writes it
// (dist/anketa/spheres.json) and the receiver loads it, so an answer about an
// organization the portal does not show, or under another sphere's questionnaire, is refused
// instead of being counted where no page will ever show it.
import { spheres, type Sphere } from '../schemas/common.ts';

export const organizationListFormat = 'nok-organizations/1';

export interface OrganizationListFile {
  format: typeof organizationListFormat;
  organizations: Record<string, Sphere>;
}

export function organizationListFile(
  organizations: readonly { id: string; sphere: Sphere }[],
): OrganizationListFile {
  return {
    format: organizationListFormat,
    organizations: Object.fromEntries(organizations.map((o) => [o.id, o.sphere])),
  };
}

/** The list as a lookup; throws with what is wrong, for the receiver's start-up message. */
export function parseOrganizationList(json: string): ReadonlyMap<string, Sphere> {
  const data = JSON.parse(json) as Partial<OrganizationListFile>;
  if (
    data.format !== organizationListFormat ||
    typeof data.organizations !== 'object' ||
    data.organizations === null
  ) {
    throw new Error(`ожидался файл формата ${organizationListFormat}`);
  }
  const list = new Map<string, Sphere>();
  for (const [id, sphere] of Object.entries(data.organizations)) {
    if (!spheres.includes(sphere))
      throw new Error(`у организации «${id}» неизвестная сфера «${String(sphere)}»`);
    list.set(id, sphere);
  }
  if (list.size === 0) throw new Error('список организаций пуст');
  return list;
}
