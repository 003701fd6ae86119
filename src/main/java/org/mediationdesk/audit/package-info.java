/**
 * The audit log: an append-only, hash-chained record of every change.
 *
 * <ul>
 * <li><b>Entry</b>: who did what to which object and when, with the object's audience. Each entry's hash is
 * SHA-256 over the previous entry's hash and the entry's canonical text, so altering, removing or reordering
 * any entry breaks every hash after it.</li>
 * <li><b>Head</b>: the last entry's sequence number and hash.</li>
 * <li><b>Checkpoint</b>: a head signed with the installation's Ed25519 key, which lives outside the database, and
 * appended as one line to the checkpoint file (also outside the database), in the manner of Certificate
 * Transparency's signed tree heads; published by the administrators. A later log must still contain the signed
 * entry with the signed hash: a cut-off tail or a rewritten history no longer does.</li>
 * <li><b>Uncovered entries</b>: those after the latest checkpoint, vouched for by the database alone until the next
 * signature (the checkpoint job signs a moved head every 5 seconds); verification counts them.</li>
 * <li><b>Signing record</b>: what the database remembers of the signing, per key (the first and the latest checkpoint
 * appended): once an installation has signed, a checkpoint file missing or cut short is tampering or a lost file,
 * not a fresh start, and nothing is signed over it; {@code audit checkpoint --lost-file REASON} starts a lost file
 * anew, only if the log still leads from the recorded checkpoint, and records it in the log.</li>
 * <li><b>Verification</b>: recomputing the chain from the first entry, and holding the log against the latest
 * checkpoint; {@code audit verify} on the command line and the administrator's audit page both use it.</li>
 * <li><b>Reading</b>: an entry as people read it: what happened in words of the reader's language (each action of
 * the log has its words under {@code audit.did.}; a module that adds an event adds its action there), who by name,
 * what it concerned by its label with a link where the reader may open it. The stored codes stay in the entry
 * and in the CSV export.</li>
 * </ul>
 *
 * The module listens to the events of every module; no module depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = { "shared", "identity", "confidentiality" })
package org.mediationdesk.audit;
