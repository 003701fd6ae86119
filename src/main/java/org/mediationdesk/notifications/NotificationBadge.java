package org.mediationdesk.notifications;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.identity.Viewers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The number of unread notifications beside the navigation's link, on every page of a logged-in reader; counted
 * under the same access rules as the list.
 */
@ControllerAdvice(annotations = Controller.class)
class NotificationBadge {

	private final Notifications notifications;

	NotificationBadge(Notifications notifications) {
		this.notifications = notifications;
	}

	@ModelAttribute
	void badge(Model model) {
		Viewer viewer = Viewers.current();
		if (viewer.isAnonymous() || api()) {
			return;
		}
		model.addAttribute("unreadNotifications", notifications.unread(viewer));
	}

	private static boolean api() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& attributes.getRequest().getRequestURI().startsWith("/api/");
	}
}
