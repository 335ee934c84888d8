// A recording or page that cannot be used: the message names the file (exit 2). Apart from the
// code that reads and writes them, so that the entry point knows it without loading that code.
export class ExportFileError extends Error {}
