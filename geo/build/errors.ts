/** A problem in one record: the build collects them all, prints them and writes nothing. */
export interface RecordProblem {
  file: string;
  record: string;
  field: string;
  message: string;
}

export class DataBuildError extends Error {
  constructor(readonly problems: RecordProblem[]) {
    super(
      `${problems.length} problem(s) in seeds/:\n` +
        problems.map((p) => `  ${p.file} › ${p.record} › ${p.field}: ${p.message}`).join('\n'),
    );
    this.name = 'DataBuildError';
  }
}
