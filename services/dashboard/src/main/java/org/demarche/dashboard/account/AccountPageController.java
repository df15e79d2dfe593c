package org.demarche.dashboard.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code GET /users}: who has an account and with which roles, for administrators
 * ({@link AccountPageAccess}). Accounts are given, changed and removed through {@code /api/users}.
 */
@Controller
class AccountPageController {

    private final AccountAdministration administration;

    AccountPageController(AccountAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/users")
    String users(Model model) {
        model.addAttribute("accounts", administration.all());
        return "account/users";
    }
}
