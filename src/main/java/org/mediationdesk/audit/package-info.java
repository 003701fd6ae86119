/**
 * The audit log: an append-only, hash-chained record of every change.
 *
 * <ul>
 * <li><b>Entry</b>: who did what to which object and when, with the object's audience. Each entry's hash is
 * SHA-256 over the previous entry's hash and the entry's canonical text, so altering, removing or reordering
 * any entry breaks every hash after it.</li>
 * <li><b>Verification</b>: recomputing the chain from the first entry; {@code audit verify} on the command line
 * and the administrator's audit page both use it.</li>
 * </ul>
 *
 * The module listens to the events of every module; no module depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = { "shared", "identity", "confidentiality" })
package org.mediationdesk.audit;
