import { describe, expect, it } from 'vitest';
import {
  organizationParam,
  resolveOrganization,
} from '../../../src/domain/survey-client/organizationLookup.ts';

describe('organizationParam', () => {
  it('takes a well-formed id from the query string', () => {
    expect(organizationParam('?org=abinskiy-kdc')).toEqual({ kind: 'id', id: 'abinskiy-kdc' });
    expect(organizationParam('?x=1&org=kdc-2')).toEqual({ kind: 'id', id: 'kdc-2' });
  });

  it('tells a missing parameter from a malformed one', () => {
    expect(organizationParam('')).toEqual({ kind: 'absent' });
    expect(organizationParam('?org=')).toEqual({ kind: 'absent' });
    expect(organizationParam('?organization=abinskiy-kdc')).toEqual({ kind: 'absent' });
    for (const bad of [
      'Abinskiy-KDC',
      'abinskiy_kdc',
      '-kdc',
      'kdc-',
      'a--b',
      '%D0%B4%D0%BA',
      '..%2Fetc',
      '%20kdc',
      '__proto__',
    ]) {
      expect(organizationParam(`?org=${bad}`), bad).toEqual({ kind: 'malformed' });
    }
  });
});

describe('resolveOrganization', () => {
  const entry = {
    name: 'МБУК «Абинский КДЦ»',
    sphere: 'culture' as const,
    territory: 'Абинский район',
  };

  it('finds an organization of the page’s sphere', () => {
    expect(resolveOrganization('culture', 'abinskiy-kdc', entry)).toEqual({
      kind: 'found',
      organization: { id: 'abinskiy-kdc', ...entry },
    });
  });

  it('points an organization of another sphere elsewhere', () => {
    expect(resolveOrganization('social', 'abinskiy-kdc', entry)).toEqual({
      kind: 'otherSphere',
      organization: { id: 'abinskiy-kdc', ...entry },
    });
  });

  it('knows nothing of an id the directory lacks', () => {
    expect(resolveOrganization('culture', 'nobody', undefined)).toEqual({ kind: 'unknown' });
  });
});
