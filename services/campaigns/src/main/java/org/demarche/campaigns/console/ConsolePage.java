package org.demarche.campaigns.console;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller whose views are coordinators' pages, wherever its feature is: they get the
 * navigation and whether the person may change anything ({@link ConsoleNavigation}). JSON
 * controllers do not carry it and get none of that.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ConsolePage {
}
