// The crowd: bot members who join lotteries and race for grab packets with seeded
// reaction times, played through the same runner and engine as the panes.
export { CROWD, crowdBots, crowdFor, crowdPlan, fillMs, reactionMs, type CrowdStep } from './plan';
export { CrowdDriver, type CrowdHost, type CrowdOptions } from './driver';
export { realScheduler, VirtualScheduler, type Scheduler } from './clock';
