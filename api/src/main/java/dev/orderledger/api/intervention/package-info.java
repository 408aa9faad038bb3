/**
 * Messages of the manual intervention queue: a business process that cannot finish by itself
 * raises an intervention with its reason; an admin asks the process to retry it, or resolves it by
 * hand. The process resolves it itself when its step later succeeds. Admins read the queue with
 * {@link dev.orderledger.api.intervention.FindInterventionsQuery}.
 */
package dev.orderledger.api.intervention;
