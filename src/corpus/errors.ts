/** An error in the corpus an administrator provided: its message names the file and the problem. */
export class CorpusError extends Error {
  override readonly name = 'CorpusError';
}
