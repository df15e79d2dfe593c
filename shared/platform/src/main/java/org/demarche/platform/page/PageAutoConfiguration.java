package org.demarche.platform.page;

import org.demarche.platform.ServiceIdentity;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The pages' common layer, once for every service: their language ({@link PageLanguages}, which
 * Boot's own resolver then leaves alone), the header with the navigation between all four services
 * ({@link PageChromeAdvice}, {@code templates/demarche/chrome.html}), the one stylesheet
 * ({@code /demarche/site.css}), the one way to show a moment ({@link DisplayTimes}) and the page for
 * a link to nothing ({@link NotFoundPage}). The language
 * and the times are there even in an application started without a web server (a test's instance
 * that only sends mail): its page controllers are still created and ask for them.
 */
@AutoConfiguration(before = WebMvcAutoConfiguration.class)
@ConditionalOnClass(DispatcherServlet.class)
@EnableConfigurationProperties(WebProperties.class)
public class PageAutoConfiguration {

    /** Named {@code localeResolver}: DispatcherServlet, Thymeleaf's {@code #locale} and the sign-in page ask it. */
    @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    PageLanguages localeResolver(WebProperties properties) {
        return new PageLanguages(properties.languages());
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    FilterRegistrationBean<PageLanguageFilter> pageLanguageFilter(PageLanguages languages) {
        var registration = new FilterRegistrationBean<>(new PageLanguageFilter(languages));
        registration.setOrder(PageLanguageFilter.ORDER);
        return registration;
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    Navigation navigation(ServiceIdentity service, WebProperties properties) {
        return new Navigation(service.name(), properties.serviceUrls());
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    PageChromeAdvice pageChromeAdvice(Navigation navigation, PageLanguages languages) {
        return new PageChromeAdvice(navigation, languages);
    }

    /** A link to nothing, followed in a browser: a page in the page language, not problem+json. */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    NotFoundPage notFoundPage(PageLanguages languages) {
        return new NotFoundPage(languages);
    }

    /** Named for templates: {@code ${@displayTimes.moment(instant, zone, #locale)}}. */
    @Bean
    DisplayTimes displayTimes() {
        return new DisplayTimes();
    }
}
