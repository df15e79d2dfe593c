package org.demarche.campaigns.casefile;

import java.security.Principal;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.demarche.campaigns.console.FormProblems;
import org.demarche.platform.web.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /case-file/held}: court records whose case name names the persons of two or more open cases,
 * held until a coordinator says which case each is about (or none), through the same {@link HeldItems}
 * as {@code /api/case-file/held}. A decision redirects with a flash saying what was done; a refused
 * one shows the list again with the problem at the record, 400 or 409 like the API.
 */
@Controller
class HeldRecordsPageController {

    private final HeldItems held;
    private final MessageSource messages;

    HeldRecordsPageController(HeldItems held, MessageSource messages) {
        this.held = held;
        this.messages = messages;
    }

    @GetMapping("/case-file/held")
    String list(Model model, Locale locale) {
        return show(null, FormProblems.NONE, model, locale);
    }

    @PostMapping("/case-file/held/{id}")
    String attach(@PathVariable UUID id, @RequestParam(required = false) String caseId, Principal principal,
                  Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            HeldItem attached = held.attach(id, caseId, actor(principal));
            String person = attached.candidates().stream().filter(c -> c.caseId().equals(attached.caseId()))
                    .map(HeldItem.Candidate::person).findFirst().orElse(attached.caseId());
            return done("held.attached", new Object[] {named(attached), person}, locale, redirect);
        } catch (InvalidInputException invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(id, FormProblems.of(invalid), model, locale);
        } catch (ErrorResponseException refused) {
            return refused(id, refused, model, locale, response);
        }
    }

    @PostMapping("/case-file/held/{id}/dismiss")
    String dismiss(@PathVariable UUID id, Principal principal, Model model, Locale locale, RedirectAttributes redirect,
                   HttpServletResponse response) {
        try {
            HeldItem dismissed = held.dismiss(id, actor(principal));
            return done("held.dismissed", new Object[] {named(dismissed)}, locale, redirect);
        } catch (ErrorResponseException refused) {
            return refused(id, refused, model, locale, response);
        }
    }

    /** A 409 (decided meanwhile by someone else) shows the list again with why; a 404 stays a 404. */
    private String refused(UUID id, ErrorResponseException refused, Model model, Locale locale,
                           HttpServletResponse response) {
        if (refused.getStatusCode().value() != HttpStatus.CONFLICT.value()) {
            throw refused;
        }
        response.setStatus(HttpStatus.CONFLICT.value());
        return show(id, FormProblems.general(refused.getBody().getDetail()), model, locale);
    }

    private String done(String message, Object[] arguments, Locale locale, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", messages.getMessage(message, arguments, locale));
        return "redirect:/case-file/held";
    }

    /** @param failed the record whose form was refused, to show its problem there; null if none */
    private String show(UUID failed, FormProblems problems, Model model, Locale locale) {
        model.addAttribute("items", held.waiting().stream().map(item -> HeldLine.of(item, locale)).toList());
        model.addAttribute("failed", failed);
        model.addAttribute("problems", problems);
        return "casefile/held";
    }

    /** The case name, or a resolution's reference when it names no case. */
    private static String named(HeldItem item) {
        return item.record().caseName() != null ? item.record().caseName() : item.record().reference();
    }

    private static String actor(Principal principal) {
        return principal == null ? "anonymous" : principal.getName();
    }
}
