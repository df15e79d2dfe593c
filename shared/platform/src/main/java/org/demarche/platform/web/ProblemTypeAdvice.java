package org.demarche.platform.web;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Gives every problem detail a service writes a {@code type} of {@link ProblemTypes}: those of the
 * service's own exceptions keep theirs, those Spring answers (an unknown path, a wrong method, an
 * {@code ErrorResponseException} made without one) get the one of their status instead of
 * {@code about:blank}. So every error of every API has the same fields.
 */
@RestControllerAdvice
public class ProblemTypeAdvice implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        return body instanceof ProblemDetail problem ? ProblemTypes.typed(problem) : body;
    }
}
