package org.demarche.campaigns.registry;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.demarche.campaigns.console.FormProblems;
import org.demarche.campaigns.letter.LetterComposer;
import org.demarche.platform.web.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /registry}: what the registry holds, and forms for partners and targets checked by the
 * same request records as {@code PUT /api/registry/...}. A new one is posted to the collection
 * with its id; an id already taken is refused there, so that a new entry never overwrites one.
 */
@Controller
class RegistryPageController {

    private static final String PARTNER = "partner";
    private static final String TARGET = "target";

    private final Registry registry;
    private final LetterComposer composer;
    private final MessageSource messages;

    RegistryPageController(Registry registry, LetterComposer composer, MessageSource messages) {
        this.registry = registry;
        this.composer = composer;
        this.messages = messages;
    }

    @GetMapping("/registry")
    String registry(Model model) {
        model.addAttribute("targets", registry.targets());
        model.addAttribute("partners", registry.partners());
        model.addAttribute("cases", registry.cases());
        model.addAttribute("exchanges", registry.exchanges());
        return "registry/registry";
    }

    @GetMapping("/registry/partners/new")
    String newPartner(Model model) {
        return entryForm(PARTNER, PartnerForm.EMPTY, true, FormProblems.NONE, model);
    }

    @GetMapping("/registry/partners/{id}")
    String partner(@PathVariable String id, Model model) {
        Partner partner = registry.partner(id).orElseThrow(() -> unknown("partner", id));
        return entryForm(PARTNER, PartnerForm.of(partner), false, FormProblems.NONE, model);
    }

    @PostMapping("/registry/partners")
    String createPartner(@ModelAttribute PartnerForm form, Model model, Locale locale, RedirectAttributes redirect,
                         HttpServletResponse response) {
        String id = form.typedId();
        if (registry.partner(id).isPresent()) {
            return refused(response, entryForm(PARTNER, form, true, taken(), model));
        }
        return savePartner(id, form, true, model, locale, redirect, response);
    }

    @PostMapping("/registry/partners/{id}")
    String updatePartner(@PathVariable String id, @ModelAttribute PartnerForm form, Model model, Locale locale,
                         RedirectAttributes redirect, HttpServletResponse response) {
        registry.partner(id).orElseThrow(() -> unknown("partner", id));
        return savePartner(id, form.withId(id), false, model, locale, redirect, response);
    }

    @GetMapping("/registry/targets/new")
    String newTarget(Model model) {
        return entryForm(TARGET, TargetForm.EMPTY, true, FormProblems.NONE, model);
    }

    @GetMapping("/registry/targets/{id}")
    String target(@PathVariable String id, Model model) {
        Target target = registry.target(id).orElseThrow(() -> unknown("target", id));
        return entryForm(TARGET, TargetForm.of(target), false, FormProblems.NONE, model);
    }

    @PostMapping("/registry/targets")
    String createTarget(@ModelAttribute TargetForm form, Model model, Locale locale, RedirectAttributes redirect,
                        HttpServletResponse response) {
        String id = form.typedId();
        if (registry.target(id).isPresent()) {
            return refused(response, entryForm(TARGET, form, true, taken(), model));
        }
        return saveTarget(id, form, Optional.empty(), true, model, locale, redirect, response);
    }

    @PostMapping("/registry/targets/{id}")
    String updateTarget(@PathVariable String id, @ModelAttribute TargetForm form, Model model, Locale locale,
                        RedirectAttributes redirect, HttpServletResponse response) {
        Target existing = registry.target(id).orElseThrow(() -> unknown("target", id));
        return saveTarget(id, form.withId(id), Optional.of(existing), false, model, locale, redirect, response);
    }

    private String savePartner(String id, PartnerForm form, boolean isNew, Model model, Locale locale,
                               RedirectAttributes redirect, HttpServletResponse response) {
        try {
            Partner partner = form.request().validate(id);
            registry.put(partner);
            return saved(partner.organisation(), "/registry/partners/" + partner.id(), locale, redirect);
        } catch (InvalidInputException invalid) {
            return refused(response, entryForm(PARTNER, form, isNew, FormProblems.of(invalid), model));
        }
    }

    private String saveTarget(String id, TargetForm form, Optional<Target> existing, boolean isNew, Model model,
                              Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            Map<String, String> salutations = existing.map(Target::salutations).orElse(Map.of());
            Target target = form.request(salutations).validate(id, composer.languages());
            registry.put(target);
            return saved(target.name(), "/registry/targets/" + target.id(), locale, redirect);
        } catch (InvalidInputException invalid) {
            return refused(response, entryForm(TARGET, form, isNew, FormProblems.of(invalid), model));
        }
    }

    private String saved(String what, String page, Locale locale, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", messages.getMessage("registry.saved", new Object[] {what}, locale));
        return "redirect:" + page;
    }

    private static String refused(HttpServletResponse response, String view) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return view;
    }

    private static FormProblems taken() {
        return FormProblems.of(InvalidInputException.of("id", "is taken already: open that entry to change it").problems());
    }

    /**
     * A partner's or a target's page ({@code registry/partner.html}, {@code registry/target.html},
     * both on {@code layout :: entry}): the form as typed, whether it makes a new entry, what was wrong.
     */
    private String entryForm(String kind, EntryForm form, boolean isNew, FormProblems problems, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("isNew", isNew);
        model.addAttribute("problems", problems);
        if (kind.equals(TARGET)) {
            model.addAttribute("letterLanguages", composer.languages());
        }
        return "registry/" + kind;
    }

    private static ResponseStatusException unknown(String what, String id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No " + what + " " + id);
    }
}
