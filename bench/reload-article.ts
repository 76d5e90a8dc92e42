/**
 * The article the live-reload measurements add to a State of the Union folder (reload.ts, and
 * the CPU traces reload-cpu.ts and rebuild-cpu.ts): invented, so no speech resembles it, with a
 * question only it answers and the figure its answer quotes.
 */
export const ADDED_FILE = 'zz-quillfeather-commission.txt';
export const ADDED_TEXT =
  'Quillfeather Commission Report\n\nThe Quillfeather Commission reported that 4,812 lighthouses were repainted during the spring survey, its chair said.\n';
export const ADDED_QUESTION = 'How many lighthouses did the Quillfeather Commission repaint?';
/** The figure a quote answering {@link ADDED_QUESTION} holds. */
export const ADDED_ANSWER = '4,812';
