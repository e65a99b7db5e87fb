import { Field, ObjectType, type ClassType } from "type-graphql";
import { GraphQLError, type GraphQLScalarType } from "graphql";
import { Prisma } from "../generated/prisma/client.js";
import type { Context } from "../context.js";
import { IngestError, type IngestProblemCode } from "../ingest/errors.js";
import { UserError, UserInputError, codesOf, userErrorOf, type UserErrorCode } from "./user-errors.js";
import { validateArgument } from "./validation.js";
import { RuleViolation } from "./domain-rules.js";
import { runUnit, type UnitOfWork } from "../write/unit.js";

export type Transaction = Prisma.TransactionClient;

export interface PayloadValue<T> {
  value: T | null;
  errors: { field: string[] | null; message: string; code: UserErrorCode }[];
}

interface RunOptions {
  /** Interactive transaction timeout in ms (Prisma's default is 5 s). */
  timeout?: number;
}

/** "quotes[2].speaker" → ["input", "quotes", "2", "speaker"]. */
function fieldPath(path: string): string[] {
  return path.split(/[.[\]]+/).filter(Boolean);
}

interface ConstraintMeta {
  target?: string[] | string;
  field_name?: string;
  driverAdapterError?: { cause?: { table?: string; constraint?: { fields?: string[]; index?: string } } };
}

/**
 * The input field a Prisma unique or foreign-key error is about: "actorId" → "actor". Adapters
 * report either the columns (PGlite) or the constraint's name (node-postgres), which Prisma names
 * `<Table>_<column>[_<column>]_key` / `_fkey`.
 */
function prismaField(error: Prisma.PrismaClientKnownRequestError): string[] | null {
  const meta = error.meta as ConstraintMeta | undefined;
  const cause = meta?.driverAdapterError?.cause;
  const fromIndex = cause?.constraint?.index?.replace(`${cause.table}_`, "").replace(/_f?key$/, "").split("_");
  const fields = cause?.constraint?.fields ?? fromIndex ?? meta?.target ?? meta?.field_name;
  const column = Array.isArray(fields) ? fields.at(-1) : fields;
  return column ? ["input", column.replace(/^"|"$/g, "").replace(/Id$/, "")] : null;
}

/** The user error code of each kind of problem in an article document, so `ingestArticle` speaks as the other mutations do. */
const ingestCodes: Record<IngestProblemCode, UserErrorCode> = {
  MALFORMED_JSON: "INVALID",
  INVALID: "INVALID",
  DUPLICATE_KEY: "DUPLICATE",
  UNKNOWN_REFERENCE: "NOT_FOUND",
  EXCERPT_NOT_FOUND: "EXCERPT_NOT_IN_TEXT",
  END_BEFORE_START: "END_BEFORE_START",
  ACTOR_CONFLICT: "DUPLICATE",
};

/** Turns what a mutation threw into user errors; anything else is a bug and is rethrown. */
function toUserErrors(error: unknown): UserInputError[] {
  if (error instanceof UserInputError) return [error];
  if (error instanceof RuleViolation) {
    const field = error.column.replace(/Id$/, "");
    return [new UserInputError(error.code, ["input", field], `${field} ${error.rule}`)];
  }
  if (error instanceof IngestError) {
    return error.problems.map((problem) => new UserInputError(ingestCodes[problem.code], ["input", ...problem.field], problem.message));
  }
  if (error instanceof GraphQLError && error.extensions.code === "BAD_USER_INPUT") {
    const argument = error.extensions.argumentName as string | undefined;
    return [new UserInputError("INVALID", argument ? fieldPath(argument) : null, error.message)];
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    const field = prismaField(error);
    if (error.code === "P2002") return [new UserInputError("DUPLICATE", field, `${field?.at(-1) ?? "a value"} is already taken`)];
    if (error.code === "P2003") return [new UserInputError("NOT_FOUND", field, `${field?.at(-1) ?? "a referenced object"} no longer exists`)];
    if (error.code === "P2025") return [new UserInputError("NOT_FOUND", ["id"], "the object no longer exists")];
  }
  throw error;
}

/**
 * A mutation's payload type `<Name>Payload { <field>: <Type>, errors: [<Name>UserError!]! }` and
 * its runner: validate the arguments, run the work as one unit of work (src/write/unit.ts: one
 * transaction stamped with the caller's API key, its events published after commit), and report
 * refusals as user errors (nothing is written or announced then).
 */
export function mutationOf<Code extends UserErrorCode>(
  name: string,
  field: string,
  type: () => ClassType | GraphQLScalarType,
  codes: readonly Code[],
  /** A class (not itself an @ObjectType) whose @Fields the payload also has. */
  Base: ClassType = class {},
) {
  const ErrorType = userErrorOf(name, codesOf(codes));

  @ObjectType(`${name}Payload`, { description: `The result of ${name}: the ${field} or, when refused, why.` })
  class Payload extends Base {
    @Field(type, {
      name: field, nullable: true, description: `The ${field}; null when the mutation was refused.`,
    })
    value!: unknown;

    @Field(() => [ErrorType], { description: "Why the mutation was refused; empty when it succeeded." })
    errors!: UserError[];
  }

  async function run<V>(
    ctx: Context,
    args: Record<string, object | undefined>,
    work: (unit: UnitOfWork) => Promise<V>,
    options: RunOptions = {},
  ): Promise<PayloadValue<V>> {
    const invalid = (await Promise.all(
      Object.entries(args).map(([argument, value]) => (value ? validateArgument(argument, value) : [])),
    )).flat();
    let errors: UserInputError[] = invalid;
    let value: V | null = null;
    if (!invalid.length) {
      const editor = await ctx.auth.editor();
      try {
        value = await runUnit(ctx.prisma, work, { editor, events: ctx.events, timeout: options.timeout });
      } catch (error) {
        errors = toUserErrors(error);
      }
    }
    const unexpected = errors.find((error) => !(codes as readonly string[]).includes(error.code));
    if (unexpected) throw new Error(`${name} cannot report ${unexpected.code}: ${unexpected.message}`);
    if (errors.length) return { value: null, errors: errors.map(({ field, message, code }) => ({ field, message, code })) };
    return { value, errors: [] };
  }

  return { Payload, run };
}
