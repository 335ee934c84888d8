// The insights: pure readings of the engine state (model.ts, feed.ts), drawn as styled lines
// (render.ts, graph.ts) by the session's view and by `bluepacket insights`.
export { insightsOf, moneyIn, moneyOut, type Insights, type MoneySplit } from './model';
export { feedFor, type FeedPost } from './feed';
export { boardSection, chartSection, graphSection, moneySection, pairsSection, tagsSection, type RenderContext } from './render';
export { fitBlock, fitLine, besideBlocks, plainLine, seg, type Line, type Seg } from './lines';
