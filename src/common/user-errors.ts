import { Field, InterfaceType, ObjectType, registerEnumType } from "type-graphql";

@InterfaceType({ description: "A problem with a mutation's input that the client can fix; the change was not made." })
export abstract class UserError {
  @Field(() => [String], { nullable: true, description: "Path to the input field at fault, e.g. [\"input\", \"quotes\", \"2\", \"speaker\"]; null when no single field is." })
  field!: string[] | null;

  @Field({ description: "What is wrong, in words for a person." })
  message!: string;
}

/**
 * A mutation's own error type with its own code enum (the Shopify/Saleor pattern):
 * `userErrorOf("CreateActor", { DUPLICATE_SLUG: "…" })` gives `CreateActorUserError { field message code }`.
 */
export function userErrorOf<Code extends string>(name: string, codes: Record<Code, string>) {
  const codeEnum = Object.fromEntries(Object.keys(codes).map((code) => [code, code])) as Record<Code, Code>;
  registerEnumType(codeEnum, {
    name: `${name}ErrorCode`,
    description: `Why ${name} was refused.`,
    valuesConfig: Object.fromEntries(Object.entries(codes).map(([code, description]) => [code, { description }])) as Record<Code, { description: string }>,
  });

  @ObjectType(`${name}UserError`, { implements: UserError, description: `A problem with the input of ${name}.` })
  class MutationUserError extends UserError {
    @Field(() => codeEnum, { description: "Machine-readable reason." })
    code!: Code;
  }
  return MutationUserError;
}

/** Every reason a mutation can refuse its input; each mutation's code enum is a subset. */
export const userErrorCodes = {
  BLANK: "A required text is empty or only whitespace.",
  TOO_LONG: "A text is longer than its limit.",
  INVALID: "A value is malformed, out of range, or an id of the wrong type.",
  NOT_FOUND: "An id names nothing that exists.",
  DUPLICATE: "A value that must be unique is already taken (a slug, a URL, a Wikidata id, an actor already at the meeting).",
  END_BEFORE_START: "An end lies before its start.",
  EXCERPT_NOT_IN_TEXT: "A citation excerpt does not occur in the article text.",
  SAME_ACTOR: "An actor cannot be merged into itself.",
  SAME_FACT: "A fact cannot be merged into itself.",
  NOT_TEXT: "The input is binary data, not text.",
  UNSUPPORTED_LANGUAGE: "The text is in a language the extractor does not read (it reads English).",
  STALE_CANDIDATE: "A draft's candidate no longer matches the article text at its offsets (the text was edited since).",
  ALREADY_DECIDED: "The draft was already accepted or rejected.",
} as const;
export type UserErrorCode = keyof typeof userErrorCodes;

/** A refusal a service raises; the mutation runner turns it into a payload error. */
export class UserInputError extends Error {
  constructor(
    readonly code: UserErrorCode,
    readonly field: string[] | null,
    message: string,
  ) {
    super(message);
  }
}

/** The codes of one mutation, with their shared descriptions, for `userErrorOf`. */
export function codesOf<Code extends UserErrorCode>(codes: readonly Code[]): Record<Code, string> {
  return Object.fromEntries(codes.map((code) => [code, userErrorCodes[code]])) as unknown as Record<Code, string>;
}
