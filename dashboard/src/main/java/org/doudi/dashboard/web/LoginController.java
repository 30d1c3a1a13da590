package org.doudi.dashboard.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Serves the Chinese login page. */
@Controller
class LoginController {

  @GetMapping("/login")
  String login() {
    return "login";
  }
}
