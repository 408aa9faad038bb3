/**
 * The generated bad-input harness: {@code GeneratedBadInputIT} reads the running ledger's OpenAPI
 * document and sends every operation malformed requests (wrong types, bounds, control characters,
 * duplicate keys, trailing content, sizes, encodings, bad consistency tokens, foreign ids) as an
 * anonymous caller, a foreign user and the owner of real records ({@link dev.orderledger.app.guard.Cast}),
 * over real HTTP. The classes here read the document ({@link dev.orderledger.app.guard.OpenApiDocument}),
 * build a plausible request from it ({@link dev.orderledger.app.guard.Baseline}), spoil it one way at a time
 * ({@link dev.orderledger.app.guard.BodyMutations}, {@link dev.orderledger.app.guard.EnvelopeMutations}),
 * send it ({@link dev.orderledger.app.guard.Wire}) and judge the answer
 * ({@link dev.orderledger.app.guard.AnswerCheck}, {@link dev.orderledger.app.guard.Findings}).
 * Everything is generated from one seed, so a run can be repeated exactly.
 */
package dev.orderledger.app.guard;
