package org.tamar.platform.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page, listing every hosted service. */
@Controller
class HomeController {

  private final List<HostedService> services;

  HomeController(List<HostedService> services) {
    this.services =
        services.stream().sorted(Comparator.comparingInt(HostedService::order)).toList();
  }

  @GetMapping("/")
  String home(Model model) {
    model.addAttribute("services", services);
    return "platform/home";
  }
}
