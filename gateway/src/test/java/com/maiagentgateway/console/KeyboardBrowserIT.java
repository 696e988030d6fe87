package com.maiagentgateway.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.EachTestOpensItsOwnPage;
import com.maiagentgateway.it.SignedInConsole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/** Keyboard use of the console: one Tab stop per control, and a visible, solid ring on every control Tab reaches. */
@EachTestOpensItsOwnPage
class KeyboardBrowserIT extends SignedInConsole {

    @Override
    protected String startPage() {
        return "/console/conversations.xhtml";
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }

    /** The focused element's id (or its tag) and its focus ring: outline style, width and colour. */
    private String focused() {
        return (String) js("var a = document.activeElement; var ring = a.closest('.ui-selectonemenu.ui-state-focus') || a;"
                + "var s = getComputedStyle(ring); return (a.id || a.tagName) + '|' + s.outlineStyle + '|' + s.outlineWidth + '|' + s.outlineColor;");
    }

    @Test
    void theInboxChooserIsOneTabStopAndEveryStopHasASolidRing() {
        browser.open(page("/console/conversations.xhtml"));
        // The form's first stop is the chooser's field.
        js("document.querySelector('#filters\\\\:inbox input.ui-selectonemenu-label').focus();");
        List<String> stops = new ArrayList<>();
        stops.add(focused());
        for (int i = 0; i < 4; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            stops.add(focused());
        }
        assertTrue(stops.get(0).startsWith("filters:inbox_editableInput|"), stops.toString());
        assertEquals("filters:keyword", stops.get(1).split("\\|")[0], "the chooser is one Tab stop: " + stops);
        for (String stop : stops) {
            String[] ring = stop.split("\\|");
            assertEquals("solid", ring[1], "a solid ring on " + stop);
            assertTrue(Double.parseDouble(ring[2].replace("px", "")) >= 2, "a ring of 2 px or more on " + stop);
            assertEquals("rgb(36, 87, 197)", ring[3], "the console's accent on " + stop);
        }
        assertTrue(stops.stream().anyMatch(s -> s.startsWith("filters:search|")), "the PrimeFaces button is among them: " + stops);

        // Down in the field opens the list, and the keys choose from it.
        js("document.querySelector('#filters\\\\:inbox input.ui-selectonemenu-label').focus();");
        new Actions(browser.driver()).sendKeys(Keys.ARROW_DOWN).perform();
        browser.waitFor().until(d -> d.findElement(By.id("filters:inbox_panel")).isDisplayed());
    }
}
