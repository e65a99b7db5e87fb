import type { Prisma } from "../generated/prisma/client.js";
import type { FactType, Transaction } from "./fact-types.js";
import type { NearMatch } from "./rules.js";

/** Keeps a near match for review; the same pair again updates its score and evidence. */
export async function recordCandidate(
  tx: Transaction, type: FactType, knownId: string, other: { id: string } | { variant: string }, near: Omit<NearMatch, "id">, articleId: string | null,
): Promise<void> {
  const otherId = "id" in other ? other.id : null;
  const pair = `${knownId}:${otherId ?? `variant:${(other as { variant: string }).variant}`}`;
  const evidence = near.evidence as Prisma.InputJsonObject;
  await tx.mergeCandidate.upsert({
    where: { factType_pair: { factType: type, pair } },
    create: { factType: type, knownId, otherId, pair, score: near.score, evidence, articleId },
    update: { score: near.score, evidence },
  });
}

/** Forgets the candidates a merge or delete has settled. */
export async function forgetCandidates(tx: Transaction, factId: string): Promise<void> {
  await tx.mergeCandidate.deleteMany({ where: { OR: [{ knownId: factId }, { otherId: factId }] } });
}
