package org.demarche.dashboard.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /api/users}: administrators only (the platform's common rules say so for every service). */
@RestController
@RequestMapping("/api/users")
class AccountController {

    private final AccountAdministration administration;

    AccountController(AccountAdministration administration) {
        this.administration = administration;
    }

    static final String NEW_COORDINATOR = """
            {"username": "brigitte", "password": "a long passphrase of her own", "roles": ["COORDINATOR"],
             "email": "director@iphr.example"}""";

    @PostMapping
    @Operation(summary = "Give someone an account", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(examples = @ExampleObject(name = "a coordinator", value = NEW_COORDINATOR))))
    @ApiResponse(responseCode = "201", description = "made: `Location` names the account")
    ResponseEntity<AccountView> create(@RequestBody NewAccount request) {
        AccountView created = administration.create(request);
        return ResponseEntity.created(URI.create("/api/users/" + created.username())).body(created);
    }

    @GetMapping
    List<AccountView> all() {
        return administration.all();
    }

    @GetMapping("/{username}")
    AccountView one(@PathVariable String username) {
        return administration.find(username)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no account named " + username));
    }

    /** Roles, address or password of an existing account; what the body leaves out stays as it is. */
    @PutMapping("/{username}")
    AccountView change(@PathVariable String username, @RequestBody AccountChange change) {
        return administration.change(username, change);
    }

    @DeleteMapping("/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable String username) {
        administration.remove(username);
    }
}
