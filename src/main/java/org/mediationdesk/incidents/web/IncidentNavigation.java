package org.mediationdesk.incidents.web;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.identity.Viewers;
import org.mediationdesk.incidents.IncidentRegister;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Whether the navigation links the incident register: for whoever is of some mechanism's circle. */
@ControllerAdvice(annotations = Controller.class)
class IncidentNavigation {

	private final IncidentRegister register;

	IncidentNavigation(IncidentRegister register) {
		this.register = register;
	}

	@ModelAttribute
	void registerLink(Model model) {
		Viewer viewer = Viewers.current();
		if (viewer.isAnonymous() || viewer.isAdmin() || api()) {
			return;
		}
		model.addAttribute("seesIncidentRegister", register.seesARegister(viewer));
	}

	private static boolean api() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& attributes.getRequest().getRequestURI().startsWith("/api/");
	}
}
