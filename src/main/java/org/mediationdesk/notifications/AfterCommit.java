package org.mediationdesk.notifications;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A listener of this module: it runs once the writer's transaction has committed (what it tells is then true), in
 * the writer's thread (so that whoever acted, and a test, finds the notifications made when the action returns), in
 * a transaction of its own (the notifications and their e-mail are stored together, or not at all). The event
 * publication registry records it in the writer's transaction and marks it completed when it returns; if it fails,
 * the writer's change stands and the resubmission job delivers the event again.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(propagation = Propagation.REQUIRES_NEW)
@TransactionalEventListener(fallbackExecution = true)
@interface AfterCommit {
}
