export type { SeedBlock, SeedDocument } from './types.js';
export { magMeetingSummary } from './mag-2015-03-03-summary.js';
export { policyMenusCnb } from './policy-menus-cnb.js';
export { bpfSpam } from './bpf-spam.js';
export { bpfCsirts } from './bpf-csirts.js';
export { bpfMultistakeholder } from './bpf-multistakeholder.js';
export { bpfWomenOnline } from './bpf-women-online.js';
export { bpfIpv6 } from './bpf-ipv6.js';
export { bpfIxps } from './bpf-ixps.js';
