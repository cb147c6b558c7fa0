package de.halle.smartcity.cli;

/** One sub-command of the command line. */
public interface Command {

  /** What the command accepts and how the usage text describes it. */
  CommandSpec spec();

  /**
   * Runs the command.
   *
   * @return the process exit code: 0 success, 1 failure (e.g. a failed check), 2 bad usage
   * @throws UsageException for arguments that parse but make no sense, e.g. a missing file
   * @throws Exception for anything unexpected; the command line turns it into a one-line message and exit code 1
   */
  int run(Arguments arguments, Terminal terminal) throws Exception;
}
