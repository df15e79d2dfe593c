package org.demarche.outreach.answer;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A form too large for the server to read at all (a camera photo attached as the signature) gets
 * a page that says so, not an error document. It happens before any controller is chosen, hence
 * an advice; only the sign-on page accepts uploads.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLargeAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        return new ModelAndView("sign-on/too-large", Map.of(), HttpStatus.PAYLOAD_TOO_LARGE);
    }
}
