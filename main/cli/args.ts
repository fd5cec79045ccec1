// Argument parsing for every subcommand (node:util parseArgs): a mistake in the arguments becomes a message with
// the command's usage and exit code 2.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './io';

export function parseCommandArgs<T extends ParseArgsConfig>(
  command: string,
  usage: string,
  config: T,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (e) {
    throw new CliError(`${command}: ${(e as Error).message}\n\n${usage}`, 2);
  }
}
