package org.doudi.dashboard.web;

import org.doudi.dashboard.security.DoudiUser;
import org.doudi.dashboard.security.StreetScope;
import org.doudi.warehouse.InstanceSettings;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts what the layout shows on every page into the model: who is logged in, and 演示数据. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

  private final InstanceSettings settings;
  private final StreetScope scope;

  LayoutModel(InstanceSettings settings, StreetScope scope) {
    this.settings = settings;
    this.scope = scope;
  }

  @ModelAttribute("demoData")
  boolean demoData() {
    return settings.demoData();
  }

  @ModelAttribute("me")
  DoudiUser me() {
    return scope.currentUser().orElse(null);
  }
}
