import { GraphQLError } from "graphql";

/** A client's mistake in one argument: the message names the argument. */
export function badUserInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`Invalid argument "${argument}": ${message}`, {
    extensions: { code: "BAD_USER_INPUT", argumentName: argument },
  });
}

/** A value of the client's for an error message, cut short so that a huge argument is not echoed back whole. */
export function quoted(value: string, max = 80): string {
  return JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value);
}
