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
