package org.demarche.dashboard.account;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

import org.demarche.platform.security.Role;
import org.demarche.platform.web.FieldProblem;
import org.demarche.platform.web.InvalidInputException;

/**
 * An administrator's request for a new account, checked whole so that every problem is named at
 * once. Passwords: at least 10 characters (long passphrases welcome), at most 72 bytes, which is
 * all bcrypt reads.
 */
record NewAccount(String username, String password, List<String> roles) {

    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,100}");
    static final int MIN_PASSWORD_LENGTH = 10;
    static final int MAX_PASSWORD_BYTES = 72;

    NewAccount {
        List<FieldProblem> problems = new ArrayList<>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            problems.add(new FieldProblem("username",
                    "2 to 100 letters, digits or . _ @ -"));
        }
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            problems.add(new FieldProblem("password", "at least " + MIN_PASSWORD_LENGTH + " characters"));
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            problems.add(new FieldProblem("password", "at most " + MAX_PASSWORD_BYTES + " bytes in UTF-8"));
        }
        if (roles == null || roles.isEmpty()) {
            problems.add(new FieldProblem("roles", "at least one of " + Role.names()));
        } else {
            for (int i = 0; i < roles.size(); i++) {
                if (!Role.isRole(roles.get(i))) {
                    problems.add(new FieldProblem("roles[" + i + "]", "one of " + Role.names()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        roles = List.copyOf(new LinkedHashSet<>(roles));
    }
}
