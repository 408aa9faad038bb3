package dev.orderledger.console;

import dev.orderledger.api.security.Actor;
import dev.orderledger.api.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The console's entrance: the sign-in page, and where a signed-in person starts. */
@Controller
class ConsolePages {

    @GetMapping("/console/login")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String out, Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", out != null);
        return "console/login";
    }

    /** Admins and sellers start at the orders, finance at the reconciliation. */
    @GetMapping({"/console", "/console/"})
    String start(Actor reader) {
        boolean orders = reader.roles().contains(Role.ADMIN) || reader.roles().contains(Role.SELLER);
        return orders ? "redirect:/console/orders" : "redirect:/console/reconciliation";
    }
}
