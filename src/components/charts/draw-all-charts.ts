/** Event that makes every chart build itself now (they are otherwise built as they near the screen). */
export const DRAW_ALL_CHARTS = 'muc-tieu-so:draw-all-charts';
