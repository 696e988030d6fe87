package com.maiagentgateway.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link SignedInConsole} class whose every test begins by opening its own page: the start page is then loaded
 * only to sign in, and a test signed in already starts on whatever page the test before left (a page load saved).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EachTestOpensItsOwnPage {
}
