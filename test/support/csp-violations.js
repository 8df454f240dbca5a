// Loaded first by a test page under a Content-Security-Policy (a file, since the policy refuses inline
// scripts): records every violation the page's own scripts cause, from the start, in
// window.__violations, as `<directive> <sample>`.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.sample}`));
