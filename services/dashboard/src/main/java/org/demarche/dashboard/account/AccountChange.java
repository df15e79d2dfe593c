package org.demarche.dashboard.account;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.demarche.platform.security.StoredAccount;
import org.demarche.platform.web.FieldProblem;
import org.demarche.platform.web.InvalidInputException;

/**
 * An administrator's change to an existing account ({@code PUT /api/users/{username}}). What is
 * left out stays as it is, so adding someone's address needs neither their roles nor their
 * password.
 *
 * @param password a new password; null keeps the current one
 * @param roles    the roles the account should have; null keeps the current ones
 * @param email    the person's address; null keeps the current one, {@code ""} removes it
 */
record AccountChange(String password, List<String> roles, String email) {

    AccountChange {
        List<FieldProblem> problems = new ArrayList<>();
        if (password != null) {
            problems.addAll(NewAccount.passwordProblems(password));
        }
        if (roles != null) {
            problems.addAll(NewAccount.roleProblems(roles));
        }
        if (email != null) {
            String checked = NewAccount.checkedEmail(email, problems);
            email = checked == null ? "" : checked;
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        roles = roles == null ? null : List.copyOf(new LinkedHashSet<>(roles));
    }

    /** The account as it becomes; {@code newHash} is the new password's hash, null when none was given. */
    StoredAccount applyTo(StoredAccount current, String newHash) {
        return new StoredAccount(current.username(), newHash != null ? newHash : current.passwordHash(),
                roles != null ? roles : current.roles(),
                email == null ? current.email() : email.isEmpty() ? null : email);
    }
}
