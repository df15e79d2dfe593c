package org.demarche.intake.meeting;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.demarche.intake.meeting.FormErrors.FormError;
import org.demarche.platform.CountryCodes;
import org.demarche.platform.page.DisplayTimes;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinators' meeting pages: the list, the form to enter a meeting, and the same form to
 * move or cancel one. Every change goes through {@link MeetingRegistrar} with the API's own
 * {@link MeetingRequest} checks, so a form is refused exactly when the API would refuse the same
 * meeting; the pages only say it next to the fields, in the page's language. A success redirects
 * (POST-redirect-GET) to the list with a message.
 */
@Controller
@RequestMapping("/meetings")
class MeetingPageController {

    static final String FLASH = "flash";
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> !zone.startsWith("SystemV/")).sorted().toList();

    private final MeetingRegistrar registrar;
    private final Meetings meetings;
    private final MessageSource messages;
    private final DisplayTimes times;

    MeetingPageController(MeetingRegistrar registrar, Meetings meetings, MessageSource messages, DisplayTimes times) {
        this.registrar = registrar;
        this.meetings = meetings;
        this.messages = messages;
        this.times = times;
    }

    @GetMapping
    String list(Model model, Locale locale) {
        model.addAttribute("meetings", meetings.all().stream()
                .sorted(Comparator.comparing(Meeting::startsAtUtc).reversed())
                .map(meeting -> MeetingListing.of(meeting, times, locale))
                .toList());
        return "meetings/list";
    }

    @GetMapping("/new")
    String newMeeting(Model model, Locale locale) {
        return form(model, null, null, MeetingForm.blank(), Map.of(), locale);
    }

    @PostMapping
    String enter(@RequestParam Map<String, String> fields, Coordinator coordinator, Model model, Locale locale,
                 RedirectAttributes redirect, HttpServletResponse response) {
        MeetingForm form = MeetingForm.from(fields);
        try {
            registrar.enter(form.toRequest(), coordinator);
        } catch (MeetingRefusedException refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, null, null, form, FormErrors.of(refused.meetingProblems(), form, messages, locale), locale);
        }
        return done(redirect, "meeting.flash.entered", locale, form.title().strip());
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model, Locale locale, HttpServletResponse response) {
        Optional<Meeting> meeting = meetings.find(id);
        if (meeting.isEmpty()) {
            return unknown(response);
        }
        return form(model, meeting.get(), null, MeetingForm.of(meeting.get()), Map.of(), locale);
    }

    /** The form's equivalent of {@code PUT /api/meetings/{id}}. */
    @PostMapping("/{id}")
    String reschedule(@PathVariable UUID id, @RequestParam Map<String, String> fields, Model model, Locale locale,
                      RedirectAttributes redirect, HttpServletResponse response) {
        Optional<Meeting> meeting = meetings.find(id);
        if (meeting.isEmpty()) {
            return unknown(response);
        }
        MeetingForm form = MeetingForm.from(fields);
        boolean changed;
        try {
            changed = registrar.reschedule(id, form.toRequest());
        } catch (MeetingRefusedException refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, meeting.get(), null, form,
                    FormErrors.of(refused.meetingProblems(), form, messages, locale), locale);
        } catch (MeetingCancelledException cancelled) {
            model.addAttribute("gone", "meeting.cancelled-already");
            return gone(response, HttpStatus.CONFLICT);
        }
        return done(redirect, changed ? "meeting.flash.rescheduled" : "meeting.flash.unchanged", locale,
                form.title().strip());
    }

    /** The form's equivalent of {@code DELETE /api/meetings/{id}?reason=}. */
    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model, Locale locale,
                  RedirectAttributes redirect, HttpServletResponse response) {
        Optional<Meeting> meeting = meetings.find(id);
        if (meeting.isEmpty()) {
            return unknown(response);
        }
        boolean cancelledNow;
        try {
            cancelledNow = registrar.cancel(id, CancellationReason.of(reason));
        } catch (MeetingRefusedException refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, meeting.get(), reason, MeetingForm.of(meeting.get()),
                    FormErrors.of(refused.meetingProblems(), null, messages, locale), locale);
        }
        return done(redirect, cancelledNow ? "meeting.flash.cancelled" : "meeting.flash.already-cancelled", locale,
                meeting.get().title());
    }

    /** 404 with a page saying so, rather than the platform's bare error. */
    private String unknown(HttpServletResponse response) {
        return gone(response, HttpStatus.NOT_FOUND);
    }

    private String gone(HttpServletResponse response, HttpStatus status) {
        response.setStatus(status.value());
        // set here rather than in an @ExceptionHandler, so that the page gets the console's model too
        return "meetings/gone";
    }

    private String form(Model model, Meeting meeting, String reason, MeetingForm form, Map<String, FormError> errors,
                        Locale locale) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("form", form);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        model.addAttribute("zones", ZONES);
        model.addAttribute("countries", CountryChoice.in(locale));
        if (errors.containsKey("participants")) {
            model.addAttribute("participantsTarget", MeetingForm.rowField(form.firstEmptyRow(), "name"));
        }
        return "meetings/form";
    }

    private String done(RedirectAttributes redirect, String code, Locale locale, String title) {
        redirect.addFlashAttribute(FLASH, messages.getMessage(code, new Object[] {title}, locale));
        return "redirect:/meetings";
    }

    /** A meeting as the list shows it: its start in its own zone, as every page shows a moment. */
    record MeetingListing(UUID id, String title, String start, String timeZone, String city, String participants,
                          boolean cancelled) {

        static MeetingListing of(Meeting meeting, DisplayTimes times, Locale locale) {
            return new MeetingListing(meeting.id(), meeting.title(),
                    times.moment(meeting.startsAtUtc(), meeting.timeZone(), locale),
                    meeting.timeZone(), meeting.city(), meeting.participants().stream()
                    .map(p -> p.name() + " (" + p.country() + ")").collect(Collectors.joining(", ")),
                    meeting.isCancelled());
        }
    }

    /** A country the participants' datalist offers: its ISO code and its name in the page's language. */
    record CountryChoice(String code, String name) {

        static List<CountryChoice> in(Locale locale) {
            return CountryCodes.all().stream()
                    .map(code -> new CountryChoice(code, new Locale("", code).getDisplayCountry(locale)))
                    .sorted(Comparator.comparing(CountryChoice::name))
                    .toList();
        }
    }
}
