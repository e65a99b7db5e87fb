import { GraphQLError } from "graphql";
import type { AuthChecker } from "type-graphql";
import type { PrismaClient } from "../../generated/prisma/client.js";
import type { ApiKeyRole } from "../../generated/prisma/enums.js";
import type { Context } from "../../context.js";
import { authenticate, type Editor } from "./api-key.service.js";

const rank: Record<ApiKeyRole, number> = { EDITOR: 1, ADMIN: 2 };

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: "UNAUTHENTICATED", http: { status: 401, headers: new Map([["www-authenticate", 'Bearer realm="dossier"']]) } },
  });
}

/** The credentials of one request; the key is looked up only when a write asks for it. */
export class Auth {
  private editorLookup?: Promise<Editor | null>;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly authorization: string | undefined,
  ) {}

  /** Whether the request sent credentials at all (an Authorization header). */
  get presentsKey(): boolean {
    return this.authorization !== undefined;
  }

  private bearer(): string | undefined {
    return this.authorization?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  }

  /** The key's editor; null without a valid key. */
  editor(): Promise<Editor | null> {
    const key = this.bearer();
    this.editorLookup ??= key ? authenticate(this.prisma, key) : Promise.resolve(null);
    return this.editorLookup;
  }

  /** The editor, if their key has at least `role`; otherwise UNAUTHENTICATED (401) or FORBIDDEN (403). */
  async require(role: ApiKeyRole): Promise<Editor> {
    if (!this.authorization) throw unauthenticated("Writing needs an API key: send the header \"Authorization: Bearer <key>\"");
    if (!this.bearer()) throw unauthenticated("The Authorization header must be \"Bearer <key>\"");
    const editor = await this.editor();
    if (!editor) throw unauthenticated("The API key is unknown or revoked");
    if (rank[editor.role] < rank[role]) {
      throw new GraphQLError(`This needs an ${role} key; the key "${editor.name}" is ${editor.role}`, {
        extensions: { code: "FORBIDDEN", http: { status: 403 } },
      });
    }
    return editor;
  }
}

/** `@Authorized("EDITOR")` / `@Authorized("ADMIN")`: ADMIN keys may do everything EDITOR keys may. */
export const authChecker: AuthChecker<Context, ApiKeyRole> = async ({ context }, roles) => {
  await Promise.all(roles.map((role) => context.auth.require(role)));
  return true;
};
