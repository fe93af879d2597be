/**
 * Proves a page's Content-Security-Policy refuses outside requests: the page tries a fetch, an
 * image, a font and a script from an unroutable address (TEST-NET-1, RFC 5737) and reports the
 * directives that refused them.
 */
import type { Page, Request } from 'playwright-core';

/** The address probed: documentation-only, never routed. */
export const PROBE_HOST = '192.0.2.1';

/** What the probe saw. */
export interface ProbeOutcome {
  /** Effective directives that reported a violation for the probe host, sorted. */
  refusedBy: string[];
  /** Probe requests the browser started and did not stop for the CSP (should be none). */
  notBlocked: string[];
}

/** Try one request of each kind from inside the page; report what the policy did with them. */
export async function probeOutsideRequests(page: Page): Promise<ProbeOutcome> {
  const started = new Set<string>();
  const blockedByCsp = new Set<string>();
  const onRequest = (request: Request) => {
    if (request.url().includes(PROBE_HOST)) started.add(request.url());
  };
  const onFailed = (request: Request) => {
    if (request.url().includes(PROBE_HOST) && request.failure()?.errorText === 'csp') blockedByCsp.add(request.url());
  };
  page.on('request', onRequest);
  page.on('requestfailed', onFailed);
  const refusedBy = await runProbe(page);
  page.off('request', onRequest);
  page.off('requestfailed', onFailed);
  return { refusedBy, notBlocked: [...started].filter((url) => !blockedByCsp.has(url)) };
}

function runProbe(page: Page): Promise<string[]> {
  return page.evaluate(async (host) => {
    const blocked = new Set<string>();
    const onViolation = (event: SecurityPolicyViolationEvent) => {
      if (event.blockedURI.includes(host)) blocked.add(event.effectiveDirective);
    };
    document.addEventListener('securitypolicyviolation', onViolation);
    const settle = (element: HTMLImageElement | HTMLScriptElement) =>
      new Promise<void>((done) => {
        element.onload = () => done();
        element.onerror = () => done();
      });
    await fetch(`http://${host}/probe.json`).catch(() => undefined);
    const image = new Image();
    const imageSettled = settle(image);
    image.src = `http://${host}/probe.png`;
    await imageSettled;
    await new FontFace('csp-probe', `url(http://${host}/probe.woff2)`).load().catch(() => undefined);
    const script = document.createElement('script');
    const scriptSettled = settle(script);
    script.src = `http://${host}/probe.js`;
    document.head.append(script);
    await scriptSettled;
    script.remove();
    // Violation events are queued as tasks: wait (up to 2 s) until all four have arrived.
    for (let i = 0; i < 80 && blocked.size < 4; i += 1) await new Promise((done) => setTimeout(done, 25));
    document.removeEventListener('securitypolicyviolation', onViolation);
    return [...blocked].sort();
  }, PROBE_HOST);
}
