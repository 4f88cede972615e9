// The response headers every server of the portal sends with its pages: the receiver's static
// server (npm start, npm run serve) sets them from here, deploy/nginx/*.conf writes the same
// values, and tests/deploy/nginx.test.ts compares the two. The Content-Security-Policy itself is
// the build's (dist/csp-policy.txt, csp-policy-embed.txt, and nginx-csp.conf made from the same).

export const policyFiles = { site: 'csp-policy.txt', embed: 'csp-policy-embed.txt' } as const;

/** Pages under /embed/ may be framed by other sites; everything else may not. */
export const isEmbedPath = (pathname: string, base = '/'): boolean =>
  pathname.startsWith(`${base}embed/`);

export const fixedSecurityHeaders: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

export const securityHeaders = (policy: string): Record<string, string> => ({
  'Content-Security-Policy': policy,
  ...fixedSecurityHeaders,
});
