package org.demarche.dashboard.account;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.demarche.platform.security.AccountEmail;
import org.demarche.platform.security.AccountName;
import org.demarche.platform.security.Role;
import org.demarche.platform.web.FieldProblem;
import org.demarche.platform.web.InvalidInputException;

/**
 * An administrator's request for a new account, checked whole so that every problem is named at
 * once. Passwords: at least 10 characters (long passphrases welcome), at most 72 bytes, which is
 * all bcrypt reads.
 *
 * @param email the person's own address, optional: partners' replies about the meetings they enter go to it
 */
record NewAccount(String username, String password, List<String> roles, String email) {

    static final int MIN_PASSWORD_LENGTH = 10;
    static final int MAX_PASSWORD_BYTES = 72;

    NewAccount {
        List<FieldProblem> problems = new ArrayList<>();
        if (!AccountName.isValid(username)) {
            problems.add(new FieldProblem("username",
                    "2 to 100 letters, digits or . _ @ -"));
        }
        problems.addAll(passwordProblems(password));
        problems.addAll(roleProblems(roles));
        email = checkedEmail(email, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        roles = List.copyOf(new LinkedHashSet<>(roles));
    }

    static List<FieldProblem> passwordProblems(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            return List.of(new FieldProblem("password", "at least " + MIN_PASSWORD_LENGTH + " characters"));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return List.of(new FieldProblem("password", "at most " + MAX_PASSWORD_BYTES + " bytes in UTF-8"));
        }
        return List.of();
    }

    static List<FieldProblem> roleProblems(List<String> roles) {
        if (roles == null || roles.isEmpty()) {
            return List.of(new FieldProblem("roles", "at least one of " + Role.names()));
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            if (!Role.isRole(roles.get(i))) {
                problems.add(new FieldProblem("roles[" + i + "]", "one of " + Role.names()));
            }
        }
        return problems;
    }

    /** The address stripped, null when none is given; a problem named {@code email} when it is not one address. */
    static String checkedEmail(String email, List<FieldProblem> problems) {
        try {
            return AccountEmail.of(email).orElse(null);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("email", e.getMessage()));
            return email;
        }
    }
}
