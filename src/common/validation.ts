import { Matches, Max, MaxLength, Min, ValidateBy, ValidateIf, validate, type ValidationError, type ValidationOptions } from "class-validator";
import { UserInputError, type UserErrorCode } from "./user-errors.js";
import type { Format } from "./formats.js";

/** A string with something other than whitespace (a constraint of its own, so that its code is not mixed up with `Shaped`'s). */
const NotBlank = (options: ValidationOptions) =>
  ValidateBy({ name: "notBlank", validator: { validate: (value) => typeof value === "string" && /\S/.test(value) } }, options);

const withCode = (code: UserErrorCode, message: string) => ({ message, context: { code } });

/** A required text (or, with `each`, a list of them): not blank, at most `max` characters. */
export function Text(max: number, { each = false } = {}): PropertyDecorator {
  return (target, key) => {
    NotBlank({ ...withCode("BLANK", "must not be blank"), each })(target, key);
    MaxLength(max, { ...withCode("TOO_LONG", `must be at most ${max.toLocaleString("en")} characters`), each })(target, key);
  };
}

/** An optional text (or list of texts): null or absent, or else a `Text(max)`. */
export function OptionalText(max: number, options: { each?: boolean } = {}): PropertyDecorator {
  return (target, key) => {
    ValidateIf((_, value) => value != null)(target, key);
    Text(max, options)(target, key);
  };
}

/** An optional value of a fixed shape (see src/common/formats.ts). */
export function Shaped(format: Format): PropertyDecorator {
  return (target, key) => {
    ValidateIf((_, value) => value != null)(target, key);
    Matches(new RegExp(format.pattern), withCode("INVALID", `must be ${format.shape}`))(target, key);
  };
}

/** An optional number within [min, max]. */
export function Between(min: number, max: number): PropertyDecorator {
  return (target, key) => {
    ValidateIf((_, value) => value != null)(target, key);
    Min(min, withCode("INVALID", `must be between ${min} and ${max}`))(target, key);
    Max(max, withCode("INVALID", `must be between ${min} and ${max}`))(target, key);
  };
}

function flatten(errors: ValidationError[], path: string[]): UserInputError[] {
  return errors.flatMap((error) => {
    const field = [...path, error.property];
    const [constraint, message] = Object.entries(error.constraints ?? {})[0] ?? [];
    const own = constraint
      ? [new UserInputError((error.contexts?.[constraint]?.code as UserErrorCode) ?? "INVALID", field, `${field.slice(1).join(".")} ${message}`)]
      : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Checks a mutation argument (an input class instance) and returns one error per faulty field. */
export async function validateArgument(argument: string, value: object): Promise<UserInputError[]> {
  return flatten(await validate(value, { forbidUnknownValues: false }), [argument]);
}
