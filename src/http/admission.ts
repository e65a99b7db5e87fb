import { GraphQLError, type DocumentNode, type GraphQLSchema } from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";
import type { Auth } from "../modules/auth/auth.js";
import { requestError } from "../common/errors.js";
import type { RequestLimiter } from "./request-limits.js";
import type { Charge, Payer, RateLimits } from "./rate-limits.js";
import type { OperationAllowList } from "./persisted-queries.js";

export interface Operation {
  schema: GraphQLSchema;
  document: DocumentNode;
  variables: unknown;
  operationName: string | null | undefined;
  /** sha256 of the document's text, in hex. */
  queryHash: string;
}

/** Who sends an operation: the client's address, and over HTTP the request's credentials. */
export interface Requester {
  ip: string;
  auth?: Auth;
}

/** `extensions.cost` of a response: what the operation could fetch, the most allowed, and what it was charged. */
export type CostReport = { requested: number; maximum: number } & Partial<Charge>;

/**
 * Decides whether a parsed, valid operation runs — over HTTP and graphql-ws alike: registered
 * (in allow-list mode), within the request limits, and paid for from its payer's cost budget.
 */
export class Admission {
  constructor(
    private readonly limiter: RequestLimiter,
    private readonly rates: RateLimits,
    private readonly allowList: OperationAllowList | undefined,
  ) {}

  async admit(operation: Operation, requester: Requester): Promise<{ errors: readonly GraphQLError[] } | { cost: CostReport }> {
    if (this.allowList && !this.allowList.has(operation.queryHash)) {
      return { errors: [requestError("OPERATION_NOT_ALLOWED", "This server runs registered operations only, and this document is not one of them")] };
    }
    const checked = this.limiter.check(operation.schema, operation.document, operation.variables, operation.operationName);
    if ("errors" in checked) return checked;
    const payer = await this.payer(requester);
    if (payer instanceof GraphQLError) return { errors: [payer] };
    const { charge, error } = await this.rates.charge(payer, checked.cost);
    if (error) return { errors: [error] };
    return { cost: { requested: checked.cost, maximum: this.limiter.limits.cost, ...charge } };
  }

  /** The API key that pays, once checked; the address for requests without a key, or whose key is wrong. */
  private async payer({ ip, auth }: Requester): Promise<Payer | GraphQLError> {
    if (!auth?.presentsKey) return { ip };
    const refused = await this.rates.refusesAuthentication(ip);
    if (refused) return refused;
    const editor = await auth.editor();
    if (editor) return { apiKeyId: editor.id };
    return (await this.rates.authenticationFailed(ip)) ?? { ip };
  }
}

/**
 * Admission over HTTP, as an Apollo Server plugin: a refused operation gets its error (and HTTP
 * status) before it runs; an admitted one gets its cost in the response's `extensions.cost`.
 */
export function admissionPlugin<Context extends { auth: Auth; clientIp?: string }>(admission: Admission): ApolloServerPlugin<Context> {
  return {
    requestDidStart: async () => {
      let cost: CostReport | undefined;
      return {
        didResolveOperation: async ({ request, document, operation, schema, queryHash, contextValue }) => {
          if (operation?.operation === "subscription") {
            throw requestError("BAD_REQUEST", "Subscriptions are served over WebSocket (graphql-ws protocol) at this URL, not over HTTP");
          }
          const admitted = await admission.admit(
            { schema, document, variables: request.variables, operationName: request.operationName, queryHash },
            { ip: contextValue.clientIp ?? "unknown", auth: contextValue.auth },
          );
          if ("errors" in admitted) throw admitted.errors[0];
          cost = admitted.cost;
        },
        willSendResponse: async ({ response }) => {
          if (cost && response.body.kind === "single") {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost };
          }
        },
      };
    },
  };
}
